package io.waybill.adapters.notifications.email;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.Variant;
import io.vertx.ext.mail.mailencoder.EmailAddress;
import io.waybill.adapters.notifications.customer.MessageFacts;
import io.waybill.adapters.notifications.customer.Translation;
import io.waybill.application.shared.LogText;
import io.waybill.application.port.out.CustomerChannels;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Customer e-mail over SMTP with the Quarkus {@link Mailer}: a subject from {@link EmailTexts} and an HTML and a
 * plain-text body from {@link EmailTemplates}, in the customer's language when there is a translation, else in
 * English.
 *
 * <ul>
 *   <li>Blocking: the caller is a background worker that sends one message at a time and needs to know whether it
 *       went. How long a send may block is {@code quarkus.mailer.timeout} (Quarkus's default is 60 s).</li>
 *   <li>Repeats: the worker retries with the same {@code idempotencyKey} when it cannot tell whether a message went
 *       (a time-out after the server took it). Both the {@code Message-ID} and an {@value #IDEMPOTENCY_HEADER}
 *       header are derived from the key, so a repeat is the same message to every mail system and to a person
 *       reading the headers: mailbox providers that drop duplicates by Message-ID drop it, and support can see
 *       that two mails are one.</li>
 *   <li>Failures become {@link DeliveryFailedException}: permanent when the address is refused, otherwise
 *       retryable (see {@link MailFailures}).</li>
 * </ul>
 *
 * <p>Typed to this class only: the application gets the one {@link CustomerChannels} that dispatches by channel.
 */
@ApplicationScoped
@Typed(EmailChannel.class)
public class EmailChannel implements CustomerChannels {

    public static final String IDEMPOTENCY_HEADER = "X-Waybill-Idempotency-Key";
    public static final String DEFAULT_FROM = "Waybill <tracking@waybill.example>";

    private static final Logger LOG = Logger.getLogger(EmailChannel.class);
    private static final Variant HTML = Variant.forContentType(Variant.TEXT_HTML);
    private static final Variant TEXT = Variant.forContentType(Variant.TEXT_PLAIN);
    /** A key usable as is in a Message-ID: dot-atom text without the characters mail systems mangle. */
    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z0-9_+=-]+(\\.[A-Za-z0-9_+=-]+)*");
    private static final int MAX_PLAIN_KEY = 128;

    private final Mailer mailer;
    private final String from;
    private final String messageIdDomain;
    private final Instance<EmailTexts> texts;

    /**
     * @param mailer the SMTP server, configured with {@code quarkus.mailer.*}
     * @param from   the sender, e.g. {@code Waybill <tracking@shop.example>}; its domain also ends the Message-ID
     * @param texts  the subjects and sentences, every language
     * @throws IllegalArgumentException when {@code from} is not an e-mail address
     */
    public EmailChannel(Mailer mailer, String from, Instance<EmailTexts> texts) {
        try {
            new EmailAddress(from);
        } catch (IllegalArgumentException e) {
            // every mail would fail on it, and the retries with it: say so at once, and which setting it is
            throw new IllegalArgumentException("waybill.notifications.email.from is not an e-mail address: " + from, e);
        }
        this.mailer = mailer;
        this.from = from;
        this.messageIdDomain = domainOf(from);
        this.texts = texts;
    }

    /**
     * @param from       {@code waybill.notifications.email.from}
     * @param mailerFrom {@code quarkus.mailer.from}: the sender when the first is not set, so that one setting
     *                   serves both; {@value #DEFAULT_FROM} when neither is
     */
    @Inject
    EmailChannel(Mailer mailer, @ConfigProperty(name = "waybill.notifications.email.from") Optional<String> from,
            @ConfigProperty(name = "quarkus.mailer.from") Optional<String> mailerFrom, @Any Instance<EmailTexts> texts) {
        this(mailer, from.or(() -> mailerFrom).orElse(DEFAULT_FROM), texts);
    }

    /**
     * @throws IllegalArgumentException when the message is not an e-mail
     * @throws DeliveryFailedException  when the SMTP server did not take it
     */
    @Override
    public void send(CustomerMessage message) {
        Mail mail = compose(message);
        try {
            mailer.send(mail);
        } catch (RuntimeException e) {
            DeliveryFailedException failure = MailFailures.classify(e);
            // the message id, never the recipient: logs carry no personal data
            LOG.debugf("e-mail %s (%s) not sent, %s: %s", message.idempotencyKey(), message.kind(),
                    failure.permanent() ? "permanent" : "retryable", LogText.withoutContacts(failure.getMessage()));
            throw failure;
        }
        LOG.debugf("e-mail %s (%s) sent", message.idempotencyKey(), message.kind());
    }

    /** The e-mail for a message, as it would be sent. */
    Mail compose(CustomerMessage message) {
        if (message.channel() != Channel.EMAIL) {
            throw new IllegalArgumentException("not an e-mail: " + message.channel() + " message " + message.idempotencyKey());
        }
        Translation<EmailTexts> translation = Translation.of(texts, message.language());
        MessageFacts facts = MessageFacts.of(message);
        String html = render(message.kind(), facts, translation, HTML);
        String text = tidy(render(message.kind(), facts, translation, TEXT));
        return Mail.withHtml(message.recipient(), subject(message.kind(), facts, translation.texts()), html)
                .setText(text)
                .setFrom(from)
                .addHeader("Message-ID", messageId(message.idempotencyKey()))
                .addHeader(IDEMPOTENCY_HEADER, headerValue(message.idempotencyKey()));
    }

    private static String subject(Kind kind, MessageFacts m, EmailTexts texts) {
        return switch (kind) {
            case ORDER_CONFIRMED -> texts.subjectOrderConfirmed(m.orderNumber());
            case SHIPPED -> texts.subjectShipped(m.orderNumber());
            case OUT_FOR_DELIVERY -> texts.subjectOutForDelivery(m.orderNumber());
            case DELIVERED -> texts.subjectDelivered(m.orderNumber());
            case EXCEPTION -> texts.subjectException(m.orderNumber());
            case CANCELLED -> texts.subjectCancelled(m.orderNumber());
            case DELAY_PREDICTED -> texts.subjectDelayPredicted(m.orderNumber());
            case DELAY_CLEARED -> texts.subjectDelayCleared(m.orderNumber());
        };
    }

    private static String render(Kind kind, MessageFacts m, Translation<EmailTexts> translation, Variant variant) {
        TemplateInstance body = switch (kind) {
            case ORDER_CONFIRMED -> EmailTemplates.orderConfirmed(m);
            case SHIPPED -> EmailTemplates.shipped(m);
            case OUT_FOR_DELIVERY -> EmailTemplates.outForDelivery(m);
            case DELIVERED -> EmailTemplates.delivered(m);
            case EXCEPTION -> EmailTemplates.exception(m);
            case CANCELLED -> EmailTemplates.cancelled(m);
            case DELAY_PREDICTED -> EmailTemplates.delayPredicted(m);
            case DELAY_CLEARED -> EmailTemplates.delayCleared(m);
        };
        return body.setLocale(translation.language()).setAttribute(TemplateInstance.SELECTED_VARIANT, variant).render();
    }

    /** Sentences left out leave blank lines behind in the text body: at most one between paragraphs. */
    private static String tidy(String text) {
        return text.replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip() + "\n";
    }

    /**
     * {@code <key@domain>} when the key can stand in a Message-ID as it is, else {@code <sha256-hex@domain>}: the
     * same key always gives the same Message-ID, and nothing a caller puts in a key can break the header.
     */
    String messageId(String key) {
        String local = key.length() <= MAX_PLAIN_KEY && PLAIN_KEY.matcher(key).matches() ? key : "sha256-" + sha256(key);
        return "<" + local + "@" + messageIdDomain + ">";
    }

    /** The key as a header value: on one line (a line break would end the header and start another). */
    private static String headerValue(String key) {
        return key.replaceAll("[\\r\\n\\t]+", " ").strip();
    }

    private static String domainOf(String address) {
        int at = address.lastIndexOf('@');
        String domain = at < 0 ? "" : address.substring(at + 1).replaceAll("[>\\s].*$", "");
        return domain.matches("[A-Za-z0-9.-]+") ? domain : "waybill.invalid";
    }

    private static String sha256(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
