package io.waybill.application.port.out;

import io.waybill.domain.order.CarrierCode;
import io.waybill.domain.order.CarrierTrackingNumber;
import io.waybill.domain.order.OrderId;
import io.waybill.domain.order.ShipmentId;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Finds shipments by what carriers call them. */
public interface Shipments {

    /** A carrier's name for a shipment. */
    record CarrierReference(CarrierCode carrier, CarrierTrackingNumber trackingNumber) {
    }

    /** Where a shipment lives. */
    record Located(OrderId order, ShipmentId shipment) {
    }

    /** The shipments these carrier references name, where known. */
    Map<CarrierReference, Located> locate(Collection<CarrierReference> references);

    /**
     * The same, for tracking numbers reported without a carrier: each number maps to the shipments of any
     * carrier that carry it (normally one).
     */
    Map<CarrierTrackingNumber, List<Located>> locateByNumber(Collection<CarrierTrackingNumber> numbers);
}
