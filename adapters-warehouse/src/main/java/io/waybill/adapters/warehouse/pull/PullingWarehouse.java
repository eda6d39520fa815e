package io.waybill.adapters.warehouse.pull;

import io.waybill.application.port.out.Warehouse;
import io.waybill.domain.order.Order;
import org.jboss.logging.Logger;

/**
 * For a WMS that integrates by pulling: it lists confirmed orders ({@code GET /api/v1/orders?status=CONFIRMED})
 * and reports allocation, picking and packing through {@code POST /api/v1/warehouse-events}. Waybill has
 * nothing to push to it, so a fulfilment request is only logged. (A WMS that wants to be called will get
 * signed webhooks with the notifications issue.)
 */
public final class PullingWarehouse implements Warehouse {

    private static final Logger LOG = Logger.getLogger(PullingWarehouse.class);

    @Override
    public void requestFulfilment(Order order) {
        LOG.debugf("order %s confirmed: waiting for the WMS to pull it", order.orderNumber());
    }

    @Override
    public void cancelFulfilment(Order order) {
        LOG.debugf("order %s cancelled: the WMS sees it as CANCELLED when it pulls", order.orderNumber());
    }
}
