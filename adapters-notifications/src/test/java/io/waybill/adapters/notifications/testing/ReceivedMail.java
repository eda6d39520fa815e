package io.waybill.adapters.notifications.testing;

import jakarta.mail.BodyPart;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * A mail as GreenMail received it, decoded by Jakarta Mail the way a mail client would: encoded subject words,
 * quoted-printable bodies, the parts of a multipart/alternative. Line ends as in Java ({@code \n}), not SMTP's.
 */
public record ReceivedMail(List<String> to, String from, String subject, String text, String html, String messageId,
        String idempotencyKey) {

    public static ReceivedMail of(MimeMessage message, String idempotencyHeader) {
        try {
            return new ReceivedMail(
                    Arrays.stream(message.getRecipients(RecipientType.TO)).map(a -> ((InternetAddress) a).getAddress()).toList(),
                    message.getFrom()[0].toString(),
                    message.getSubject(),
                    part(message, "text/plain"),
                    part(message, "text/html"),
                    message.getMessageID(),
                    message.getHeader(idempotencyHeader, null));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("unreadable mail", e);
        }
    }

    private static String part(Part part, String type) throws MessagingException, IOException {
        if (part.isMimeType(type)) {
            return part.getContent().toString().replace("\r\n", "\n");
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                String found = part(body, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
