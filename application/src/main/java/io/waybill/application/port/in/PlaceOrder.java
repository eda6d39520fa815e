package io.waybill.application.port.in;

import io.waybill.application.shared.OrderNumberTakenException;
import io.waybill.domain.order.Customer;
import io.waybill.domain.order.DeliveryAddress;
import io.waybill.domain.order.DeliveryPromise;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.OrderLine;
import io.waybill.domain.shared.InvalidValueException;
import java.util.List;

/** Accepts a new order from a shop or an order management system. */
public interface PlaceOrder {

    /** @throws OrderNumberTakenException when the order number was used before */
    Order place(Command command);

    /** What is needed to place an order; the order number is the caller's own, unique reference. */
    record Command(String orderNumber, Customer customer, DeliveryAddress address, List<OrderLine> lines,
            DeliveryPromise promise) {

        public Command {
            InvalidValueException.requiredText(orderNumber, "orderNumber", 64);
            InvalidValueException.required(customer, "customer");
            InvalidValueException.required(address, "address");
            lines = List.copyOf(InvalidValueException.required(lines, "lines"));
        }
    }
}
