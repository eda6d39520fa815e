package io.waybill.domain.eta;

import java.time.Instant;
import java.util.Objects;

/**
 * When a shipment will probably be delivered: half of similar shipments arrived by {@code p50}, nine in ten by
 * {@code p90}; {@code basis} says in words what the estimate rests on.
 */
public record Eta(Instant p50, Instant p90, Basis kind, String basis, Instant asOf) {

    /** What an estimate rests on, from most to least informed. */
    public enum Basis { LANE_STATISTICS, CARRIER_WIDE_STATISTICS, NETWORK_STATISTICS, CARRIER_ESTIMATE, STATIC_TRANSIT_TIME }

    public Eta {
        Objects.requireNonNull(p50, "p50");
        Objects.requireNonNull(p90, "p90");
        if (p90.isBefore(p50)) {
            throw new IllegalArgumentException("P90 " + p90 + " before P50 " + p50);
        }
    }
}
