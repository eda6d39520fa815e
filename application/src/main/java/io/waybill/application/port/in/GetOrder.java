package io.waybill.application.port.in;

import io.waybill.domain.order.Order;
import io.waybill.domain.order.OrderId;
import java.util.Optional;

/** The full view of one order, for integrators and operators. */
public interface GetOrder {

    Optional<Order> get(OrderId order);
}
