package io.waybill.application.fakes;

import io.waybill.application.port.out.Orders;
import io.waybill.application.port.out.ShipmentPredictions;
import io.waybill.application.port.out.ShipmentPredictionsContract;

/** The fake keeps predictions and their risk history as the PostgreSQL store does. */
class InMemoryShipmentPredictionsTest extends ShipmentPredictionsContract {

    private final InMemoryOrders orders = new InMemoryOrders();
    private final InMemoryShipmentPredictions predictions = new InMemoryShipmentPredictions();

    @Override
    protected ShipmentPredictions predictions() {
        return predictions;
    }

    @Override
    protected Orders orders() {
        return orders;
    }
}
