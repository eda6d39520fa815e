package io.waybill.application.shared;

import java.time.Instant;

/**
 * One message Waybill sent (or is sending) about an order: a customer e-mail or SMS, or a webhook call to a
 * subscriber, with its delivery state as the notification worker left it.
 *
 * @param kind      what it told (order.confirmed, shipment.status_changed, ...)
 * @param channel   EMAIL, SMS or WEBHOOK
 * @param recipient the address, number or webhook URL
 * @param status    PENDING, WAITING, SENT, FAILED, ...
 * @param lastError why the last attempt failed, if it did
 */
public record SentMessage(String kind, String channel, String recipient, String status, int attempts, Instant createdAt,
        Instant finishedAt, String lastError) {
}
