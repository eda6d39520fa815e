package io.waybill.application.port.out;

import io.waybill.domain.order.OrderId;
import java.time.Instant;
import java.util.Optional;

/** Customers' ratings of delivered orders, one per order. */
public interface DeliveryFeedback {

    record Feedback(OrderId order, int rating, String comment, Instant at) {
    }

    /** Stores the feedback; false when the order already has one. */
    boolean add(Feedback feedback);

    Optional<Feedback> of(OrderId order);
}
