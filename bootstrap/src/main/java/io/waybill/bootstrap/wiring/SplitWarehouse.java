package io.waybill.bootstrap.wiring;

import io.waybill.application.port.out.Warehouse;
import io.waybill.domain.order.Order;
import java.util.regex.Pattern;

/**
 * The simulated WMS for most orders, and a WMS reporting through the REST API for the orders whose number matches
 * {@code waybill.warehouse.simulated.skip}: a confirmed order may be packed only once, so a client that packs its own
 * confirmed orders (the load generator, end-to-end tests) must keep the simulated WMS from packing them first.
 */
final class SplitWarehouse implements Warehouse {

    private final Warehouse simulated;
    private final Warehouse elsewhere;
    private final Pattern skipped;

    SplitWarehouse(Warehouse simulated, Warehouse elsewhere, Pattern skipped) {
        this.simulated = simulated;
        this.elsewhere = elsewhere;
        this.skipped = skipped;
    }

    @Override
    public void requestFulfilment(Order order) {
        pick(order).requestFulfilment(order);
    }

    @Override
    public void cancelFulfilment(Order order) {
        pick(order).cancelFulfilment(order);
    }

    private Warehouse pick(Order order) {
        return skipped.matcher(order.orderNumber()).matches() ? elsewhere : simulated;
    }
}
