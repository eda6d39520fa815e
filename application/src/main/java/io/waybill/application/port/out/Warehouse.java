package io.waybill.application.port.out;

import io.waybill.domain.order.Order;

/**
 * The warehouse management system that fulfils orders. Its answers (allocated or not, picked, packed
 * into which shipments) arrive later, as warehouse events.
 */
public interface Warehouse {

    /** Asks the WMS to allocate stock for a confirmed order, then pick and pack it. */
    void requestFulfilment(Order order);

    /** Tells the WMS an order was cancelled, so it releases stock and stops work. */
    void cancelFulfilment(Order order);
}
