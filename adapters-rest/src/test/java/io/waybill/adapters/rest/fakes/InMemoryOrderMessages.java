package io.waybill.adapters.rest.fakes;

import io.waybill.application.port.in.ListOrderMessages;
import io.waybill.application.shared.SentMessage;
import io.waybill.domain.order.OrderId;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The messages a test says were sent about an order. */
@Singleton
public class InMemoryOrderMessages implements ListOrderMessages {

    private final Map<OrderId, List<SentMessage>> messages = new ConcurrentHashMap<>();

    public void reset() {
        messages.clear();
    }

    public void put(OrderId order, List<SentMessage> sent) {
        messages.put(order, List.copyOf(sent));
    }

    @Override
    public List<SentMessage> of(OrderId order, int limit) {
        return messages.getOrDefault(order, List.of()).stream().limit(limit).toList();
    }
}
