package io.waybill.domain.order;

/** Where one shipment stands, derived from its events. */
public enum ShipmentStatus {
    PACKED, SHIPPED, IN_TRANSIT, OUT_FOR_DELIVERY, DELIVERY_ATTEMPT_FAILED, AVAILABLE_FOR_PICKUP, HELD, DELIVERED,
    RETURNED_TO_SENDER, LOST;

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
