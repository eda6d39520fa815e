package io.waybill.adapters.carriers.push;

import io.waybill.application.port.out.Carriers;
import io.waybill.domain.order.DeliveryAddress;
import io.waybill.domain.order.OrderId;
import io.waybill.domain.order.Shipment;
import org.jboss.logging.Logger;

/**
 * For carriers whose scans are pushed to {@code POST /api/v1/tracking-events} (by the carrier, a TMS or an
 * integration platform): nothing to book, a ready shipment is only logged. Carrier-specific adapters
 * (booking, polling, webhooks in carrier formats) come with the carrier integration issue.
 */
public final class PushingCarriers implements Carriers {

    private static final Logger LOG = Logger.getLogger(PushingCarriers.class);

    @Override
    public void shipmentReady(OrderId order, Shipment shipment, DeliveryAddress to) {
        LOG.debugf("shipment %s of order %s ready for %s", shipment.carrierTrackingNumber(), order, shipment.carrier());
    }
}
