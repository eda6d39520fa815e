package io.waybill.application.service;

import static io.waybill.application.fakes.OrderTestData.T0;
import static io.waybill.application.fakes.OrderTestData.anOrder;
import static io.waybill.application.fakes.OrderTestData.pack;
import static io.waybill.application.fakes.OrderTestData.wholeOrderManifest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.waybill.application.fakes.InDefaultTenant;
import io.waybill.application.fakes.InMemoryDeviceReadings;
import io.waybill.application.fakes.InMemoryDevices;
import io.waybill.application.fakes.InMemoryOrders;
import io.waybill.application.fakes.InMemoryVehicles;
import io.waybill.application.fakes.MutableClock;
import io.waybill.application.port.in.OrderNotFoundException;
import io.waybill.application.port.in.VehicleNotFoundException;
import io.waybill.application.shared.TenantScope;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.shared.IllegalTransitionException;
import io.waybill.domain.telemetry.DeviceId;
import io.waybill.domain.telemetry.DeviceKind;
import io.waybill.domain.telemetry.Load;
import io.waybill.domain.telemetry.Reading;
import io.waybill.domain.telemetry.VehicleId;
import io.waybill.domain.tenant.TenantId;
import io.waybill.domain.tracking.GeoPoint;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A van's tracker tells about every parcel loaded onto the van, for the time the parcel was on it. */
class VehicleServiceTest implements InDefaultTenant {

    private static final Instant START = T0.plus(Duration.ofDays(1));

    private final MutableClock clock = new MutableClock(START.plus(Duration.ofHours(6)));
    private final InMemoryOrders orders = new InMemoryOrders();
    private final InMemoryDevices devices = new InMemoryDevices();
    private final InMemoryVehicles vehicles = new InMemoryVehicles(devices);
    private final InMemoryDeviceReadings readings = new InMemoryDeviceReadings(Duration.ofDays(90));
    private final DeviceService deviceService = new DeviceService(devices, readings, orders, clock, new RecentPositions(), vehicles);
    private final VehicleService service = new VehicleService(vehicles, devices, orders);

    private final DeviceId tracker = new DeviceId("TRK-" + UUID.randomUUID().toString().substring(0, 8));
    private final VehicleId van = new VehicleId("VAN-7");

    @Test
    void eachParcelOnTheVanHasTheVansPositionsOfTheTimeItWasOnIt() {
        deviceService.register(tracker, DeviceKind.GPS_TRACKER, "Van 7");
        ShipmentId first = shipment();
        ShipmentId second = shipment();
        service.mount(tracker, van, START, null);
        service.load(van, first, at(1), null);
        service.load(van, second, at(2), null);
        service.unload(van, first, at(3)); // delivered first

        deviceService.record(tracker, List.of(ping(0, 52.50, 13.40), ping(90, 52.51, 13.41), ping(150, 52.52, 13.42),
                ping(210, 52.53, 13.43), ping(270, 52.54, 13.44)));

        assertThat(deviceService.trail(first, 1).points()).extracting(p -> p.at())
                .containsExactly(at(1).plusSeconds(30 * 60), at(2).plusSeconds(30 * 60)); // 01:30, 02:30; off at 03:00
        assertThat(deviceService.trail(second, 1).reported()).as("02:30, 03:30, 04:30").isEqualTo(3);
        assertThat(deviceService.lastPosition(second).orElseThrow().position()).isEqualTo(new GeoPoint(52.54, 13.44));
        assertThat(service.get(van).loads()).extracting(Load::shipment, Load::until)
                .containsExactly(tuple(first, at(3)), tuple(second, null));
    }

    @Test
    void sentAgainNothingChangesAndAParcelMovedToAnotherVanLeavesTheFirst() {
        deviceService.register(tracker, DeviceKind.GPS_TRACKER, null);
        ShipmentId parcel = shipment();
        service.mount(tracker, van, START, null);
        Load load = service.load(van, parcel, at(1), null);

        assertThat(service.load(van, parcel, at(1), null)).isEqualTo(load);
        assertThat(service.mount(tracker, van, START, null).id()).isEqualTo(service.get(van).devices().getFirst().id());
        assertThat(devices.bindingsOf(parcel)).hasSize(1);

        VehicleId trailer = new VehicleId("TRAILER-2");
        service.load(trailer, parcel, at(4), null); // cross-docked onto the trailer

        assertThat(service.get(van).loads()).singleElement().satisfies(l -> assertThat(l.until()).isEqualTo(at(4)));
        assertThat(devices.bindingsOf(parcel)).singleElement().satisfies(b -> {
            assertThat(b.until()).as("the van's tracker until it left the van").isEqualTo(at(4));
            assertThat(b.vehicle()).isEqualTo(van);
        });
        assertThat(service.unload(van, parcel, at(4)).until()).as("unloaded then already").isEqualTo(at(4));
        assertThatThrownBy(() -> service.unload(van, parcel, at(5))).isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("is not on vehicle VAN-7");
    }

    @Test
    void aDeviceIsInOnePlaceAtATimeAndAnotherTenantSeesNoneOfIt() {
        deviceService.register(tracker, DeviceKind.GPS_TRACKER, null);
        ShipmentId parcel = shipment();
        deviceService.bind(tracker, parcel, START, at(2));

        assertThatThrownBy(() -> service.mount(tracker, van, at(1), null)).isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("a device is in one place at a time");
        service.mount(tracker, van, at(2), null);
        assertThatThrownBy(() -> deviceService.bind(tracker, shipment(), at(3), null)).isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("is on vehicle VAN-7");

        TenantScope.run(new TenantId("other-shipper"), () -> {
            assertThatThrownBy(() -> service.get(van)).isInstanceOf(VehicleNotFoundException.class);
            assertThatThrownBy(() -> service.load(van, parcel, at(3), null)).isInstanceOf(OrderNotFoundException.class);
        });
    }

    private Reading ping(int minute, double lat, double lon) {
        return Reading.at(START.plus(Duration.ofMinutes(minute)), new GeoPoint(lat, lon));
    }

    private static Instant at(int hours) {
        return START.plus(Duration.ofHours(hours));
    }

    private ShipmentId shipment() {
        Order order = anOrder().confirmed();
        ShipmentId id = pack(order, wholeOrderManifest(), T0.plusSeconds(60));
        orders.save(List.of(order));
        return id;
    }
}
