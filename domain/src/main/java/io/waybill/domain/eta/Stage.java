package io.waybill.domain.eta;

import io.waybill.domain.order.ShipmentStatus;

/** The stages whose remaining time to delivery is learned, exceptions included: a held shipment has its own. */
public enum Stage {
    /** Packed, waiting for the carrier. */
    AWAITING_PICKUP,
    /** With the carrier, moving between hubs. */
    IN_TRANSIT,
    /** On the vehicle for delivery. */
    OUT_FOR_DELIVERY,
    /** Held by the carrier (weather, address, customs, damage) or reported lost: its own, longer remaining time. */
    HELD,
    /** A delivery attempt failed (or the parcel waits at a pickup point): the next round is a day away. */
    ATTEMPT_FAILED;

    /** The stage of a shipment status; null for a finished journey (delivered, returned). */
    public static Stage of(ShipmentStatus status) {
        return switch (status) {
            case PACKED -> AWAITING_PICKUP;
            case SHIPPED, IN_TRANSIT -> IN_TRANSIT;
            case HELD, LOST -> HELD;
            case OUT_FOR_DELIVERY -> OUT_FOR_DELIVERY;
            case DELIVERY_ATTEMPT_FAILED, AVAILABLE_FOR_PICKUP -> ATTEMPT_FAILED;
            case DELIVERED, RETURNED_TO_SENDER -> null;
        };
    }
}
