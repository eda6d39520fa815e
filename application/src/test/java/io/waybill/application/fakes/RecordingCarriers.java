package io.waybill.application.fakes;

import io.waybill.application.port.out.Carriers;
import io.waybill.domain.order.CarrierCode;
import io.waybill.domain.order.CarrierTrackingNumber;
import io.waybill.domain.order.DeliveryAddress;
import io.waybill.domain.order.OrderId;
import io.waybill.domain.order.Shipment;
import io.waybill.domain.order.ShipmentId;
import java.util.ArrayList;
import java.util.List;

/** Carriers that only remember which shipments were reported ready for pickup. Thread-safe. */
public class RecordingCarriers implements Carriers {

    /** One call of {@link Carriers#shipmentReady}. */
    public record Ready(OrderId order, ShipmentId shipment, CarrierCode carrier, CarrierTrackingNumber trackingNumber) {
    }

    private final List<Ready> ready = new ArrayList<>();

    @Override
    public synchronized void shipmentReady(OrderId order, Shipment shipment, DeliveryAddress to) {
        ready.add(new Ready(order, shipment.getId(), shipment.carrier(), shipment.carrierTrackingNumber()));
    }

    /** Every shipment reported ready, once per call. */
    public synchronized List<Ready> ready() {
        return List.copyOf(ready);
    }
}
