package io.waybill.application.port.in;

import io.waybill.application.shared.SentMessage;
import io.waybill.domain.order.OrderId;
import java.util.List;

/** The messages sent about one order of the tenant in scope: customer e-mails and SMS, and webhook calls. */
public interface ListOrderMessages {

    /** The newest first, at most {@code limit}; none for another tenant's order. */
    List<SentMessage> of(OrderId order, int limit);
}
