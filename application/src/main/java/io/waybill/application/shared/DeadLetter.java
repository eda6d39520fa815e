package io.waybill.application.shared;

import java.time.Instant;
import java.util.UUID;

/** A webhook delivery given up on, kept for its owner to see why and to replay. */
public record DeadLetter(long id, String idempotencyKey, UUID order, UUID subscription, String eventType, int attempts,
        String lastError, Instant createdAt, Instant gaveUpAt) {
}
