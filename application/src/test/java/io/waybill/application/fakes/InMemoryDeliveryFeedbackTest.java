package io.waybill.application.fakes;

import io.waybill.application.port.out.DeliveryFeedback;
import io.waybill.application.port.out.DeliveryFeedbackContract;
import io.waybill.application.port.out.Orders;

/** The fake passes the same contract as the real store, so tests on the fake say something about production. */
class InMemoryDeliveryFeedbackTest extends DeliveryFeedbackContract {

    private final InMemoryDeliveryFeedback store = new InMemoryDeliveryFeedback();
    private final InMemoryOrders orders = new InMemoryOrders();

    @Override
    protected DeliveryFeedback feedback() {
        return store;
    }

    @Override
    protected Orders orders() {
        return orders;
    }
}
