package io.waybill.adapters.notifications.reports;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.waybill.adapters.notifications.email.EmailChannel;
import io.waybill.application.port.out.ReportMail;
import io.waybill.application.shared.DailyReport;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends a daily report over the customer e-mail's SMTP server and sender: the HTML body, the CSV attached, one mail
 * to all its recipients, with a Message-ID of its tenant and day so a repeat is recognisable as the same report.
 */
@ApplicationScoped
public class ReportMailer implements ReportMail {

    private final Mailer mailer;
    private final String from;

    ReportMailer(Mailer mailer, @ConfigProperty(name = "waybill.notifications.email.from") Optional<String> from,
            @ConfigProperty(name = "quarkus.mailer.from") Optional<String> mailerFrom) {
        this.mailer = mailer;
        this.from = from.or(() -> mailerFrom).orElse(EmailChannel.DEFAULT_FROM);
    }

    @Override
    public void send(DailyReport report) {
        Mail mail = new Mail().setSubject(report.subject()).setHtml(report.html()).setFrom(from)
                .setTo(report.recipients())
                .addAttachment(report.csvName(), report.csv().getBytes(StandardCharsets.UTF_8), "text/csv; charset=utf-8")
                .addHeader("Message-ID", "<daily-report." + report.tenant().value() + "." + report.day() + "@waybill>");
        mailer.send(mail);
    }
}
