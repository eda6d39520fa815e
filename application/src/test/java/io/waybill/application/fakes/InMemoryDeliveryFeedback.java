package io.waybill.application.fakes;

import io.waybill.application.port.out.DeliveryFeedback;
import io.waybill.domain.order.OrderId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Delivery feedback in memory, one per order like the real store (the first one wins). Thread-safe. */
public class InMemoryDeliveryFeedback implements DeliveryFeedback {

    private final Map<OrderId, Feedback> byOrder = new ConcurrentHashMap<>();

    @Override
    public boolean add(Feedback feedback) {
        return byOrder.putIfAbsent(feedback.order(), feedback) == null;
    }

    @Override
    public Optional<Feedback> of(OrderId order) {
        return Optional.ofNullable(byOrder.get(order));
    }

    /** Everything stored, by order, to check what is (and is not) kept. */
    public Map<OrderId, Feedback> stored() {
        return Map.copyOf(byOrder);
    }
}
