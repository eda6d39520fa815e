package io.waybill.application.port.out;

import io.waybill.domain.eta.DelayRules;
import java.time.Instant;
import java.util.List;

/**
 * External disruption signals: weather warnings, traffic, hub outages. Answers what was known (forecast or reported)
 * as of an instant and is not over, so predictions can be replayed as of a past instant. An adapter per source (a
 * weather service, a carrier's service alerts, operations' own entries); the demo's is the simulated weather service
 * of the simulated carrier's network.
 */
public interface DisruptionSignals {

    /** No source configured: no disruptions known. */
    DisruptionSignals NONE = asOf -> List.of();

    /** Disruptions known as of {@code asOf} ({@code knownSince <= asOf}) that have not ended by then. */
    List<DelayRules.Disruption> known(Instant asOf);
}
