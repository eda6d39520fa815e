package io.waybill.application.port.in;

import io.waybill.domain.order.Order;
import io.waybill.domain.order.OrderId;
import io.waybill.domain.shared.InvalidValueException;

/** Payment verified: confirms the order, issues its tracking ID and asks the warehouse to fulfil it. */
public interface ConfirmOrder {

    Order confirm(Command command);

    /** @param paymentReference the payment provider's reference, kept on the timeline */
    record Command(OrderId order, String paymentReference) {

        public Command {
            InvalidValueException.required(order, "orderId");
            paymentReference = InvalidValueException.optionalText(paymentReference, "paymentReference", 128);
        }
    }
}
