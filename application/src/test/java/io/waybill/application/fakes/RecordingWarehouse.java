package io.waybill.application.fakes;

import io.waybill.application.port.out.Warehouse;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.OrderId;
import java.util.ArrayList;
import java.util.List;

/** A warehouse that only remembers which orders it was asked to fulfil or to stop. Thread-safe. */
public class RecordingWarehouse implements Warehouse {

    private final List<OrderId> requested = new ArrayList<>();
    private final List<OrderId> cancelled = new ArrayList<>();

    @Override
    public synchronized void requestFulfilment(Order order) {
        requested.add(order.getId());
    }

    @Override
    public synchronized void cancelFulfilment(Order order) {
        cancelled.add(order.getId());
    }

    /** The orders whose fulfilment was requested, once per request. */
    public synchronized List<OrderId> requested() {
        return List.copyOf(requested);
    }

    /** The orders whose fulfilment was cancelled, once per cancellation. */
    public synchronized List<OrderId> cancelled() {
        return List.copyOf(cancelled);
    }
}
