package io.waybill.adapters.persistence.devices;

import static io.waybill.application.fakes.OrderTestData.anOrder;
import static io.waybill.application.fakes.OrderTestData.pack;
import static io.waybill.application.fakes.OrderTestData.wholeOrderManifest;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.waybill.adapters.persistence.orders.JpaOrders;
import io.waybill.adapters.persistence.testing.PostgresTestResource;
import io.waybill.application.fakes.InDefaultTenant;
import io.waybill.application.service.DeviceService;
import io.waybill.application.service.RecentPositions;
import io.waybill.application.service.VehicleService;
import io.waybill.application.shared.TenantScope;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.telemetry.Binding;
import io.waybill.domain.telemetry.DeviceId;
import io.waybill.domain.telemetry.DeviceKind;
import io.waybill.domain.telemetry.Reading;
import io.waybill.domain.telemetry.VehicleId;
import io.waybill.domain.tenant.TenantId;
import io.waybill.domain.tracking.GeoPoint;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Vehicles on a real PostgreSQL behind its row-level wall: the bindings derived from a van's tracker and the parcels
 * loaded onto it are what the shipments' positions are read from, and made again when a parcel leaves the van.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class JdbcVehiclesTest implements InDefaultTenant {

    @Inject
    JdbcVehicles vehicles;
    @Inject
    JdbcDevices devices;
    @Inject
    JdbcDeviceReadings readings;
    @Inject
    JdbcShipmentPositions positions;
    @Inject
    JpaOrders orders;

    @Test
    void theVansTrackerGivesEachParcelOnItsPositionsWhileItIsOnTheVan() {
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(5));
        DeviceService deviceService = new DeviceService(devices, readings, orders, Clock.systemUTC(), new RecentPositions(), vehicles);
        VehicleService service = new VehicleService(vehicles, devices, orders);
        DeviceId tracker = new DeviceId("VAN-TRK-" + UUID.randomUUID().toString().substring(0, 8));
        VehicleId van = new VehicleId("VAN-" + UUID.randomUUID().toString().substring(0, 8));
        deviceService.register(tracker, DeviceKind.GPS_TRACKER, "van tracker");
        ShipmentId first = shipment(start);
        ShipmentId second = shipment(start);

        service.mount(tracker, van, start, null);
        service.load(van, first, start.plus(Duration.ofHours(1)), null);
        service.load(van, second, start.plus(Duration.ofHours(1)), null);
        deviceService.record(tracker, List.of(Reading.at(start.plus(Duration.ofMinutes(90)), new GeoPoint(52.50, 13.40)),
                Reading.at(start.plus(Duration.ofMinutes(150)), new GeoPoint(52.60, 13.50))));
        service.unload(van, first, start.plus(Duration.ofHours(2)));

        assertThat(devices.bindingsOf(first)).singleElement().satisfies(b -> {
            assertThat(b.vehicle()).isEqualTo(van);
            assertThat(b.until()).isEqualTo(start.plus(Duration.ofHours(2)));
        });
        assertThat(positions.latest(List.of(first, second))).as("each parcel's last position while on the van")
                .hasEntrySatisfying(first, p -> assertThat(p.position()).isEqualTo(new GeoPoint(52.50, 13.40)))
                .hasEntrySatisfying(second, p -> assertThat(p.position()).isEqualTo(new GeoPoint(52.60, 13.50)));
        assertThat(vehicles.loadsOf(van)).hasSize(2);
        assertThat(devices.bindingsOf(tracker)).extracting(Binding::viaVehicle).containsOnly(true);

        TenantScope.run(new TenantId("no-such-tenant"), () -> {
            assertThat(vehicles.devicesOn(van)).isEmpty();
            assertThat(vehicles.loadsOf(first)).isEmpty();
        });
    }

    private ShipmentId shipment(Instant packed) {
        Order order = anOrder().confirmed();
        ShipmentId id = pack(order, wholeOrderManifest(), packed);
        orders.save(List.of(order));
        return id;
    }
}
