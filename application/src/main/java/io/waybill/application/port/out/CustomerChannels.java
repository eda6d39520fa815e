package io.waybill.application.port.out;

import java.util.Locale;
import java.util.Objects;

/**
 * Tells customers what happens to their orders: by e-mail and by SMS. The application decides what to say
 * ({@link Kind} and the facts of a {@link CustomerMessage}); the adapter decides how to say it (templates, language).
 */
public interface CustomerChannels {

    /** How a customer is reached. */
    enum Channel { EMAIL, SMS }

    /** What a message is about. */
    enum Kind {
        /** Payment verified: the tracking ID and the link to follow the order. */
        ORDER_CONFIRMED,
        /** The first shipment left with the carrier. */
        SHIPPED,
        /** On the vehicle today, with the expected window when known. */
        OUT_FOR_DELIVERY,
        /** Delivered, with the proof of delivery. */
        DELIVERED,
        /** Something went wrong on the way (failed attempt, held, lost, returned): the reason says what. */
        EXCEPTION,
        /** The order was cancelled. */
        CANCELLED,
        /** The order will probably arrive late. */
        DELAY_PREDICTED,
        /** The earlier warning no longer holds. */
        DELAY_CLEARED
    }

    /**
     * One message to one customer. Facts not known are null; a template leaves their sentence out.
     *
     * @param idempotencyKey the same for every attempt to send this message (providers drop repeats by it)
     * @param recipient      e-mail address or phone number (E.164), by channel
     * @param language       the customer's language; templates fall back to English
     * @param deliveryWindow e.g. "10:00-14:00", for {@link Kind#OUT_FOR_DELIVERY}
     * @param proofOfDelivery e.g. "signed by A. Becker", for {@link Kind#DELIVERED}
     * @param detail         the reason of an exception or cancellation, or the explanation of a delay
     * @param feedbackLink   for {@link Kind#DELIVERED}: the signed, expiring link to rate the delivery
     */
    record CustomerMessage(String idempotencyKey, Channel channel, String recipient, Locale language, Kind kind,
            String customerName, String orderNumber, String trackingId, String trackingLink, String carrier,
            String carrierTrackingNumber, String deliveryWindow, String proofOfDelivery, String detail, String feedbackLink) {

        public CustomerMessage {
            Objects.requireNonNull(idempotencyKey, "idempotencyKey");
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(recipient, "recipient");
            Objects.requireNonNull(kind, "kind");
            language = language == null ? Locale.ENGLISH : language;
        }
    }

    /**
     * Sends one message.
     *
     * @throws DeliveryFailedException when the provider did not take it; the caller retries later with the same key
     */
    void send(CustomerMessage message);

    /** A message or webhook that could not be delivered this time. */
    final class DeliveryFailedException extends RuntimeException {

        private final boolean permanent;

        /** @param permanent retrying cannot help (address refused, 4xx other than 408/429) */
        public DeliveryFailedException(String message, boolean permanent, Throwable cause) {
            super(message, cause);
            this.permanent = permanent;
        }

        public boolean permanent() {
            return permanent;
        }
    }
}
