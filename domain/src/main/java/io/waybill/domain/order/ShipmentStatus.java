package io.waybill.domain.order;

import io.waybill.domain.tracking.Milestone;

/** Where one shipment stands, derived from its events. */
public enum ShipmentStatus {
    PACKED, SHIPPED, IN_TRANSIT, OUT_FOR_DELIVERY, DELIVERY_ATTEMPT_FAILED, AVAILABLE_FOR_PICKUP, HELD, DELIVERED,
    RETURNED_TO_SENDER, LOST;

    /**
     * The status a carrier milestone moves a shipment in status {@code before} to, or null when it moves nothing
     * (hand-over after the shipment left the warehouse, order-level milestones). The one mapping: the timeline's
     * derivation, the poller's intervals and the delay model all use it.
     */
    public static ShipmentStatus reachedBy(Milestone milestone, ShipmentStatus before) {
        return switch (milestone) {
            case HANDED_OVER -> before == PACKED ? SHIPPED : null;
            case IN_TRANSIT -> IN_TRANSIT;
            case OUT_FOR_DELIVERY -> OUT_FOR_DELIVERY;
            case DELIVERY_ATTEMPT_FAILED -> DELIVERY_ATTEMPT_FAILED;
            case AVAILABLE_FOR_PICKUP -> AVAILABLE_FOR_PICKUP;
            case HELD -> HELD;
            case DELIVERED -> DELIVERED;
            case RETURNED_TO_SENDER -> RETURNED_TO_SENDER;
            case LOST -> LOST;
            case PACKED, PLACED, CONFIRMED, ALLOCATED, ALLOCATION_FAILED, PICKED, CANCELLED -> null;
        };
    }

    /** No later event changes a terminal status. */
    public boolean isTerminal() {
        return this == DELIVERED || this == RETURNED_TO_SENDER;
    }

    /** The shipment is with the carrier (or was). */
    public boolean isShipped() {
        return this != PACKED;
    }

    /** An exception a person should look at. */
    public boolean isException() {
        return this == DELIVERY_ATTEMPT_FAILED || this == AVAILABLE_FOR_PICKUP || this == HELD || this == RETURNED_TO_SENDER
                || this == LOST;
    }
}
