package io.waybill.application.port.out;

import io.waybill.application.shared.SentMessage;
import io.waybill.domain.order.OrderId;
import java.util.List;

/** The deliveries of the notification outbox, read per order (the tenant in scope's only). */
public interface SentMessages {

    List<SentMessage> ofOrder(OrderId order, int limit);
}
