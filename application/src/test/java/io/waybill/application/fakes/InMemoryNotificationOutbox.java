package io.waybill.application.fakes;

import io.waybill.application.port.out.NotificationOutbox;
import io.waybill.application.port.out.WebhookSubscriptions;
import io.waybill.application.shared.DeadLetter;
import io.waybill.application.shared.WebhookSubscription;
import io.waybill.domain.order.OrderId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.event.types.DomainEvent;

/**
 * The outbox and its deliveries in memory, with the rules the PostgreSQL store keeps: claims lease what they take, a
 * key already stored is not planned again, one order's webhooks to one subscription wait (WAITING) behind the open
 * one and go out in order, deliveries of a suspended subscription wait, a dead delivery can be replayed by its owner.
 * Thread-safe.
 */
public class InMemoryNotificationOutbox implements NotificationOutbox {

    /** A delivery as the store holds it. */
    public enum Status { PENDING, WAITING, SENT, DEAD }

    /** One stored delivery, as a test looks at it. */
    public record Stored(long id, NewDelivery planned, Status status, Instant nextAttemptAt, int attempts, String lastError,
            Instant createdAt, Instant finishedAt) {
    }

    private final WebhookSubscriptions subscriptions;
    private final Map<Long, PendingEvent> events = new LinkedHashMap<>();
    private final Map<Long, Instant> eventLeases = new LinkedHashMap<>();
    private final List<Long> relayedEvents = new ArrayList<>();
    private final Map<Long, Stored> deliveries = new LinkedHashMap<>();
    private long nextId = 1;

