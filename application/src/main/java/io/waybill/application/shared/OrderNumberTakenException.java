package io.waybill.application.shared;

import io.waybill.domain.order.OrderId;

/** An order number can be used once: placing it again is a conflict, not a second order. */
public class OrderNumberTakenException extends RuntimeException {

    private final OrderId existing;

    public OrderNumberTakenException(String orderNumber, OrderId existing) {
        super("order number " + orderNumber + " is already taken" + (existing == null ? "" : " by order " + existing));
        this.existing = existing;
    }

    /** The order holding the number, when known. */
    public OrderId existing() {
        return existing;
    }
}
