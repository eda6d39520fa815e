package io.waybill.application.fakes;

import io.waybill.application.port.out.ShipmentExceptions;
import io.waybill.application.port.out.ShipmentExceptionsContract;
import io.waybill.domain.exceptions.ExceptionEscalated;
import io.waybill.domain.exceptions.ExceptionId;
import io.waybill.domain.order.OrderId;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.tenant.TenantId;
import java.util.List;
import java.util.UUID;

/** The fake passes the same contract as the PostgreSQL store. */
class InMemoryShipmentExceptionsTest extends ShipmentExceptionsContract {

    private final InMemoryShipmentExceptions store = new InMemoryShipmentExceptions();

    @Override
    protected ShipmentExceptions store() {
        return store;
    }

    @Override
    protected TenantId freshTenant() {
        return new TenantId("t-" + UUID.randomUUID().toString().substring(0, 8));
    }

    @Override
    protected Shipped shipped(String orderNumber) {
        return new Shipped(OrderId.random(), orderNumber, new ShipmentId(UUID.randomUUID()));
    }

    @Override
    protected List<ExceptionEscalated> announced(ExceptionId id) {
        return store.announced().stream().filter(e -> e.exception().equals(id)).toList();
    }
}