    /** @param subscriptions tells which subscriptions are active and whose they are */
    public InMemoryNotificationOutbox(WebhookSubscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    /** Writes an event into the outbox, as the order store does on commit; returns its message id. */
    public synchronized UUID append(DomainEvent event, Instant occurredAt) {
        return append(UUID.randomUUID(), event, occurredAt);
    }

    /** Writes an event with a given message id (the same event written twice). */
    public synchronized UUID append(UUID messageId, DomainEvent event, Instant occurredAt) {
        long id = nextId++;
        events.put(id, new PendingEvent(id, messageId, event, occurredAt));
        return messageId;
    }

    @Override
    public synchronized List<PendingEvent> claimEvents(Instant now, Duration lease, int limit) {
        List<PendingEvent> claimed = events.values().stream()
                .filter(e -> !relayedEvents.contains(e.id()) && !eventLeases.getOrDefault(e.id(), Instant.MIN).isAfter(now))
                .limit(limit).toList();
        claimed.forEach(e -> eventLeases.put(e.id(), now.plus(lease)));
        return claimed;
    }

    @Override
    public synchronized void relayed(List<Relayed> relayed, Instant now) {
        for (Relayed event : relayed) {
            for (NewDelivery d : event.deliveries()) {
                if (deliveries.values().stream().noneMatch(s -> s.planned().idempotencyKey().equals(d.idempotencyKey()))) {
                    Status status = d.subscription() != null && queue(d.subscription(), d.order()).stream()
                            .anyMatch(s -> s.status() == Status.PENDING || s.status() == Status.WAITING) ? Status.WAITING : Status.PENDING;
                    long id = nextId++;
                    deliveries.put(id, new Stored(id, d, status, d.notBefore() == null ? now : d.notBefore(), 0, null, now, null));
                }
            }
            relayedEvents.add(event.eventId());
        }
    }

    @Override
    public synchronized List<DueDelivery> claimDue(Instant now, Duration lease, int limit) {
        List<Stored> due = deliveries.values().stream()
                .filter(s -> s.status() == Status.PENDING && !s.nextAttemptAt().isAfter(now))
                .filter(s -> s.planned().subscription() == null
                        || subscriptions.byId(s.planned().subscription()).map(WebhookSubscription::active).orElse(false))
                .sorted(Comparator.comparing(Stored::nextAttemptAt).thenComparing(Stored::id)).limit(limit).toList();
        List<DueDelivery> claimed = new ArrayList<>();
        for (Stored s : due) {
            deliveries.put(s.id(), new Stored(s.id(), s.planned(), s.status(), now.plus(lease), s.attempts(), s.lastError(),
                    s.createdAt(), s.finishedAt()));
            NewDelivery d = s.planned();
            claimed.add(new DueDelivery(s.id(), d.idempotencyKey(), d.order(), d.channel(), d.recipient(), d.subscription(), d.kind(),
                    d.facts(), s.attempts(), s.createdAt()));
        }
        claimed.sort(Comparator.comparingLong(DueDelivery::id));
        return claimed;
    }

    @Override
    public synchronized void sent(List<Long> deliveryIds, Instant at) {
        for (long id : deliveryIds) {
            Stored s = deliveries.get(id);
            deliveries.put(id, new Stored(id, s.planned(), Status.SENT, s.nextAttemptAt(), s.attempts() + 1, null, s.createdAt(), at));
            promoteNext(s);
        }
    }

    @Override
    public synchronized void failed(long deliveryId, String error, Instant retryAt, Instant now) {
        Stored s = deliveries.get(deliveryId);
        if (retryAt == null) {
            deliveries.put(deliveryId, new Stored(deliveryId, s.planned(), Status.DEAD, s.nextAttemptAt(), s.attempts() + 1, error,
                    s.createdAt(), now));
            promoteNext(s);
        } else {
            deliveries.put(deliveryId, new Stored(deliveryId, s.planned(), s.status(), retryAt, s.attempts() + 1, error, s.createdAt(),
                    null));
        }
    }

    @Override
    public synchronized List<DeadLetter> deadLetters(String owner, int limit) {
        return deliveries.values().stream().filter(s -> s.status() == Status.DEAD && ownedBy(s, owner))
                .sorted(Comparator.comparing(Stored::finishedAt).thenComparing(Stored::id).reversed()).limit(limit)
                .map(s -> new DeadLetter(s.id(), s.planned().idempotencyKey(), s.planned().order().value(), s.planned().subscription(),
                        s.planned().kind(), s.attempts(), s.lastError(), s.createdAt(), s.finishedAt()))
                .toList();
    }

    @Override
    public synchronized boolean replay(long deliveryId, String owner, Instant now) {
        Stored s = deliveries.get(deliveryId);
        if (s == null || s.status() != Status.DEAD || !ownedBy(s, owner)) {
            return false;
        }
        deliveries.put(deliveryId, new Stored(deliveryId, s.planned(), Status.PENDING, now, 0, s.lastError(), now, null));
        return true;
    }

    /** Every delivery planned, in the order planned. */
    public synchronized List<Stored> deliveries() {
        return List.copyOf(deliveries.values());
    }

    /** The delivery planned under {@code idempotencyKey}. */
    public synchronized Optional<Stored> delivery(String idempotencyKey) {
        return deliveries.values().stream().filter(s -> s.planned().idempotencyKey().equals(idempotencyKey)).findFirst();
    }

    /** Whether the event of {@code messageId} was relayed. */
    public synchronized boolean relayed(UUID messageId) {
        return events.values().stream().anyMatch(e -> e.messageId().equals(messageId) && relayedEvents.contains(e.id()));
    }

    private boolean ownedBy(Stored s, String owner) {
        return s.planned().subscription() != null
                && subscriptions.byId(s.planned().subscription()).map(w -> w.owner().equals(owner)).orElse(false);
    }

    private List<Stored> queue(UUID subscription, OrderId order) {
        return deliveries.values().stream()
                .filter(s -> subscription.equals(s.planned().subscription()) && Objects.equals(order, s.planned().order())).toList();
    }

    /** The oldest waiting webhook of a finished delivery's queue goes next. */
    private void promoteNext(Stored finished) {
        if (finished.planned().subscription() == null) {
            return;
        }
        queue(finished.planned().subscription(), finished.planned().order()).stream().filter(s -> s.status() == Status.WAITING)
                .findFirst().ifPresent(w -> deliveries.put(w.id(), new Stored(w.id(), w.planned(), Status.PENDING, w.nextAttemptAt(),
                        w.attempts(), w.lastError(), w.createdAt(), w.finishedAt())));
    }
}
