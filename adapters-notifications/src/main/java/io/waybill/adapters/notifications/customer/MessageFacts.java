package io.waybill.adapters.notifications.customer;

import io.quarkus.qute.TemplateData;
import io.waybill.application.port.out.CustomerChannels.CustomerMessage;

/**
 * The facts of a {@link CustomerMessage} as the templates see them. Every fact is either text worth showing or
 * null: blank values become null here, so a template needs one test ({@code {#if m.carrier}}) to leave a sentence
 * out, and a message never reads "null" or "with  today".
 *
 * <p>The templates get this record rather than the port's {@code CustomerMessage} because the application module
 * carries no Jandex index: Qute could not check expressions against it at build time, and a typo in a template
 * would only show in a customer's inbox.
 */
@TemplateData
public record MessageFacts(String customerName, String orderNumber, String trackingId, String trackingLink,
        String carrier, String carrierTrackingNumber, String deliveryWindow, String proofOfDelivery, String detail, String feedbackLink) {

    public MessageFacts {
        customerName = fact(customerName);
        orderNumber = fact(orderNumber);
        trackingId = fact(trackingId);
        trackingLink = fact(trackingLink);
        carrier = fact(carrier);
        carrierTrackingNumber = fact(carrierTrackingNumber);
        deliveryWindow = fact(deliveryWindow);
        proofOfDelivery = fact(proofOfDelivery);
        detail = fact(detail);
        feedbackLink = fact(feedbackLink);
    }

    public static MessageFacts of(CustomerMessage message) {
        return new MessageFacts(message.customerName(), message.orderNumber(), message.trackingId(),
                message.trackingLink(), message.carrier(), message.carrierTrackingNumber(), message.deliveryWindow(),
                message.proofOfDelivery(), message.detail(), message.feedbackLink());
    }

    /** The same facts with another detail: for a text that must be shortened to fit. */
    public MessageFacts withDetail(String newDetail) {
        return new MessageFacts(customerName, orderNumber, trackingId, trackingLink, carrier, carrierTrackingNumber,
                deliveryWindow, proofOfDelivery, newDetail, feedbackLink);
    }

    private static String fact(String value) {
        if (value == null) {
            return null;
        }
        // one line: a carrier's "signed by\nA. Becker" must not break a subject, a header or an SMS
        String oneLine = value.strip().replaceAll("\\s+", " ");
        return oneLine.isEmpty() ? null : oneLine;
    }
}
