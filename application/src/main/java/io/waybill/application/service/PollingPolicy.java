package io.waybill.application.service;

import io.waybill.domain.order.ShipmentStatus;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How often a carrier is asked about a shipment: often when something is about to happen (out for delivery),
 * rarely when nothing has happened for days, never again once the journey is over or the carrier has been
 * silent for {@code giveUpAfter}. Failed polls back off exponentially, with jitter so that instances and
 * shipments do not retry in lockstep.
 *
 * @param awaitingPickup  packed, not yet scanned by the carrier
 * @param inTransit       shipped and moving
 * @param outForDelivery  on the vehicle: the next scan is hours away at most
 * @param exception       held, failed attempt, waiting for pickup, lost: someone may act soon
 * @param stale           the interval once the carrier has said nothing new for {@code staleAfter}
 * @param giveUpAfter     no news for this long: the shipment leaves the schedule (an operator looks at it)
 * @param firstPoll       from hand-over to the schedule to the first poll
 * @param retryBase       the pause after the first failed poll, doubled after each further failure
 * @param retryMax        the longest pause between failed polls
 */
public record PollingPolicy(Duration awaitingPickup, Duration inTransit, Duration outForDelivery, Duration exception,
        Duration stale, Duration staleAfter, Duration giveUpAfter, Duration firstPoll, Duration retryBase, Duration retryMax) {

    /** Real-world intervals: polls stay well inside carriers' published daily quotas. */
    public static final PollingPolicy DEFAULT = new PollingPolicy(Duration.ofHours(1), Duration.ofHours(2),
            Duration.ofMinutes(15), Duration.ofMinutes(30), Duration.ofHours(8), Duration.ofDays(3), Duration.ofDays(30),
            Duration.ofMinutes(10), Duration.ofMinutes(1), Duration.ofHours(2));

    /** This policy with every duration divided by {@code speedUp}: for a carrier whose time runs faster (the demo's). */
    public PollingPolicy accelerated(double speedUp) {
        if (!(speedUp >= 1)) {
            throw new IllegalArgumentException("speedUp must be at least 1 (got " + speedUp + ")");
        }
        return new PollingPolicy(div(awaitingPickup, speedUp), div(inTransit, speedUp), div(outForDelivery, speedUp),
                div(exception, speedUp), div(stale, speedUp), div(staleAfter, speedUp), div(giveUpAfter, speedUp),
                div(firstPoll, speedUp), div(retryBase, speedUp), div(retryMax, speedUp));
    }

    /** Whether a shipment in this state, silent for this long, is still worth asking about. */
    public boolean keepPolling(ShipmentStatus status, Duration silentFor) {
        return !status.isTerminal() && silentFor.compareTo(giveUpAfter) < 0;
    }

    /** The pause before the next poll of a shipment in this state, silent for this long. */
    public Duration interval(ShipmentStatus status, Duration silentFor) {
        Duration regular = switch (status) {
            case PACKED -> awaitingPickup;
            case SHIPPED, IN_TRANSIT -> inTransit;
            case OUT_FOR_DELIVERY -> outForDelivery;
            case DELIVERY_ATTEMPT_FAILED, AVAILABLE_FOR_PICKUP, HELD, LOST, RETURNED_TO_SENDER -> exception;
            case DELIVERED -> giveUpAfter;
        };
        return silentFor.compareTo(staleAfter) >= 0 && regular.compareTo(stale) < 0 ? stale : regular;
    }

    /** The pause after {@code failures} failed polls in a row (1 or more), with ±20 % jitter. */
    public Duration backoff(int failures) {
        int doublings = Math.min(Math.max(failures, 1) - 1, 30);
        long base = Math.min(retryBase.toMillis() << Math.min(doublings, 20), retryMax.toMillis());
        double jitter = 0.8 + 0.4 * ThreadLocalRandom.current().nextDouble();
        return Duration.ofMillis(Math.max(1, Math.round(base * jitter)));
    }

    private static Duration div(Duration d, double by) {
        return Duration.ofNanos(Math.max(1_000_000, Math.round(d.toNanos() / by)));
    }
}
