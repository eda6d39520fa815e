package io.waybill.adapters.persistence.devices;

import static io.waybill.application.fakes.OrderTestData.anOrder;
import static io.waybill.application.fakes.OrderTestData.pack;
import static io.waybill.application.fakes.OrderTestData.scan;
import static io.waybill.application.fakes.OrderTestData.wholeOrderManifest;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.waybill.adapters.persistence.orders.JpaOrders;
import io.waybill.adapters.persistence.testing.PostgresTestResource;
import io.waybill.application.fakes.InDefaultTenant;
import io.waybill.application.fakes.RecordingCarriers;
import io.waybill.application.fakes.RecordingNotifications;
import io.waybill.application.service.DeviceService;
import io.waybill.application.service.EventIngestionService;
import io.waybill.application.service.MilestoneSweep;
import io.waybill.application.service.RecentPositions;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.order.ShipmentStatus;
import io.waybill.domain.order.TimelineItem;
import io.waybill.domain.telemetry.DerivedMilestones;
import io.waybill.domain.telemetry.DeviceId;
import io.waybill.domain.telemetry.DeviceKind;
import io.waybill.domain.telemetry.Geofence;
import io.waybill.domain.telemetry.GeofenceId;
import io.waybill.domain.telemetry.Reading;
import io.waybill.domain.tracking.GeoPoint;
import io.waybill.domain.tracking.Milestone;
import io.waybill.domain.tracking.TrackingEvent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The milestone sweep on the real stores: positions through the readings path into the partitioned table, the fences
 * and bindings behind the tenant wall, the derived steps through ingestion into the order's timeline, stored once.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class JdbcMilestoneSweepTest implements InDefaultTenant {

    @Inject
    JdbcGeofences geofences;
    @Inject
    JdbcDevices devices;
    @Inject
    JdbcDeviceReadings readings;
    @Inject
    JpaOrders orders;

    @Test
    void aVanCrossingAHubsFenceGetsDerivedStepsOnceOnTheStoredTimeline() {
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(2));
        GeoPoint hub = new GeoPoint(48.35 + Math.random() * 0.1, 11.78); // somewhere near Munich airport, none of the other tests' fences
        geofences.save(new Geofence(new GeofenceId("hub-" + UUID.randomUUID()), "Munich hub", hub, 600, "MUC", null, "DE"));
        Order order = anOrder().confirmed();
        ShipmentId shipment = pack(order, wholeOrderManifest(), start.minus(Duration.ofHours(3)));
        scan(order, shipment, Milestone.HANDED_OVER, start.minus(Duration.ofHours(2)));
        orders.save(List.of(order));
        RecentPositions recent = new RecentPositions();
        Clock clock = Clock.systemUTC();
        DeviceService deviceService = new DeviceService(devices, readings, orders, clock, recent);
        MilestoneSweep sweep = new MilestoneSweep(recent, geofences, devices, readings, orders,
                new EventIngestionService(orders, orders, new RecordingCarriers(), new RecordingNotifications()), clock);
        DeviceId van = new DeviceId("VAN-" + UUID.randomUUID());
        deviceService.register(van, DeviceKind.GPS_TRACKER, null);
        deviceService.bind(van, shipment, start.minus(Duration.ofHours(1)), null);
        List<Reading> journey = new ArrayList<>();
        for (int i = 0; i < 60; i++) { // 10 min away, 10 min in the hub, 10 min away
            GeoPoint where = i >= 20 && i < 40 ? hub : new GeoPoint(hub.latitude() + 0.1, hub.longitude());
            journey.add(Reading.at(start.plusSeconds(30L * i), where));
        }

        deviceService.record(van, journey);
        assertThat(sweep.derive()).isEqualTo(2);
        deviceService.record(van, journey.reversed());
        assertThat(sweep.derive()).isZero();

        Order stored = orders.byShipment(shipment).orElseThrow();
        List<TrackingEvent> derived = stored.timeline().stream().map(TimelineItem::entry).map(e -> e.event())
                .filter(TrackingEvent::derived).toList();
        assertThat(derived).extracting(TrackingEvent::rawCode).containsExactly(DerivedMilestones.ARRIVAL, DerivedMilestones.DEPARTURE);
        assertThat(derived.getFirst().occurredInstant()).isEqualTo(start.plusSeconds(30L * 20));
        assertThat(derived.getFirst().location().facility()).isEqualTo("Munich hub");
        assertThat(stored.shipments().getFirst().status()).isEqualTo(ShipmentStatus.SHIPPED);
    }
}
