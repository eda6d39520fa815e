package io.waybill.application.fakes;

import io.waybill.application.port.out.CarrierEstimates;
import io.waybill.application.port.out.CarrierEstimatesContract;
import io.waybill.application.port.out.Orders;

/** The fake keeps carrier estimates as the PostgreSQL store does. */
class InMemoryCarrierEstimatesTest extends CarrierEstimatesContract {

    private final InMemoryOrders orders = new InMemoryOrders();
    private final InMemoryCarrierEstimates estimates = new InMemoryCarrierEstimates(orders);

    @Override
    protected CarrierEstimates estimates() {
        return estimates;
    }

    @Override
    protected Orders orders() {
        return orders;
    }
}
