package io.waybill.application.shared;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * An integrator's webhook subscription. {@code secret} signs every body sent to {@code url}; a subscription that kept
 * failing is inactive, with the reason.
 */
public record WebhookSubscription(UUID id, String owner, String url, String secret, Set<String> eventTypes, boolean active,
        String suspendedReason, int consecutiveFailures, Instant createdAt) {

    public WebhookSubscription {
        eventTypes = Set.copyOf(eventTypes);
    }

    /** Whether events of this type go to the subscription ({@code *} takes all). */
    public boolean wants(String eventType) {
        return eventTypes.contains(eventType) || eventTypes.contains("*");
    }
}
