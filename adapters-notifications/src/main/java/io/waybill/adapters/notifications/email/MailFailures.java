package io.waybill.adapters.notifications.email;

import io.vertx.ext.mail.SMTPException;
import io.waybill.application.port.out.CustomerChannels.DeliveryFailedException;

/**
 * Tells a refused address from a failure that may pass, for the sender's retry decision.
 *
 * <p>Permanent, because sending the same message again cannot help:
 * <ul>
 *   <li>the server refused the recipient with a 5xx reply to {@code RCPT TO} (550 no such user, 553 mailbox name not
 *       allowed, ...), or later with an enhanced status about the destination address ({@code 5.1.x});</li>
 *   <li>the mailer refused the recipient's address before connecting: Quarkus checks the syntax of To, Cc and Bcc
 *       and answers {@link IllegalArgumentException} "Unable to send an email...".</li>
 * </ul>
 * Everything else is retryable: connection refused or reset, time-outs, 4xx replies (greylisting, mailbox busy,
 * rate limits), and 5xx replies that are not about the address (authentication, a refused sender, a rejected
 * message), which an operator fixes in the configuration or with the provider rather than in the customer's data.
 */
final class MailFailures {

    private static final int ADDRESS_STATUS_SUBJECT = 1;
    /** How Quarkus's mailer starts its message when a recipient (To, Cc, Bcc) is not an address. */
    private static final String INVALID_RECIPIENT = "Unable to send an email";

    private MailFailures() {
    }

    static DeliveryFailedException classify(RuntimeException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SMTPException smtp) {
                boolean refused = smtp.isPermanent() && recipientRefused(smtp);
                return new DeliveryFailedException((refused ? "recipient refused by the SMTP server: " : "SMTP server replied ")
                        + smtp.getReplyCode() + " " + smtp.getReplyMessage(), refused, failure);
            }
            if (cause instanceof IllegalArgumentException invalid && String.valueOf(invalid.getMessage()).startsWith(
                    INVALID_RECIPIENT)) {
                return new DeliveryFailedException("recipient address refused by the mailer: " + invalid.getMessage(), true,
                        failure);
            }
        }
        return new DeliveryFailedException("e-mail not sent: " + failure, false, failure);
    }

    private static boolean recipientRefused(SMTPException smtp) {
        // Vert.x names the command that failed: "recipient address not accepted: 550 ...", or, with
        // allowRcptErrors, "no recipient addresses were accepted"
        String message = String.valueOf(smtp.getMessage());
        if (message.contains("recipient address not accepted") || message.contains("no recipient addresses were accepted")) {
            return true;
        }
        // some servers refuse a recipient only after DATA; their enhanced status (5.1.x) still says it is the address
        SMTPException.EnhancedStatus status = smtp.getEnhancedStatus();
        return status != null && status.getSubject() == ADDRESS_STATUS_SUBJECT && !message.contains("sender address");
    }
}
