package io.waybill.adapters.notifications.email;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The sentences of the customer e-mails, in English; other languages in {@code messages/email_<language>.properties}
 * (German: {@code email_de.properties}). The templates under {@code templates/email/} arrange them, as
 * {@code {email:shipped(m.orderNumber)}}; the subjects are taken from here directly.
 *
 * <p>Sentences, not whole templates, are translated, so that the markup exists once and a translator edits plain
 * text. Every fact is optional: a sentence that is about one fact is left out by the template when the fact is
 * unknown, and the order number is woven in only when known. Qute checks at build time that every translation has
 * the same messages and uses only their parameters.
 *
 * <p>No apostrophes or markup in the texts: they are HTML-escaped where the HTML body shows them.
 */
@MessageBundle(value = "email", locale = "en")
interface EmailTexts {

    /** The {@code lang} of the HTML body. */
    @Message("en")
    String lang();

    @Message("Order{#if orderNumber} {orderNumber}{/if} confirmed")
    String subjectOrderConfirmed(String orderNumber);

    @Message("Your order{#if orderNumber} {orderNumber}{/if} is on its way")
    String subjectShipped(String orderNumber);

    @Message("Your order{#if orderNumber} {orderNumber}{/if} arrives today")
    String subjectOutForDelivery(String orderNumber);

    @Message("Your order{#if orderNumber} {orderNumber}{/if} has been delivered")
    String subjectDelivered(String orderNumber);

    @Message("A problem with the delivery of your order{#if orderNumber} {orderNumber}{/if}")
    String subjectException(String orderNumber);

    @Message("Your order{#if orderNumber} {orderNumber}{/if} has been cancelled")
    String subjectCancelled(String orderNumber);

    @Message("Your order{#if orderNumber} {orderNumber}{/if} may arrive late")
    String subjectDelayPredicted(String orderNumber);

    @Message("Your order{#if orderNumber} {orderNumber}{/if} is back on schedule")
    String subjectDelayCleared(String orderNumber);

    @Message("{#if name}Hello {name},{#else}Hello,{/if}")
    String greeting(String name);

    @Message("Thank you for your order{#if orderNumber} {orderNumber}{/if}. We have received your payment and are getting your parcel ready.")
    String orderConfirmed(String orderNumber);

    @Message("Your order{#if orderNumber} {orderNumber}{/if} has left our warehouse.")
    String shipped(String orderNumber);

    @Message("It travels with {carrier}{#if number}, tracking number {number}{/if}.")
    String shippedWith(String carrier, String number);

    @Message("Your order{#if orderNumber} {orderNumber}{/if} is out for delivery today.")
    String outForDelivery(String orderNumber);

    @Message("Expected delivery time: {window}.")
    String deliveryWindow(String window);

    @Message("Your order{#if orderNumber} {orderNumber}{/if} has been delivered.")
    String delivered(String orderNumber);

    @Message("Proof of delivery: {proof}")
    String proofOfDelivery(String proof);

    @Message("How did we do? Rate your delivery:")
    String feedback();

    @Message("Something went wrong on the way with your order{#if orderNumber} {orderNumber}{/if}.")
    String exception(String orderNumber);

    @Message("We are taking care of it and will keep you informed.")
    String exceptionFollowUp();

    @Message("Your order{#if orderNumber} {orderNumber}{/if} has been cancelled.")
    String cancelled(String orderNumber);

    @Message("Reason: {reason}")
    String reason(String reason);

    @Message("Your order{#if orderNumber} {orderNumber}{/if} will probably arrive later than planned.")
    String delayPredicted(String orderNumber);

    @Message("We are sorry for the wait.")
    String delayApology();

    @Message("Good news: your order{#if orderNumber} {orderNumber}{/if} is back on schedule.")
    String delayCleared(String orderNumber);

    /** The text of the tracking link's button in the HTML body. */
    @Message("Follow your order")
    String followOrder();

    /** The tracking link in the text body. */
    @Message("Follow your order: {link}")
    String followOrderAt(String link);

    @Message("Tracking ID: {trackingId}")
    String trackingId(String trackingId);

    @Message("You receive this e-mail because you placed an order. Replies to this address are not read.")
    String footer();
}
