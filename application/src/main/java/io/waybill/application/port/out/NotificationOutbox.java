package io.waybill.application.port.out;

import io.waybill.domain.order.OrderId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import io.waybill.application.shared.DeadLetter;
import org.jmolecules.event.types.DomainEvent;

/**
 * The transactional outbox and the deliveries planned from it. The {@link Orders} store writes every domain event of
 * an order into the outbox in the same transaction as the change that caused it, so no event is lost between a
 * commit and a crash. A relay turns each event into deliveries (one per channel and recipient, each with a stable
 * idempotency key) and a dispatcher sends them, retrying until they are sent or given up. Several instances share
 * both jobs: every claim skips rows another instance holds ({@code FOR UPDATE SKIP LOCKED}) and leases what it takes.
 */
public interface NotificationOutbox {

    /** How a delivery reaches its recipient. */
    enum Channel { EMAIL, SMS, WEBHOOK }

    /** A domain event waiting to be relayed; {@code messageId} is its stable identity. */
    record PendingEvent(long id, UUID messageId, DomainEvent event, Instant occurredAt) {
    }

    /**
     * A delivery to plan. {@code facts} are what the message says (stored as given, sent the same on every attempt);
     * {@code notBefore} delays it (quiet hours).
     */
    record NewDelivery(String idempotencyKey, OrderId order, Channel channel, String recipient, UUID subscription,
            String kind, Map<String, String> facts, Instant notBefore) {

        public NewDelivery {
            Objects.requireNonNull(idempotencyKey, "idempotencyKey");
            Objects.requireNonNull(channel, "channel");
            facts = Map.copyOf(facts);
        }
    }

    /** A delivery due now, claimed by this instance. */
    record DueDelivery(long id, String idempotencyKey, OrderId order, Channel channel, String recipient, UUID subscription,
            String kind, Map<String, String> facts, int attempts, Instant createdAt) {
    }

    /** Claims up to {@code limit} unrelayed events, oldest first, for {@code lease}. */
    List<PendingEvent> claimEvents(Instant now, Duration lease, int limit);

    /** The deliveries planned for one event. */
    record Relayed(long eventId, List<NewDelivery> deliveries) {

        public Relayed {
            deliveries = List.copyOf(deliveries);
        }
    }

    /**
     * Stores the deliveries planned for these events (a key already stored is skipped) and marks the events relayed,
     * in one transaction.
     */
    void relayed(List<Relayed> events, Instant now);

    /**
     * Claims up to {@code limit} deliveries due at {@code now}, for {@code lease}. Webhook deliveries of one subscription
     * about one order go out one at a time and in order: only the oldest pending one is ever due. Deliveries of a
     * suspended subscription wait.
     */
    List<DueDelivery> claimDue(Instant now, Duration lease, int limit);

    /** These deliveries went out. */
    void sent(List<Long> deliveryIds, Instant at);

    /** The delivery failed; it is due again at {@code retryAt}, or dead (given up) when that is null. */
    void failed(long deliveryId, String error, Instant retryAt, Instant now);

    /** Dead deliveries of the webhook subscriptions owned by {@code owner}, newest first. */
    List<DeadLetter> deadLetters(String owner, int limit);

    /** Puts a dead delivery of {@code owner}'s back in the queue, due now. False when there is no such dead delivery. */
    boolean replay(long deliveryId, String owner, Instant now);

}
