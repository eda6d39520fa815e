package io.waybill.application.port.in;

import io.waybill.application.shared.DeadLetter;
import io.waybill.application.shared.WebhookSubscription;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** An integrator's webhook subscriptions and the deliveries given up on; every call acts for one owner (an API key). */
public interface ManageWebhooks {

    /**
     * Subscribes {@code url} to these event types ({@code *} for all). The answer holds the signing secret, which is
     * shown only here.
     *
     * @throws io.waybill.domain.shared.InvalidValueException for a URL that is not http(s) or an unknown event type
     */
    WebhookSubscription subscribe(String owner, String url, Set<String> eventTypes);

    List<WebhookSubscription> subscriptions(String owner);

    Optional<WebhookSubscription> subscription(String owner, UUID id);

    /** Resumes a suspended subscription: its waiting deliveries go out again. */
    boolean reactivate(String owner, UUID id);

    boolean unsubscribe(String owner, UUID id);

    List<DeadLetter> deadLetters(String owner, int limit);

    /** Sends a dead delivery again (with the same key), with a new day of retries. */
    boolean replay(String owner, long deliveryId);

    /** The event types one can subscribe to. */
    List<String> eventTypes();
}
