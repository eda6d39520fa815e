package io.waybill.domain.order;

import io.waybill.domain.shared.EventRejectedException;
import java.util.HashMap;
import java.util.Map;

/**
 * The rules a PACKED event must pass before it creates a shipment. An unconfirmed order is unpaid: the warehouse
 * must not ship it, so its PACKED is refused rather than recorded (Waybill would otherwise book a carrier for goods
 * nobody paid for). The manifest must fit what is still to be packed.
 */
final class Packing {

    /** The rule's name, in every refusal it causes, so a WMS operator can look it up. */
    static final String CONFIRMED_FIRST = "packed-before-confirmation";

    private Packing() {
    }

    static void check(Order order, PackingManifest manifest) {
        if (order.trackingId().isEmpty()) {
            throw new EventRejectedException(CONFIRMED_FIRST + ": order " + order.orderNumber() + " was never confirmed"
                    + " (payment not verified), so it may not be packed; confirm it first (POST /api/v1/orders/{id}/confirmation)");
        }
        Map<Sku, Integer> ordered = new HashMap<>();
        order.lines().forEach(line -> ordered.put(line.sku(), line.quantity()));
        Map<Sku, Integer> packed = new HashMap<>();
        for (Shipment s : order.shipments()) {
            if (s.carrierTrackingNumber().equals(manifest.carrierTrackingNumber()) && s.carrier().equals(manifest.carrier())) {
                throw new EventRejectedException("carrier tracking number " + manifest.carrierTrackingNumber()
                        + " is already used by another shipment of this order");
            }
            s.manifest().lines().forEach(line -> packed.merge(line.sku(), line.quantity(), Integer::sum));
        }
        for (OrderLine line : manifest.lines()) {
            Integer quantity = ordered.get(line.sku());
            if (quantity == null) {
                throw new EventRejectedException("SKU " + line.sku() + " is not on order " + order.orderNumber());
            }
            int already = packed.getOrDefault(line.sku(), 0);
            if (already + line.quantity() > quantity) {
                throw new EventRejectedException("packs " + line.quantity() + " of SKU " + line.sku() + " but only "
                        + (quantity - already) + " of " + quantity + " remain to be packed");
            }
        }
    }
}
