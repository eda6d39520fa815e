package io.waybill.adapters.notifications.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.mailer.Mailer;
import io.quarkus.mailer.MailerName;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.waybill.adapters.notifications.testing.InjectGreenMail;
import io.waybill.adapters.notifications.testing.ReceivedMail;
import io.waybill.adapters.notifications.testing.SmtpServers;
import io.waybill.application.port.out.CustomerChannels.DeliveryFailedException;
import io.waybill.application.port.out.EscalationMail;
import io.waybill.application.port.out.EscalationMail.Notice;
import io.waybill.domain.exceptions.ExceptionKind;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The escalation e-mail, sent through the Quarkus mailer to a real SMTP server (GreenMail) and read back. */
@QuarkusTest
@WithTestResource(SmtpServers.class)
class SmtpEscalationMailTest {

    @InjectGreenMail
    GreenMail greenMail;

    @Inject
    EscalationMail escalations;

    @Inject
    @MailerName(SmtpServers.UNREACHABLE)
    Mailer unreachableServer;

    private final Notice notice = new Notice("1b4e28ba-2fa1-11d2-883f-0016d3cca427/escalation/1", "ops-lead@example.com",
            "SO-1001", ExceptionKind.DELIVERY_ATTEMPT_FAILED, "Delivery attempt failed (ups 1Z999): nobody home", 1,
            Instant.parse("2026-11-25T08:00:00Z"), Instant.parse("2026-11-25T12:00:00Z"),
            "https://waybill.example/console/exceptions/1b4e28ba-2fa1-11d2-883f-0016d3cca427");

    @BeforeEach
    void emptyMailboxes() throws Exception {
        greenMail.purgeEmailFromAllMailboxes();
    }

    @Test
    void saysWhatWaitsSinceWhenAndWhereToActOnIt() {
        escalations.send(notice);

        ReceivedMail mail = ReceivedMail.of(greenMail.getReceivedMessages()[0], EmailChannel.IDEMPOTENCY_HEADER);
        assertThat(mail.to()).containsExactly("ops-lead@example.com");
        assertThat(mail.subject()).isEqualTo("Escalated (level 1): delivery attempt failed on order SO-1001");
        assertThat(mail.text()).contains("escalated to you (level 1)", "Order:     SO-1001",
                "Why:       Delivery attempt failed (ups 1Z999): nobody home", "Opened:    25 Nov 2026 08:00 UTC",
                "Deadline:  25 Nov 2026 12:00 UTC", notice.link());
        assertThat(mail.html()).isNull();
        assertThat(mail.idempotencyKey()).isEqualTo(notice.idempotencyKey());
        assertThat(mail.messageId()).startsWith("<escalation-").endsWith("@waybill.example>");
    }

    @Test
    void aConditionAlertAtLevelZeroSaysItIsToldAtOnceNotEscalated() {
        Notice alert = new Notice("1b4e28ba-2fa1-11d2-883f-0016d3cca427/condition-alert", "quality@shipper.example", "SO-1002",
                ExceptionKind.CONDITION_EXCURSION, "Out of its condition profile: Temperature above 8 °C for 40 min in total (allowed 30 min)",
                0, Instant.parse("2026-11-25T08:00:00Z"), Instant.parse("2026-11-25T12:00:00Z"), notice.link());

        escalations.send(alert);

        ReceivedMail mail = ReceivedMail.of(greenMail.getReceivedMessages()[0], EmailChannel.IDEMPOTENCY_HEADER);
        assertThat(mail.to()).containsExactly("quality@shipper.example");
        assertThat(mail.subject()).isEqualTo("Alert: condition excursion on order SO-1002");
        assertThat(mail.text()).contains("measured its goods outside their condition profile", "You are told at once",
                "Why:       Out of its condition profile: Temperature above 8 °C for 40 min", "to acknowledge it before")
                .doesNotContain("escalated to you", "passed without anyone");
    }

    @Test
    void theSameLevelSentAgainIsTheSameMessage() {
        escalations.send(notice);
        escalations.send(notice);

        assertThat(greenMail.getReceivedMessages()).extracting(m -> ReceivedMail.of(m, EmailChannel.IDEMPOTENCY_HEADER).messageId())
                .hasSize(2).containsOnly(ReceivedMail.of(greenMail.getReceivedMessages()[0], EmailChannel.IDEMPOTENCY_HEADER).messageId());
    }

    @Test
    void anUnreachableServerIsAFailureTheSweepTriesAgain() {
        SmtpEscalationMail mail = new SmtpEscalationMail(unreachableServer, EmailChannel.DEFAULT_FROM);
        assertThatThrownBy(() -> mail.send(notice))
                .isInstanceOfSatisfying(DeliveryFailedException.class, e -> assertThat(e.permanent()).isFalse());
        assertThatThrownBy(() -> new SmtpEscalationMail(unreachableServer, "Waybill")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("waybill.notifications.email.from");
    }
}
