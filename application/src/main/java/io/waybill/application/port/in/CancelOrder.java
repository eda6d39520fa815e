package io.waybill.application.port.in;

import io.waybill.domain.order.Order;
import io.waybill.domain.order.OrderId;
import io.waybill.domain.shared.InvalidValueException;

/** Cancels an order that no carrier has yet. */
public interface CancelOrder {

    Order cancel(Command command);

    record Command(OrderId order, String reason) {

        public Command {
            InvalidValueException.required(order, "orderId");
            reason = InvalidValueException.requiredFreeText(reason, "reason", 512);
        }
    }
}
