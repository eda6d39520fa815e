package io.waybill.application.port.out;

import io.waybill.domain.order.DeliveryAddress;
import io.waybill.domain.order.OrderId;
import io.waybill.domain.order.Shipment;

/**
 * The carriers that move shipments. Their tracking events arrive later, pushed or polled. The carrier
 * integration issue extends this port with the adapter SPI.
 */
public interface Carriers {

    /** A shipment is packed and ready for the carrier's pickup, to go to {@code to} (the booking of a real carrier needs it). */
    void shipmentReady(OrderId order, Shipment shipment, DeliveryAddress to);
}
