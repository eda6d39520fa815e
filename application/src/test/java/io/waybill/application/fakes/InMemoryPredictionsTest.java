package io.waybill.application.fakes;

import io.waybill.application.port.out.CarrierEstimatesContract;
import io.waybill.application.port.out.Orders;
import io.waybill.application.port.out.Predictions;

/** The fake keeps carrier estimates as the PostgreSQL store does. */
class InMemoryPredictionsTest extends CarrierEstimatesContract {

    private final InMemoryOrders orders = new InMemoryOrders();
    private final InMemoryPredictions predictions = new InMemoryPredictions(orders);

    @Override
    protected Predictions predictions() {
        return predictions;
    }

    @Override
    protected Orders orders() {
        return orders;
    }
}
