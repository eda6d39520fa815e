package io.waybill.bootstrap.demo;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.waybill.application.port.in.CaptureEpcis;
import io.waybill.application.port.in.GetOrder;
import io.waybill.application.port.in.ManageDevices;
import io.waybill.application.port.in.RecordReadings;
import io.waybill.application.port.in.SearchOrders;
import io.waybill.application.port.in.WatchConditions;
import io.waybill.application.shared.OrderSearch;
import io.waybill.application.shared.TenantScope;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.OrderStatus;
import io.waybill.domain.order.Shipment;
import io.waybill.domain.order.ShipmentStatus;
import io.waybill.domain.order.TimelineItem;
import io.waybill.domain.telemetry.ConditionProfile;
import io.waybill.domain.telemetry.DeviceId;
import io.waybill.domain.telemetry.DeviceKind;
import io.waybill.domain.telemetry.Reading;
import io.waybill.domain.tenant.TenantId;
import io.waybill.domain.tracking.GeoPoint;
import io.waybill.domain.tracking.TrackingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Devices for the demo: the simulated carrier's vans carry GPS trackers, and a dock-door reader reports each parcel as
 * it leaves. Every 15 s each demo shipment under way gets a position near its latest checkpoint from the tracker of
 * its van (bound when first seen), and the reader's EPCIS event ({@code departing}) becomes a step of its timeline.
 * The first shipment seen is a refrigerated one: its data logger uploads the last two hours at once, with 40 minutes
 * above 8 °C, so its chilled profile is breached and an item waits in the exceptions queue.
 */
@ApplicationScoped
class DemoDevices {

    private static final Logger LOG = Logger.getLogger(DemoDevices.class);
    private static final String DOCK_DOOR = "urn:epc:id:sgln:4012345.00001.0";
    private static final int VANS = 6;

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "demo-devices");
        t.setDaemon(true);
        return t;
    });
    private final Set<String> bound = ConcurrentHashMap.newKeySet();
    private final Random random = new Random(7);
    private final SearchOrders search;
    private final GetOrder orders;
    private final ManageDevices devices;
    private final RecordReadings readings;
    private final WatchConditions conditions;
    private final CaptureEpcis epcis;
    private final Clock clock;
    private volatile boolean refrigerated;

    DemoDevices(SearchOrders search, GetOrder orders, ManageDevices devices, RecordReadings readings, WatchConditions conditions,
            CaptureEpcis epcis, Clock clock) {
        this.search = search;
        this.orders = orders;
        this.devices = devices;
        this.readings = readings;
        this.conditions = conditions;
        this.epcis = epcis;
        this.clock = clock;
    }

    void start(@Observes StartupEvent event, @ConfigProperty(name = "waybill.demo.enabled") boolean enabled) {
        if (enabled) {
            scheduler.scheduleWithFixedDelay(() -> TenantScope.run(TenantId.DEFAULT, this::tick), 20, 15, TimeUnit.SECONDS);
        }
    }

    void stop(@Observes ShutdownEvent event) {
        scheduler.shutdownNow();
    }

    private void tick() {
        try {
            OrderSearch.Page page = search.search(new OrderSearch.Query(Set.of(OrderStatus.SHIPPED, OrderStatus.IN_TRANSIT,
                    OrderStatus.OUT_FOR_DELIVERY), null, null, null, 0, VANS));
            for (OrderSearch.Summary summary : page.items()) {
                orders.get(summary.id()).ifPresent(this::report);
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "demo devices: a round failed");
        }
    }

    private void report(Order order) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        for (Shipment s : order.shipments()) {
            if (s.status() == ShipmentStatus.DELIVERED || s.status() == ShipmentStatus.PACKED) {
                continue;
            }
            DeviceId van = new DeviceId("SIM-VAN-" + s.getId().toString().substring(0, 8));
            if (bound.add(van.value())) {
                devices.register(van, DeviceKind.GPS_TRACKER, "Van of " + s.carrierTrackingNumber().value());
                devices.bind(van, s.getId(), now.minus(Duration.ofHours(3)), null);
                leavesTheDock(s, now);
                if (!refrigerated) {
                    refrigerated = true;
                    logger(s, now);
                }
            }
            GeoPoint near = latestPosition(order, s);
            if (near != null) {
                GeoPoint at = new GeoPoint(clamp(near.latitude() + random.nextDouble(-0.03, 0.03), 90),
                        clamp(near.longitude() + random.nextDouble(-0.05, 0.05), 180));
                readings.record(van, List.of(new Reading(now, at, 30 + random.nextDouble(40), random.nextDouble(360), null, 8.0,
                        null, null, null, null, 60 + random.nextDouble(40))));
            }
        }
    }

    /** The dock-door reader's EPCIS event: the shipment's parcels leave through door 1. */
    private void leavesTheDock(Shipment s, Instant now) {
        List<String> codes = new ArrayList<>();
        // a parcel by its RFID EPC, else its SSCC label (AI 00) as a GS1 Digital Link
        s.manifest().parcels().forEach(p -> codes.add("\"" + (p.epc() != null ? p.epc()
                : "https://id.gs1.org/00/" + p.barcode().substring(2)) + "\""));
        String document = """
                {"@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"], "type": "EPCISDocument",
                 "schemaVersion": "2.0", "creationDate": "%s", "epcisBody": {"eventList": [{"type": "ObjectEvent",
                 "eventTime": "%s", "eventTimeZoneOffset": "+01:00", "epcList": [%s], "action": "OBSERVE",
                 "bizStep": "departing", "disposition": "in_transit", "readPoint": {"id": "%s"}}]}}"""
                .formatted(now, now.minus(Duration.ofMinutes(1)), String.join(",", codes), DOCK_DOOR);
        epcis.capture(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)), true);
    }

    /** A chilled shipment whose logger uploads two hours at once: 5 °C, but 40 minutes at 10.5 °C an hour ago. */
    private void logger(Shipment s, Instant now) {
        DeviceId logger = new DeviceId("SIM-LOGGER-" + s.getId().toString().substring(0, 8));
        devices.register(logger, DeviceKind.DATA_LOGGER, "Reefer box of " + s.carrierTrackingNumber().value());
        devices.bind(logger, s.getId(), now.minus(Duration.ofHours(3)), null);
        conditions.setProfile(s.getId(), ConditionProfile.chilled());
        List<Reading> upload = new ArrayList<>();
        for (int minute = 120; minute >= 0; minute -= 5) {
            double t = minute <= 80 && minute > 40 ? 10.5 : 5.0 + random.nextDouble(0.8);
            upload.add(new Reading(now.minus(Duration.ofMinutes(minute)), null, null, null, null, null, t, 55.0, null, 0.0, 90.0));
        }
        readings.record(logger, upload);
        LOG.infof("Demo: shipment %s is chilled (2-8 °C); its logger reported 40 min at 10.5 °C: see /console/exceptions",
                s.carrierTrackingNumber().value());
    }

    private static GeoPoint latestPosition(Order order, Shipment s) {
        GeoPoint found = null;
        Instant at = null;
        for (TimelineItem item : order.timeline()) {
            TrackingEvent e = item.entry().event();
            if (s.getId().equals(item.entry().shipment()) && e.location() != null && e.location().position() != null
                    && (at == null || e.occurredAt().toInstant().isAfter(at))) {
                found = e.location().position();
                at = e.occurredAt().toInstant();
            }
        }
        return found;
    }

    private static double clamp(double value, double limit) {
        return Math.max(-limit, Math.min(limit, value));
    }
}
