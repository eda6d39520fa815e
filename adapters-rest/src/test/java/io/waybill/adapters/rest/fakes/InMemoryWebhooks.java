package io.waybill.adapters.rest.fakes;

import io.waybill.application.port.in.ManageWebhooks;
import io.waybill.application.shared.DeadLetter;
import io.waybill.application.shared.WebhookSubscription;
import io.waybill.domain.shared.InvalidValueException;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Subscriptions and dead letters by owner. Like the real service it refuses URLs that are not http(s) and unknown
 * event types, and acts for one owner only: another owner's subscription is as good as absent.
 */
@Singleton
public class InMemoryWebhooks implements ManageWebhooks {

    public static final List<String> EVENT_TYPES = List.of("order.confirmed", "shipment.delivered", "*");

    private final Map<UUID, WebhookSubscription> subscriptions = new ConcurrentHashMap<>();
    private final Map<Long, DeadLetter> deadLetters = new ConcurrentHashMap<>();
    private final Map<Long, String> deadLetterOwners = new ConcurrentHashMap<>();
    private final Clock clock;
    private volatile int lastLimit;

    InMemoryWebhooks(Clock clock) {
        this.clock = clock;
    }

    public void reset() {
        subscriptions.clear();
        deadLetters.clear();
        deadLetterOwners.clear();
        lastLimit = 0;
    }

    /** Puts a subscription in place as given, e.g. one suspended after failures. */
    public void add(WebhookSubscription subscription) {
        subscriptions.put(subscription.id(), subscription);
    }

    public void addDeadLetter(String owner, DeadLetter letter) {
        deadLetters.put(letter.id(), letter);
        deadLetterOwners.put(letter.id(), owner);
    }

    /** The limit of the last dead-letter query. */
    public int lastLimit() {
        return lastLimit;
    }

    @Override
    public WebhookSubscription subscribe(String owner, String url, Set<String> eventTypes) {
        if (url == null || !(url.startsWith("http://") || url.startsWith("https://"))) {
            throw new InvalidValueException("url", "an absolute http or https URL is required (got '" + url + "')");
        }
        if (eventTypes == null || eventTypes.isEmpty()) {
            throw new InvalidValueException("eventTypes", "name at least one event type, or * for all: " + eventTypes());
        }
        for (String type : eventTypes) {
            if (!EVENT_TYPES.contains(type)) {
                throw new InvalidValueException("eventTypes", "unknown event type '" + type + "'; known: " + eventTypes());
            }
        }
        WebhookSubscription created = new WebhookSubscription(UUID.randomUUID(), owner, url, "whsec_" + UUID.randomUUID(),
                eventTypes, true, null, 0, clock.instant());
        add(created);
        return created;
    }

    @Override
    public List<WebhookSubscription> subscriptions(String owner) {
        return subscriptions.values().stream().filter(s -> s.owner().equals(owner)).toList();
    }

    @Override
    public Optional<WebhookSubscription> subscription(String owner, UUID id) {
        return Optional.ofNullable(subscriptions.get(id)).filter(s -> s.owner().equals(owner));
    }

    @Override
    public boolean reactivate(String owner, UUID id) {
        return subscription(owner, id).map(s -> {
            add(new WebhookSubscription(s.id(), s.owner(), s.url(), s.secret(), s.eventTypes(), true, null, 0, s.createdAt()));
            return true;
        }).orElse(false);
    }

    @Override
    public boolean unsubscribe(String owner, UUID id) {
        return subscription(owner, id).map(s -> subscriptions.remove(s.id()) != null).orElse(false);
    }

    @Override
    public List<DeadLetter> deadLetters(String owner, int limit) {
        lastLimit = limit;
        return deadLetters.values().stream().filter(d -> owner.equals(deadLetterOwners.get(d.id()))).limit(limit).toList();
    }

    @Override
    public boolean replay(String owner, long deliveryId) {
        return owner.equals(deadLetterOwners.get(deliveryId)) && deadLetters.remove(deliveryId) != null;
    }

    @Override
    public List<String> eventTypes() {
        return EVENT_TYPES;
    }
}
