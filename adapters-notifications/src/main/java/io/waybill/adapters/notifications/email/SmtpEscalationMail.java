package io.waybill.adapters.notifications.email;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.vertx.ext.mail.mailencoder.EmailAddress;
import io.waybill.application.port.out.CustomerChannels.DeliveryFailedException;
import io.waybill.application.port.out.EscalationMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The escalation e-mail to a person on the chain, over the same SMTP server and sender as the customer e-mail: plain
 * text, in English (the console's language), with the item's link. Its Message-ID is derived from the idempotency key,
 * so the same level's mail sent again (after a time-out) is one mail to every mail system. Refusals become
 * {@link DeliveryFailedException} like the customer e-mail's ({@link MailFailures}); the sweep tries again.
 */
@ApplicationScoped
public class SmtpEscalationMail implements EscalationMail {

    private static final Logger LOG = Logger.getLogger(SmtpEscalationMail.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private final Mailer mailer;
    private final String from;
    private final String domain;

    public SmtpEscalationMail(Mailer mailer, String from) {
        try {
            new EmailAddress(from);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("waybill.notifications.email.from is not an e-mail address: " + from, e);
        }
        this.mailer = mailer;
        this.from = from;
        int at = from.lastIndexOf('@');
        String tail = at < 0 ? "" : from.substring(at + 1).replaceAll("[>\\s].*$", "");
        this.domain = tail.matches("[A-Za-z0-9.-]+") ? tail : "waybill.invalid";
    }

    /** The sender of the customer e-mail: {@code waybill.notifications.email.from}, else {@code quarkus.mailer.from}. */
    @Inject
    SmtpEscalationMail(Mailer mailer, @ConfigProperty(name = "waybill.notifications.email.from") Optional<String> from,
            @ConfigProperty(name = "quarkus.mailer.from") Optional<String> mailerFrom) {
        this(mailer, from.or(() -> mailerFrom).orElse(EmailChannel.DEFAULT_FROM));
    }

    @Override
    public void send(Notice notice) {
        Mail mail = compose(notice);
        try {
            mailer.send(mail);
        } catch (RuntimeException e) {
            DeliveryFailedException failure = MailFailures.classify(e);
            LOG.debugf("escalation e-mail %s not sent (%s)", notice.idempotencyKey(), failure.permanent() ? "permanent" : "retryable");
            throw failure;
        }
        LOG.debugf("escalation e-mail %s sent", notice.idempotencyKey());
    }

    /** The e-mail for a notice, as it would be sent. */
    Mail compose(Notice n) {
        String kind = n.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        String text = EscalationTemplates.escalated(n, kind, when(n.openedAt()), when(n.deadline())).render();
        // level 0: the alert a tenant asked for as the item opens (a condition breach), not yet an escalation
        String subject = (n.level() == 0 ? "Alert: " : "Escalated (level " + n.level() + "): ") + kind
                + (n.orderNumber() == null ? "" : " on order " + n.orderNumber());
        return Mail.withText(n.recipient(), subject, text).setFrom(from)
                .addHeader("Message-ID", "<escalation-" + sha256(n.idempotencyKey()).substring(0, 40) + "@" + domain + ">")
                .addHeader(EmailChannel.IDEMPOTENCY_HEADER, n.idempotencyKey().replaceAll("[\\r\\n\\t]+", " ").strip());
    }

    private static String when(Instant at) {
        return at == null ? "unknown" : WHEN.format(at);
    }

    private static String sha256(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
