package io.waybill.domain.order;

/**
 * Where an order stands, derived from its order-level events and the statuses of its shipments; see
 * {@link StatusDerivation} for the rules.
 */
public enum OrderStatus {
    PLACED, CONFIRMED, ALLOCATED, ON_HOLD, PICKED, PARTIALLY_PACKED, PACKED, PARTIALLY_SHIPPED, SHIPPED, IN_TRANSIT,
    OUT_FOR_DELIVERY, DELIVERY_ATTEMPT_FAILED, AVAILABLE_FOR_PICKUP, HELD, PARTIALLY_DELIVERED, DELIVERED,
    RETURNED_TO_SENDER, LOST, CANCELLED;

    /** Whether any part of the order has been handed to a carrier, after which it can no longer be cancelled. */
    public boolean isShipped() {
        return compareTo(PARTIALLY_SHIPPED) >= 0 && this != CANCELLED;
    }

    public boolean isClosed() {
        return this == DELIVERED || this == RETURNED_TO_SENDER || this == CANCELLED;
    }
}
