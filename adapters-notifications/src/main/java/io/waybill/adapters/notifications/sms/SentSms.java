package io.waybill.adapters.notifications.sms;

import java.time.Instant;

/**
 * A text the simulated provider "sent", for showing in the demo.
 *
 * @param sentAt         when the provider took it
 * @param to             the phone number
 * @param text           the text as the customer would read it
 * @param idempotencyKey the message's key: one entry per key however often it was sent
 */
public record SentSms(Instant sentAt, String to, String text, String idempotencyKey) {
}
