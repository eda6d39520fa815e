package io.waybill.application.port.out;

import java.time.Instant;
import java.util.Map;

/** Posts signed webhook bodies to integrators' endpoints. */
public interface WebhookSender {

    /**
     * One call. The body is built from the fields alone, so every attempt sends the same bytes.
     *
     * @param idempotencyKey the delivery's stable key: the same on every attempt
     * @param createdAt      when the delivery was planned (part of the body)
     */
    record Call(String url, String secret, String idempotencyKey, String eventType, Instant createdAt, Map<String, String> data) {
    }

    /**
     * @throws CustomerChannels.DeliveryFailedException when the receiver did not answer 2xx (permanent for 4xx other
     *                                                  than 408 and 429)
     */
    void send(Call call);
}
