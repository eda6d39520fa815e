package io.waybill.application.port.in;

import io.waybill.application.shared.ReportedDisruption;
import java.time.Instant;
import java.util.List;

/** Operations (or a feed) tell Waybill of a disruption: a hub outage, a closed motorway, a storm warning. */
public interface ReportDisruptions {

    /**
     * Records a disruption in {@code region} from {@code from} until {@code until}; it is known from now on. Every shipment
     * it meets takes it into account from its next event, or from the sweep of quiet shipments.
     */
    ReportedDisruption report(String region, String what, Instant from, Instant until, String reportedBy);

    /** Disruptions reported by {@code asOf} that are not over by then. */
    List<ReportedDisruption> known(Instant asOf);
}
