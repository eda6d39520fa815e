package io.waybill.adapters.persistence.devices;

import static io.waybill.application.fakes.OrderTestData.T0;
import static io.waybill.application.fakes.OrderTestData.anOrder;
import static io.waybill.application.fakes.OrderTestData.pack;
import static io.waybill.application.fakes.OrderTestData.wholeOrderManifest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.waybill.adapters.persistence.orders.JpaOrders;
import io.waybill.adapters.persistence.testing.PostgresTestResource;
import io.waybill.application.port.out.Devices;
import io.waybill.application.port.out.DevicesContract;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.ShipmentId;
import jakarta.inject.Inject;
import java.util.List;

/** The Devices contract on a real PostgreSQL, behind its row-level wall. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class JdbcDevicesTest extends DevicesContract {

    @Inject
    JdbcDevices store;
    @Inject
    JpaOrders orders;

    @Override
    protected Devices devices() {
        return store;
    }

    @Override
    protected ShipmentId aShipment() {
        Order order = anOrder().confirmed();
        ShipmentId shipment = pack(order, wholeOrderManifest(), T0.plusSeconds(60));
        orders.save(List.of(order));
        return shipment;
    }
}
