package io.waybill.application.port.in;

import io.waybill.application.shared.CarrierEstimate;
import java.util.List;

/**
 * Records the delivery estimates carriers give with their tracking data (pushed or polled): a carrier's own estimate
 * is what a shipment's ETA rests on while its lane has too few deliveries at its time of the week to learn from.
 */
public interface RecordCarrierEstimates {

    /**
     * Keeps the latest report per carrier tracking number: a report received before the one kept is ignored, so reports
     * may come in any order and twice. A tracking number no shipment has yet is kept too, and counts once it has one.
     * The new estimate is used from the shipment's next prediction on (its next event, or the sweep of quiet shipments).
     */
    void recordEstimates(List<CarrierEstimate> estimates);
}
