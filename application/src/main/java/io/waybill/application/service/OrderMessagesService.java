package io.waybill.application.service;

import io.waybill.application.port.in.ListOrderMessages;
import io.waybill.application.port.out.SentMessages;
import io.waybill.application.shared.SentMessage;
import io.waybill.domain.order.OrderId;
import java.util.List;

/** What was sent about an order, for the operations console's order page. */
public class OrderMessagesService implements ListOrderMessages {

    /** The most one answer lists. */
    public static final int MAX = 200;

    private final SentMessages messages;

    public OrderMessagesService(SentMessages messages) {
        this.messages = messages;
    }

    @Override
    public List<SentMessage> of(OrderId order, int limit) {
        if (limit < 1 || limit > MAX) {
            throw new IllegalArgumentException("a list of sent messages has 1 to " + MAX + " lines, not " + limit);
        }
        return messages.ofOrder(order, limit);
    }
}
