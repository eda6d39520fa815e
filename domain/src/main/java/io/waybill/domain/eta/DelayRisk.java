package io.waybill.domain.eta;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A shipment's delay risk: its level, the reasons in words an operator understands, when the risk was first seen and
 * how long before the promised delivery that was (the lead time operations has to act).
 */
public record DelayRisk(Level level, List<String> reasons, Instant firstDetectedAt, Duration leadTime) {

    public enum Level { NONE, LOW, MEDIUM, HIGH }

    public static final DelayRisk NONE = new DelayRisk(Level.NONE, List.of(), null, null);

    public DelayRisk {
        reasons = List.copyOf(reasons);
    }

    public boolean atRisk() {
        return level.compareTo(Level.MEDIUM) >= 0;
    }
}
