package io.waybill.application.fakes;

import io.waybill.application.port.out.WebhookSubscriptions;
import io.waybill.application.shared.WebhookSubscription;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Webhook subscriptions in memory, counting failures in a row like the store does. Thread-safe. */
public class InMemoryWebhookSubscriptions implements WebhookSubscriptions {

    private final Map<UUID, WebhookSubscription> byId = new LinkedHashMap<>();
    private final List<UUID> succeeded = new ArrayList<>();

    @Override
    public synchronized void create(WebhookSubscription subscription) {
        byId.put(subscription.id(), subscription);
    }

    @Override
    public synchronized Optional<WebhookSubscription> byId(UUID id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public synchronized List<WebhookSubscription> byOwner(String owner) {
        return byId.values().stream().filter(s -> s.owner().equals(owner)).toList();
    }

    @Override
    public synchronized List<WebhookSubscription> active() {
        return byId.values().stream().filter(WebhookSubscription::active).toList();
    }

    @Override
    public synchronized int failed(UUID id) {
        WebhookSubscription s = byId.get(id);
        if (s == null) {
            return 0;
        }
        byId.put(id, with(s, s.active(), s.suspendedReason(), s.consecutiveFailures() + 1));
        return s.consecutiveFailures() + 1;
    }

    @Override
    public synchronized void succeeded(UUID id) {
        succeeded.add(id);
        byId.computeIfPresent(id, (key, s) -> with(s, s.active(), s.suspendedReason(), 0));
    }

    @Override
    public synchronized void suspend(UUID id, String reason) {
        byId.computeIfPresent(id, (key, s) -> with(s, false, reason, s.consecutiveFailures()));
    }

    @Override
    public synchronized boolean reactivate(UUID id, String owner) {
        WebhookSubscription s = byId.get(id);
        if (s == null || !s.owner().equals(owner)) {
            return false;
        }
        byId.put(id, with(s, true, null, 0));
        return true;
    }

    @Override
    public synchronized boolean delete(UUID id, String owner) {
        WebhookSubscription s = byId.get(id);
        return s != null && s.owner().equals(owner) && byId.remove(id) != null;
    }

    /** Every call of {@link #succeeded}, in order. */
    public synchronized List<UUID> successes() {
        return List.copyOf(succeeded);
    }

    private static WebhookSubscription with(WebhookSubscription s, boolean active, String reason, int failures) {
        return new WebhookSubscription(s.id(), s.owner(), s.url(), s.secret(), s.eventTypes(), active, reason, failures, s.createdAt());
    }
}
