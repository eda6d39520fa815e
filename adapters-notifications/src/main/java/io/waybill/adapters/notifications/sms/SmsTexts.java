package io.waybill.adapters.notifications.sms;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import io.waybill.adapters.notifications.customer.MessageFacts;

/**
 * The customer SMS, one per message kind, in English; other languages in {@code messages/sms_<language>.properties}
 * (German: {@code sms_de.properties}).
 *
 * <p>Written for one SMS of 160 characters: the order number, what happened, and the tracking link, which says the
 * rest. Optional facts in {@code {#if}}. Only characters of the GSM 7-bit alphabet (German umlauts are in it;
 * typographic quotes, dashes and the ellipsis are not): one character outside it makes the provider send the whole
 * text as UCS-2, and 70 characters per SMS instead of 160.
 */
@MessageBundle(value = "sms", locale = "en")
interface SmsTexts {

    @Message("Order{#if m.orderNumber} {m.orderNumber}{/if} confirmed, thank you!{#if m.trackingLink} Track it: {m.trackingLink}{/if}")
    String orderConfirmed(MessageFacts m);

    @Message("Order{#if m.orderNumber} {m.orderNumber}{/if} has shipped{#if m.carrier} with {m.carrier}{/if}.{#if m.trackingLink} Track: {m.trackingLink}{/if}")
    String shipped(MessageFacts m);

    @Message("Order{#if m.orderNumber} {m.orderNumber}{/if} arrives today{#if m.deliveryWindow}, {m.deliveryWindow}{/if}.{#if m.trackingLink} Track: {m.trackingLink}{/if}")
    String outForDelivery(MessageFacts m);

    @Message("Order{#if m.orderNumber} {m.orderNumber}{/if} was delivered{#if m.proofOfDelivery} ({m.proofOfDelivery}){/if}.")
    String delivered(MessageFacts m);

    @Message("Problem with the delivery of order{#if m.orderNumber} {m.orderNumber}{/if}{#if m.detail}: {m.detail}{/if}.{#if m.trackingLink} Details: {m.trackingLink}{/if}")
    String exception(MessageFacts m);

    @Message("Order{#if m.orderNumber} {m.orderNumber}{/if} was cancelled{#if m.detail}: {m.detail}{/if}.")
    String cancelled(MessageFacts m);

    @Message("Order{#if m.orderNumber} {m.orderNumber}{/if} will probably arrive late{#if m.detail}: {m.detail}{/if}.{#if m.trackingLink} Track: {m.trackingLink}{/if}")
    String delayPredicted(MessageFacts m);

    @Message("Good news: order{#if m.orderNumber} {m.orderNumber}{/if} is back on schedule.{#if m.trackingLink} Track: {m.trackingLink}{/if}")
    String delayCleared(MessageFacts m);
}
