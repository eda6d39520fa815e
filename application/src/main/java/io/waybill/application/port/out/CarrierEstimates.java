package io.waybill.application.port.out;

import io.waybill.application.shared.CarrierEstimate;
import io.waybill.domain.order.ShipmentId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The carriers' own delivery estimates, kept by carrier and tracking number (a number no shipment has yet is kept too)
 * and found by shipment through its carrier and carrier tracking number.
 */
public interface CarrierEstimates {

    /**
     * Stores each estimate unless the one stored for its carrier and tracking number was reported at the same time or
     * later: only the latest report per tracking number is kept, whatever order the reports arrive in; the earliest
     * report is kept beside it.
     */
    void save(List<CarrierEstimate> estimates);

    /** The latest stored estimates of these shipments (one query), by shipment; shipments without one are absent. */
    Map<ShipmentId, CarrierEstimate> latest(Collection<ShipmentId> shipments);

    /**
     * The first estimate reported for each of these shipments (the earliest report, whatever order the reports arrived
     * in: what the carrier promised at hand-over), by shipment; shipments without one are absent.
     */
    Map<ShipmentId, CarrierEstimate> first(Collection<ShipmentId> shipments);

    /**
     * Deletes up to {@code limit} estimates last reported before {@code reportedBefore} (their shipments are long
     * delivered, or never came), and says how many it deleted.
     */
    int forget(Instant reportedBefore, int limit);
}
