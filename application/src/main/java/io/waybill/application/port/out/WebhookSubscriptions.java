package io.waybill.application.port.out;

import io.waybill.application.shared.WebhookSubscription;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Integrators' webhook subscriptions. */
public interface WebhookSubscriptions {

    void create(WebhookSubscription subscription);

    Optional<WebhookSubscription> byId(UUID id);

    List<WebhookSubscription> byOwner(String owner);

    /** The active subscriptions. */
    List<WebhookSubscription> active();

    /** Counts a failed delivery; returns the failures in a row. */
    int failed(UUID id);

    /** A delivery went through: the count of failures in a row starts again. */
    void succeeded(UUID id);

    /** Stops deliveries to a subscription that keeps failing; they wait until it is reactivated. */
    void suspend(UUID id, String reason);

    /** Delivers again to a suspended subscription; false when it does not exist or is not the owner's. */
    boolean reactivate(UUID id, String owner);

    /** Removes a subscription with its pending deliveries. False when it does not exist or is not the owner's. */
    boolean delete(UUID id, String owner);
}
