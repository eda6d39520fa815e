package io.waybill.adapters.persistence.devices;

import static io.waybill.application.fakes.OrderTestData.T0;
import static io.waybill.application.fakes.OrderTestData.anOrder;
import static io.waybill.application.fakes.OrderTestData.pack;
import static io.waybill.application.fakes.OrderTestData.wholeOrderManifest;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.waybill.adapters.persistence.orders.JpaOrders;
import io.waybill.adapters.persistence.testing.PostgresTestResource;
import io.waybill.application.port.out.DeviceReadings;
import io.waybill.application.port.out.Devices;
import io.waybill.application.port.out.ShipmentPositions;
import io.waybill.application.port.out.ShipmentPositionsContract;
import io.waybill.application.shared.TenantScope;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.telemetry.Binding;
import io.waybill.domain.telemetry.Device;
import io.waybill.domain.telemetry.DeviceId;
import io.waybill.domain.telemetry.DeviceKind;
import io.waybill.domain.telemetry.Reading;
import io.waybill.domain.tenant.TenantId;
import io.waybill.domain.tracking.GeoPoint;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The ShipmentPositions contract on a real PostgreSQL: bindings joined to the partitioned readings, behind the wall. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class JdbcShipmentPositionsTest extends ShipmentPositionsContract {

    @Inject
    JdbcShipmentPositions store;
    @Inject
    JdbcDevices devices;
    @Inject
    JdbcDeviceReadings readings;
    @Inject
    JpaOrders orders;

    @Override
    protected ShipmentPositions positions() {
        return store;
    }

    @Override
    protected Devices devices() {
        return devices;
    }

    @Override
    protected DeviceReadings readings() {
        return readings;
    }

    @Override
    protected ShipmentId aShipment() {
        Order order = anOrder().confirmed();
        ShipmentId shipment = pack(order, wholeOrderManifest(), T0.plusSeconds(60));
        orders.save(List.of(order));
        return shipment;
    }

    @Test
    void anotherTenantFindsNoPositionOfTheShipmentThePlatformDoes() {
        ShipmentId shipment = aShipment();
        DeviceId device = new DeviceId("DEV-" + UUID.randomUUID());
        devices.save(new Device(device, TenantId.DEFAULT, DeviceKind.GPS_TRACKER, null, NOW));
        devices.bind(new Binding(UUID.randomUUID(), device, shipment, NOW.minusSeconds(600), null));
        readings.append(device, List.of(Reading.at(NOW.minusSeconds(60), new GeoPoint(52.52, 13.40))), NOW);

        assertThat(TenantScope.of(new TenantId("other-shipper"), () -> store.latest(List.of(shipment)))).isEmpty();
        assertThat(TenantScope.platform(() -> store.latest(List.of(shipment)))).containsOnlyKeys(shipment);
    }
}
