package io.waybill.application.service;

import static io.waybill.application.fakes.OrderTestData.T0;
import static io.waybill.application.fakes.OrderTestData.anOrder;
import static io.waybill.application.fakes.OrderTestData.pack;
import static io.waybill.application.fakes.OrderTestData.scan;
import static io.waybill.application.fakes.OrderTestData.tracking;
import static io.waybill.application.fakes.OrderTestData.wholeOrderManifest;
import static org.assertj.core.api.Assertions.assertThat;

import io.waybill.application.fakes.InDefaultTenant;
import io.waybill.application.fakes.InMemoryDeviceReadings;
import io.waybill.application.fakes.InMemoryDevices;
import io.waybill.application.fakes.InMemoryGeofences;
import io.waybill.application.fakes.InMemoryOrders;
import io.waybill.application.fakes.MutableClock;
import io.waybill.application.fakes.RecordingCarriers;
import io.waybill.application.fakes.RecordingNotifications;
import io.waybill.application.shared.TenantScope;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.PackingManifest;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.order.ShipmentStatus;
import io.waybill.domain.telemetry.DerivedMilestones;
import io.waybill.domain.telemetry.DeviceId;
import io.waybill.domain.telemetry.DeviceKind;
import io.waybill.domain.telemetry.Geofence;
import io.waybill.domain.telemetry.GeofenceId;
import io.waybill.domain.telemetry.Reading;
import io.waybill.domain.tenant.TenantId;
import io.waybill.domain.tracking.EventKey;
import io.waybill.domain.tracking.EventSource;
import io.waybill.domain.tracking.GeoPoint;
import io.waybill.domain.tracking.Location;
import io.waybill.domain.tracking.Milestone;
import io.waybill.domain.tracking.SourceType;
import io.waybill.domain.tracking.TrackingEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MilestoneSweepTest implements InDefaultTenant {

    private static final GeoPoint HEATHROW = new GeoPoint(51.4700, -0.4543);
    private static final GeoPoint LONDON_DEPOT = new GeoPoint(51.5072, -0.1276);
    private static final Instant START = T0.plus(Duration.ofHours(3));

    private final MutableClock clock = new MutableClock(T0.plus(Duration.ofDays(1)));
    private final InMemoryOrders orders = new InMemoryOrders();
    private final InMemoryDevices devices = new InMemoryDevices();
    private final InMemoryDeviceReadings readings = new InMemoryDeviceReadings(Duration.ofDays(90));
    private final InMemoryGeofences geofences = new InMemoryGeofences();
    private final RecentPositions recent = new RecentPositions();
    private final DeviceService deviceService = new DeviceService(devices, readings, orders, clock, recent);
    private final EventIngestionService ingestion = new EventIngestionService(orders, orders, new RecordingCarriers(),
            new RecordingNotifications());
    private final MilestoneSweep sweep = new MilestoneSweep(recent, geofences, devices, readings, orders, ingestion, clock);
    private final DeviceId van = new DeviceId("VAN-" + UUID.randomUUID().toString().substring(0, 8));

    /** A shipment handed over at T0 + 1 h, its van's tracker bound from T0 + 2 h; the fences of the default tenant. */
    private ShipmentId aShipmentWithItsVan() {
        geofences.save(new Geofence(new GeofenceId("hub-heathrow"), "Heathrow hub", HEATHROW, 800, "LHR", null, "GB"));
        geofences.save(new Geofence(new GeofenceId("depot-london"), "London depot", LONDON_DEPOT, 2_000, null, "London", "GB"));
        Order order = anOrder().confirmed(); // delivered to London, GB
        PackingManifest manifest = wholeOrderManifest();
        ShipmentId shipment = pack(order, manifest, T0.plusSeconds(60));
        scan(order, shipment, Milestone.HANDED_OVER, T0.plus(Duration.ofHours(1)));
        orders.save(List.of(order));
        deviceService.register(van, DeviceKind.GPS_TRACKER, "Van 7");
        deviceService.bind(van, shipment, T0.plus(Duration.ofHours(2)), null);
        return shipment;
    }

    /** 10 min on the road, 30 min at Heathrow, 10 min on the road, 10 min at the London depot: a ping every 30 s. */
    private static List<Reading> theJourney() {
        List<Reading> r = new ArrayList<>();
        add(r, 20, new GeoPoint(51.40, -0.60));
        add(r, 60, HEATHROW);
        add(r, 20, new GeoPoint(51.49, -0.30));
        add(r, 20, LONDON_DEPOT);
        return r;
    }

    private static void add(List<Reading> r, int count, GeoPoint where) {
        for (int i = 0; i < count; i++) {
            r.add(Reading.at(START.plusSeconds(30L * r.size()), where));
        }
    }

    private List<TrackingEvent> derivedSteps(ShipmentId shipment) {
        return orders.byShipment(shipment).orElseThrow().timeline().stream().map(i -> i.entry().event()).filter(TrackingEvent::derived)
                .toList();
    }

    @Test
    void aVanThroughAHubToTheDestinationGivesDerivedStepsThatSetNoStatus() {
        ShipmentId shipment = aShipmentWithItsVan();
        deviceService.record(van, theJourney());

        assertThat(sweep.derive()).isEqualTo(3);

        List<TrackingEvent> steps = derivedSteps(shipment);
        assertThat(steps).extracting(TrackingEvent::rawCode).containsExactly(DerivedMilestones.ARRIVAL, DerivedMilestones.DEPARTURE,
                DerivedMilestones.ARRIVAL_AT_DESTINATION);
        assertThat(steps).extracting(e -> e.location().facility()).containsExactly("Heathrow hub", "Heathrow hub", "London depot");
        assertThat(steps).allSatisfy(e -> assertThat(e.key().source().type()).isEqualTo(SourceType.DEVICE));
        assertThat(steps.getFirst().occurredInstant()).isEqualTo(START.plusSeconds(30L * 20));
        Order order = orders.byShipment(shipment).orElseThrow();
        assertThat(order.shipments().getFirst().status()).isEqualTo(ShipmentStatus.SHIPPED); // only scans set it
        assertThat(sweep.derive()).isZero(); // nothing new since
    }

    @Test
    void positionsSentOutOfOrderAndTwiceGiveEachStepOnce() {
        ShipmentId shipment = aShipmentWithItsVan();
        List<Reading> journey = theJourney();
        deviceService.record(van, journey.subList(50, journey.size())); // the second half first
        sweep.derive();
        deviceService.record(van, journey.subList(0, 50));
        sweep.derive();
        deviceService.record(van, journey); // all again

        assertThat(sweep.derive()).isZero();
        assertThat(derivedSteps(shipment)).extracting(TrackingEvent::rawCode).containsExactly(DerivedMilestones.ARRIVAL,
                DerivedMilestones.DEPARTURE, DerivedMilestones.ARRIVAL_AT_DESTINATION);
    }

    @Test
    void theCarriersOwnScanAtTheHubComesFirst() {
        ShipmentId shipment = aShipmentWithItsVan();
        Order order = orders.byShipment(shipment).orElseThrow();
        var number = order.shipments().getFirst().carrierTrackingNumber();
        TrackingEvent arrived = new TrackingEvent(new EventKey(new EventSource(SourceType.CARRIER, "ups"), "arr-lhr"),
                Milestone.IN_TRANSIT, "AR", "Arrived at facility", null, START.plusSeconds(700).atOffset(ZoneOffset.UTC), START,
                new Location("LHR", "London", "GB", null), null);
        ingestion.recordTracking(List.of(tracking(order.shipments().getFirst().carrier(), number, arrived)));
        deviceService.record(van, theJourney());

        sweep.derive();

        assertThat(derivedSteps(shipment)).extracting(TrackingEvent::rawCode).containsExactly(DerivedMilestones.DEPARTURE,
                DerivedMilestones.ARRIVAL_AT_DESTINATION);
    }

    @Test
    void aTenantWithoutFencesGetsNoStepsAndAnotherTenantsFencesAreNotItsOwn() {
        ShipmentId shipment = aShipmentWithItsVan();
        geofences.delete(new GeofenceId("hub-heathrow"));
        geofences.delete(new GeofenceId("depot-london"));
        TenantScope.run(new TenantId("other-shipper"), () -> geofences.save(new Geofence(new GeofenceId("hub-heathrow"), "Theirs",
                HEATHROW, 800, null, null, null)));
        deviceService.record(van, theJourney());

        assertThat(sweep.derive()).isZero();
        assertThat(derivedSteps(shipment)).isEmpty();
    }
}
