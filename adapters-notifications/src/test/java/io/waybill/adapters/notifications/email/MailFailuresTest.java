package io.waybill.adapters.notifications.email;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.TimeoutException;
import io.vertx.ext.mail.SMTPException;
import java.net.ConnectException;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** Which mailer failures are worth another try: the replies as Vert.x's mail client reports them. */
class MailFailuresTest {

    @Test
    void aRecipientRefusedWithA5xxIsPermanent() {
        assertThat(permanent(smtp("recipient address not accepted", "550 5.1.1 <x@example.com>: user unknown", true))).isTrue();
        assertThat(permanent(smtp("recipient address not accepted", "553 mailbox name not allowed", false))).isTrue();
    }

    @Test
    void aRecipientRefusedForNowIsRetryable() {
        assertThat(permanent(smtp("recipient address not accepted", "450 4.2.1 mailbox busy, try later", true))).isFalse();
        assertThat(permanent(smtp("recipient address not accepted", "451 4.7.1 greylisted", false))).isFalse();
    }

    @Test
    void anAddressRefusedAfterTheDataIsPermanentByItsEnhancedStatus() {
        assertThat(permanent(smtp("sending data failed", "550 5.1.1 no such user here", true))).isTrue();
        assertThat(permanent(smtp("sending data failed", "554 5.7.1 message rejected as spam", true))).isFalse();
    }

    @Test
    void whatIsWrongWithTheSenderOrTheLoginIsRetryable() {
        assertThat(permanent(smtp("sender address not accepted", "553 5.1.7 sender address rejected", true))).isFalse();
        assertThat(permanent(smtp("authentication failed", "535 5.7.8 authentication credentials invalid", true))).isFalse();
    }

    @Test
    void connectionsAndTimeOutsAreRetryable() {
        assertThat(permanent(new CompletionException(new ConnectException("Connection refused")))).isFalse();
        assertThat(permanent(new TimeoutException())).isFalse();
    }

    @Test
    void aRecipientTheMailerCannotReadIsPermanent() {
        assertThat(permanent(new IllegalArgumentException("Unable to send an email, an email address is invalid"))).isTrue();
        assertThat(permanent(new IllegalArgumentException("Unable to send an email",
                new IllegalArgumentException("invalid email address [anna at example]")))).isTrue();
    }

    @Test
    void aSenderTheMailerCannotReadIsRetryable() {
        // the configuration is wrong, not the customer's address: once it is fixed, the message can go
        assertThat(permanent(new IllegalArgumentException("invalid email address [Waybill tracking]"))).isFalse();
    }

    @Test
    void theCauseIsKept() {
        RuntimeException failure = smtp("recipient address not accepted", "550 no", false);
        assertThat(MailFailures.classify(failure)).hasCause(failure).hasMessageContaining("550");
    }

    private static boolean permanent(RuntimeException failure) {
        return MailFailures.classify(failure).permanent();
    }

    /** An SMTP reply as the blocking mailer throws it: Vert.x's exception is checked, so Mutiny wraps it. */
    private static CompletionException smtp(String message, String reply, boolean enhancedStatusCodes) {
        return new CompletionException(
                new SMTPException(message, Integer.parseInt(reply.substring(0, 3)), List.of(reply), enhancedStatusCodes));
    }
}
