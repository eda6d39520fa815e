package io.waybill.application.service;

import io.waybill.application.port.in.CancelOrder;
import io.waybill.application.port.in.ConfirmOrder;
import io.waybill.application.port.in.EventOutcome;
import io.waybill.application.port.in.RecordTrackingEvents;
import io.waybill.application.port.in.RecordWarehouseEvents;
import io.waybill.application.shared.ConcurrentUpdateException;
import io.waybill.domain.order.Order;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * The writes that can race for one order (events, confirmations, cancellations), made to wait and retry here rather
 * than answer "conflict" to the client. Writers naming the same order take turns on this instance
 * ({@link OrderTurns}); a conflict that remains (another instance, or the same order named two ways) is redone from
 * a fresh load after a jittered, growing pause, up to {@link Policy#attempts()} times in all. Redoing is safe: a write
 * that lost its race stored nothing, and recording an event twice stores it once.
 */
public class ContendedWrites implements RecordTrackingEvents, RecordWarehouseEvents, ConfirmOrder, CancelOrder {

    /**
     * @param turns    whether writers of one order take turns on this instance
     * @param attempts how often a write is tried in all before its conflict reaches the caller (at least 1)
     * @param backoff  the longest pause before the first retry; it doubles for each next one (up to a second), and the
     *                 pause is drawn at random below it so that the losers of one race do not meet again
     */
    public record Policy(boolean turns, int attempts, Duration backoff) {

        public Policy {
            if (attempts < 1 || backoff.isNegative()) {
                throw new IllegalArgumentException("a write is tried at least once, after pauses of zero or more");
            }
        }
    }

    private static final long LONGEST_PAUSE_MILLIS = 1000;
    private static final int STRIPES = 1024;

    private final RecordTrackingEvents tracking;
    private final RecordWarehouseEvents warehouse;
    private final ConfirmOrder confirm;
    private final CancelOrder cancel;
    private final Policy policy;
    private final OrderTurns turns;

    public ContendedWrites(RecordTrackingEvents tracking, RecordWarehouseEvents warehouse, ConfirmOrder confirm, CancelOrder cancel,
            Policy policy) {
        this.tracking = tracking;
        this.warehouse = warehouse;
        this.confirm = confirm;
        this.cancel = cancel;
        this.policy = policy;
        this.turns = new OrderTurns(STRIPES, Duration.ofSeconds(10));
    }

    @Override
    public List<EventOutcome> recordTracking(List<RecordTrackingEvents.Event> events) {
        List<String> names = events.stream().map(e -> e.trackingId() != null ? "tracking:" + e.trackingId()
                : "shipment:" + e.carrier() + "/" + e.carrierTrackingNumber()).toList();
        return write(names, () -> tracking.recordTracking(events));
    }

    @Override
    public List<EventOutcome> record(List<RecordWarehouseEvents.Event> events) {
        List<String> names = events.stream().map(e -> e.order() != null ? "order:" + e.order()
                : "number:" + e.orderNumber()).toList();
        return write(names, () -> warehouse.record(events));
    }

    @Override
    public Order confirm(ConfirmOrder.Command command) {
        return write(List.of("order:" + command.order()), () -> confirm.confirm(command));
    }

    @Override
    public Order cancel(CancelOrder.Command command) {
        return write(List.of("order:" + command.order()), () -> cancel.cancel(command));
    }

    private <T> T write(List<String> names, Supplier<T> write) {
        for (int attempt = 1; ; attempt++) {
            try {
                return policy.turns() ? turns.inTurn(names, write) : write.get();
            } catch (ConcurrentUpdateException e) {
                if (attempt >= policy.attempts()) {
                    throw e;
                }
                pause(attempt, e);
            }
        }
    }

    private void pause(int attempt, ConcurrentUpdateException conflict) {
        long ceiling = Math.min(LONGEST_PAUSE_MILLIS, policy.backoff().toMillis() << Math.min(attempt - 1, 20));
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(ceiling + 1));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw conflict;
        }
    }
}
