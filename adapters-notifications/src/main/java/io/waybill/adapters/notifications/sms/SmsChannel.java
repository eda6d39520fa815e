package io.waybill.adapters.notifications.sms;

import io.waybill.adapters.notifications.customer.MessageFacts;
import io.waybill.adapters.notifications.customer.Translation;
import io.waybill.application.port.out.CustomerChannels;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Customer SMS: a short text from {@link SmsTexts} in the customer's language (English when there is no
 * translation), handed to the {@link SmsProvider} with the message's idempotency key.
 *
 * <p>One SMS is 160 characters; a longer text is sent as several and billed as several. The texts are written to
 * fit; what can make one too long is the free-text detail (the reason of an exception, a cancellation or a delay),
 * so that is shortened first, and the tracking link, which tells the rest, is never cut. A text that is still too
 * long after that (a long order number and link) is sent as it is.
 *
 * <p>A recipient that is not a phone number in E.164 form (spaces, dashes, dots and brackets allowed) is refused
 * permanently before any provider is asked. Typed to this class only: the application gets the one
 * {@link CustomerChannels} that dispatches by channel.
 */
@ApplicationScoped
@Typed(SmsChannel.class)
public class SmsChannel implements CustomerChannels {

    /** Characters in one SMS of the GSM 7-bit alphabet. */
    public static final int SMS_LENGTH = 160;

    private static final Logger LOG = Logger.getLogger(SmsChannel.class);
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
    private static final Pattern NUMBER_PUNCTUATION = Pattern.compile("[\\s().-]");
    /** Marks a shortened detail; the text's own full stop after the detail makes it an ellipsis. */
    private static final String CUT = "..";
    private static final Pattern END_OF_SENTENCE = Pattern.compile("[.!?;:,\\s]+$");
    /** A detail shorter than this after cutting says nothing: it is left out instead. */
    private static final int MIN_DETAIL = 12;

    private final SmsProvider provider;
    private final Instance<SmsTexts> texts;

    /**
     * @param provider the SMS gateway
     * @param texts    the texts, every language
     */
    @Inject
    public SmsChannel(SmsProvider provider, @Any Instance<SmsTexts> texts) {
        this.provider = provider;
        this.texts = texts;
    }

    /**
     * @throws IllegalArgumentException when the message is not an SMS
     * @throws DeliveryFailedException  when the number is not one, or the provider did not take the text
     */
    @Override
    public void send(CustomerMessage message) {
        String text = text(message);
        String to = NUMBER_PUNCTUATION.matcher(message.recipient()).replaceAll("");
        if (!E164.matcher(to).matches()) {
            throw new DeliveryFailedException("not a phone number in E.164 form (+<country><number>): " + message.recipient(),
                    true, null);
        }
        try {
            provider.send(to, text, message.idempotencyKey());
        } catch (DeliveryFailedException e) {
            throw e;
        } catch (RuntimeException e) {
            // a provider that fails in a way it did not classify: try again later rather than lose the message
            throw new DeliveryFailedException("SMS provider failed: " + e, false, e);
        }
        LOG.debugf("SMS %s (%s) sent", message.idempotencyKey(), message.kind()); // never the number: no personal data in logs
    }

    /** The text of a message, as it would be sent. */
    String text(CustomerMessage message) {
        if (message.channel() != Channel.SMS) {
            throw new IllegalArgumentException("not an SMS: " + message.channel() + " message " + message.idempotencyKey());
        }
        SmsTexts translated = Translation.of(texts, message.language()).texts();
        MessageFacts facts = MessageFacts.of(message);
        String detail = facts.detail() == null ? null : END_OF_SENTENCE.matcher(facts.detail()).replaceAll("");
        // the texts end the detail with their own full stop: "cancelled: Out of stock." not "Out of stock.."
        facts = facts.withDetail(detail);
        detail = facts.detail();
        String text = render(message.kind(), facts, translated);
        if (text.length() <= SMS_LENGTH || detail == null) {
            return text;
        }
        int keep = detail.length() - (text.length() - SMS_LENGTH) - CUT.length();
        String shorter = keep < MIN_DETAIL ? null : END_OF_SENTENCE.matcher(detail.substring(0, keep)).replaceAll("") + CUT;
        return render(message.kind(), facts.withDetail(shorter), translated);
    }

    private static String render(Kind kind, MessageFacts m, SmsTexts texts) {
        String text = switch (kind) {
            case ORDER_CONFIRMED -> texts.orderConfirmed(m);
            case SHIPPED -> texts.shipped(m);
            case OUT_FOR_DELIVERY -> texts.outForDelivery(m);
            case DELIVERED -> texts.delivered(m);
            case EXCEPTION -> texts.exception(m);
            case CANCELLED -> texts.cancelled(m);
            case DELAY_PREDICTED -> texts.delayPredicted(m);
            case DELAY_CLEARED -> texts.delayCleared(m);
        };
        return text.strip();
    }
}
