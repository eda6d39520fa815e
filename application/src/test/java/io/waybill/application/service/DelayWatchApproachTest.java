package io.waybill.application.service;

import static io.waybill.application.fakes.OrderTestData.T0;
import static io.waybill.application.fakes.OrderTestData.anOrder;
import static io.waybill.application.fakes.OrderTestData.pack;
import static io.waybill.application.fakes.OrderTestData.scan;
import static io.waybill.application.fakes.OrderTestData.wholeOrderManifest;
import static io.waybill.application.service.DelayWatchRig.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.waybill.application.fakes.InDefaultTenant;
import io.waybill.application.shared.ShipmentPrediction;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.telemetry.Binding;
import io.waybill.domain.telemetry.Device;
import io.waybill.domain.telemetry.DeviceId;
import io.waybill.domain.telemetry.DeviceKind;
import io.waybill.domain.telemetry.Geofence;
import io.waybill.domain.telemetry.GeofenceId;
import io.waybill.domain.telemetry.Reading;
import io.waybill.domain.tenant.TenantId;
import io.waybill.domain.tracking.GeoPoint;
import io.waybill.domain.tracking.Milestone;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The live watch takes the ETA near the destination from the shipment's tracker, at the tenant's fence in the delivery town. */
class DelayWatchApproachTest implements InDefaultTenant {

    /** The depot serving London (the test address's town); 0.18° south of it is 20.015 km. */
    private static final GeoPoint DEPOT = new GeoPoint(51.538171, -0.011417);
    private static final DeviceId TRACKER = new DeviceId("IMEI-490154203237518");

    private final DelayWatchRig rig = new DelayWatchRig();

    @Test
    void aTrackerTwentyKilometresOutAtFortyGivesHalfAnHourFromItsLastFix() {
        ShipmentId shipment = inTransitWithATracker();
        Instant fix = rig.clock.instant().minus(Duration.ofMinutes(5));
        report(fix, new GeoPoint(DEPOT.latitude() - 0.18, DEPOT.longitude()), 40.0);

        ShipmentPrediction p = predicted(shipment);

        assertThat(p.p50()).isEqualTo(fix.plusSeconds(1_801));
        assertThat(p.p90()).isEqualTo(fix.plusSeconds(2_702));
        assertThat(p.basis()).isEqualTo("20 km from Depot London East at 40 km/h (device positions)");
        assertThat(p.riskLevel()).as("due long before the promise").isEqualTo("NONE");
    }

    @Test
    void fartherThanFiftyKilometresOrWithoutAFenceInTheTownTheLaneDecides() {
        ShipmentId shipment = inTransitWithATracker();
        report(rig.clock.instant().minus(Duration.ofMinutes(5)), new GeoPoint(DEPOT.latitude() - 0.6, DEPOT.longitude()), 80.0);
        assertThat(predicted(shipment).basis()).as("66.7 km away").doesNotContain("device positions");

        rig.geofences.save(new Geofence(new GeofenceId("depot-lon-e"), "Depot London East", DEPOT, 2_000, null, "Leeds", "GB"));
        report(rig.clock.instant().minus(Duration.ofMinutes(1)), new GeoPoint(DEPOT.latitude() - 0.1, DEPOT.longitude()), 40.0);
        assertThat(predicted(shipment).basis()).as("the depot serves another town now").doesNotContain("device positions");
    }

    @Test
    void outForDeliveryTheTrackerDrivesARoundAndTheLaneDecides() {
        ShipmentId shipment = inTransitWithATracker();
        report(rig.clock.instant().minus(Duration.ofMinutes(5)), new GeoPoint(DEPOT.latitude() - 0.18, DEPOT.longitude()), 40.0);
        Order order = rig.orders.byShipment(shipment).orElseThrow();
        scan(order, shipment, Milestone.OUT_FOR_DELIVERY, rig.clock.instant().minus(Duration.ofMinutes(2)));
        rig.orders.save(List.of(order));

        assertThat(predicted(shipment).basis()).doesNotContain("device positions");
    }

    private ShipmentId inTransitWithATracker() {
        Order order = anOrder().placedAt(T0).confirmed();
        ShipmentId shipment = pack(order, wholeOrderManifest(), at(1));
        scan(order, shipment, Milestone.HANDED_OVER, at(2));
        scan(order, shipment, Milestone.IN_TRANSIT, at(10));
        rig.orders.save(List.of(order));
        rig.geofences.save(new Geofence(new GeofenceId("depot-lon-e"), "Depot London East", DEPOT, 2_000, "GBLON", "London", "GB"));
        rig.devices.save(new Device(TRACKER, TenantId.DEFAULT, DeviceKind.GPS_TRACKER, "Van 12", at(1)));
        rig.devices.bind(new Binding(UUID.randomUUID(), TRACKER, shipment, at(2), null));
        return shipment;
    }

    private void report(Instant at, GeoPoint where, Double speedKmh) {
        rig.readings.append(TRACKER, List.of(new Reading(at, where, speedKmh, null, null, null, null, null, null, null, null)), at);
    }

    private ShipmentPrediction predicted(ShipmentId shipment) {
        rig.watch.changed(List.of(rig.orders.byShipment(shipment).orElseThrow()));
        return rig.predictions.of(shipment).orElseThrow();
    }
}
