package io.waybill.application.port.out;

import io.waybill.application.shared.ShipmentSignal;
import java.time.Instant;
import java.util.List;

/** Reads, from the shipments' current state, those that may need a person. */
public interface ExceptionSignals {

    /**
     * Every shipment in scope that is held, failed a delivery attempt, lost or returned to sender; predicted at
     * {@code HIGH} risk (and not delivered); or shipped, not delivered, and without any event since {@code silentSince}.
     */
    List<ShipmentSignal> current(Instant silentSince);
}
