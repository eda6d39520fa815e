package io.waybill.domain.eta;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When a shipment will probably be delivered: half of similar shipments arrived by {@code p50}, nine in ten by
 * {@code p90}, only one in five by {@code p20} (so when {@code p20} is past a promise, about four in five will break it);
 * {@code basis} says in words what the estimate rests on.
 */
public record Eta(Instant p50, Instant p90, Basis kind, String basis, Instant asOf, Instant p20) {

    /** What an estimate rests on, from most to least informed. */
    public enum Basis {
        /** Near the destination: the distance left at the tracker's speed ({@link Approach}). */
        DEVICE_POSITIONS, LANE_STATISTICS, CARRIER_WIDE_STATISTICS, NETWORK_STATISTICS, CARRIER_ESTIMATE, STATIC_TRANSIT_TIME
    }

    public Eta {
        Objects.requireNonNull(p50, "p50");
        Objects.requireNonNull(p90, "p90");
        if (p90.isBefore(p50)) {
            throw new IllegalArgumentException("P90 " + p90 + " before P50 " + p50);
        }
        if (p20 == null) {
            p20 = p50.minus(Duration.between(p50, p90).multipliedBy(66).dividedBy(100));
        } else if (p20.isAfter(p50)) {
            p20 = p50;
        }
        if (asOf != null && p20.isBefore(asOf) && !p50.isBefore(asOf)) {
            p20 = asOf; // what has not happened by now will not happen before now
        }
    }

    /** An estimate whose P20 is taken from its spread, as for a bell shape: P50 - 0.66 (P90 - P50). */
    public Eta(Instant p50, Instant p90, Basis kind, String basis, Instant asOf) {
        this(p50, p90, kind, basis, asOf, null);
    }
}
