package io.waybill.application.service;

import static io.waybill.application.fakes.OrderTestData.T0;
import static io.waybill.application.fakes.OrderTestData.UPS;
import static io.waybill.application.fakes.OrderTestData.anOrder;
import static io.waybill.application.fakes.OrderTestData.line;
import static io.waybill.application.fakes.OrderTestData.manifest;
import static io.waybill.application.fakes.OrderTestData.pack;
import static io.waybill.application.fakes.OrderTestData.scan;
import static io.waybill.application.fakes.OrderTestData.uniqueCarrierTrackingNumber;
import static io.waybill.application.fakes.OrderTestData.wholeOrderManifest;
import static org.assertj.core.api.Assertions.assertThat;

import io.waybill.application.fakes.InMemoryDeviceReadings;
import io.waybill.application.fakes.InMemoryDevices;
import io.waybill.application.fakes.InMemoryOrders;
import io.waybill.application.fakes.InMemoryShipmentPositions;
import io.waybill.application.fakes.InMemoryShipmentPredictions;
import io.waybill.application.port.in.TrackOrder.Approximate;
import io.waybill.application.port.in.TrackOrder.ShipmentView;
import io.waybill.application.port.in.TrackOrder.View;
import io.waybill.application.port.out.ShipmentPositions;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.order.ShipmentStatus;
import io.waybill.domain.telemetry.Binding;
import io.waybill.domain.telemetry.Device;
import io.waybill.domain.telemetry.DeviceId;
import io.waybill.domain.telemetry.DeviceKind;
import io.waybill.domain.telemetry.Reading;
import io.waybill.domain.tenant.TenantId;
import io.waybill.domain.tracking.GeoPoint;
import io.waybill.domain.tracking.Milestone;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The public view's position of a shipment's device: its town's area, before the delivery round only. */
class PublicPositionsTest {

    private static final Duration HOUR = Duration.ofHours(1);
    private static final GeoPoint A7_NEAR_KASSEL = new GeoPoint(51.283411, 9.541287);
    private static final DeviceId TRACKER = new DeviceId("IMEI-356938035643809");

    private final InMemoryOrders orders = new InMemoryOrders();
    private final InMemoryDevices devices = new InMemoryDevices();
    private final InMemoryDeviceReadings readings = new InMemoryDeviceReadings(Duration.ofDays(90));
    private final InMemoryShipmentPositions stored = new InMemoryShipmentPositions(devices, readings);
    private final AtomicInteger looks = new AtomicInteger();
    private final List<List<ShipmentId>> asked = new ArrayList<>();
    private final ShipmentPositions counted = shipments -> {
        looks.incrementAndGet();
        asked.add(List.copyOf(shipments));
        return stored.latest(shipments);
    };
    private final OrderQueries queries = new OrderQueries(orders, new InMemoryShipmentPredictions(), counted);

    @Test
    void inTransitTheDevicesLastPositionIsShownAtItsAreaToTheMinuteWithoutTheDevice() {
        Order order = handedOverWithATracker();
        report(T0.plus(HOUR.multipliedBy(3)).plusSeconds(47), A7_NEAR_KASSEL);

        View view = track(order);

        assertThat(view.shipments().getFirst().position())
                .isEqualTo(new Approximate(new GeoPoint(51.3, 9.5), T0.plus(HOUR.multipliedBy(3))));
        assertThat(view.toString()).doesNotContain("51.283411", "9.541287", "51.28", "9.54", TRACKER.value(), ":47");
        assertThat(looks).as("one look for the view").hasValue(1);
    }

    @Test
    void aNewerPositionShowsWithoutTheOrderChanging() {
        Order order = handedOverWithATracker();
        report(T0.plus(HOUR.multipliedBy(3)), A7_NEAR_KASSEL);
        track(order);

        report(T0.plus(HOUR.multipliedBy(5)), new GeoPoint(52.37, 9.73));

        assertThat(track(order).shipments().getFirst().position().area()).isEqualTo(new GeoPoint(52.4, 9.7));
    }

    @Test
    void fromOutForDeliveryOnNothingIsShownNotEvenANewerPositionAndNothingIsLookedUp() {
        Order order = handedOverWithATracker();
        report(T0.plus(HOUR.multipliedBy(3)), A7_NEAR_KASSEL);
        Order out = record(order, Milestone.OUT_FOR_DELIVERY, 20);
        report(T0.plus(HOUR.multipliedBy(21)), new GeoPoint(51.5, -0.12));

        assertThat(track(out).shipments().getFirst().position()).isNull();
        Order delivered = record(out, Milestone.DELIVERED, 22);
        assertThat(track(delivered).shipments().getFirst().position()).isNull();
        assertThat(looks).as("a shipment in or past its round costs no look").hasValue(0);
    }

    @Test
    void heldBeforeTheRoundIsShownButHeldAfterAnAttemptIsNot() {
        Order order = handedOverWithATracker();
        report(T0.plus(HOUR.multipliedBy(3)), A7_NEAR_KASSEL);
        Order held = record(order, Milestone.HELD, 4);
        assertThat(track(held).shipments().getFirst()).extracting(ShipmentView::status).isEqualTo(ShipmentStatus.HELD);
        assertThat(track(held).shipments().getFirst().position()).as("held at a hub or in customs").isNotNull();

        Order heldAgain = record(record(held, Milestone.OUT_FOR_DELIVERY, 20), Milestone.HELD, 23);

        assertThat(track(heldAgain).shipments().getFirst().status()).isEqualTo(ShipmentStatus.HELD);
        assertThat(track(heldAgain).shipments().getFirst().position()).as("the van may still have it").isNull();
    }

    @Test
    void onlyTheStatusesBeforeTheDeliveryRoundMayShowAPosition() {
        assertThat(EnumSet.allOf(ShipmentStatus.class).stream().filter(s -> PublicPlaces.locatable(s, false)))
                .containsExactlyInAnyOrder(ShipmentStatus.PACKED, ShipmentStatus.SHIPPED, ShipmentStatus.IN_TRANSIT,
                        ShipmentStatus.HELD);
        assertThat(EnumSet.allOf(ShipmentStatus.class).stream().filter(s -> PublicPlaces.locatable(s, true))).isEmpty();
    }

    @Test
    void onlyTheShipmentsBeforeTheirRoundAreAskedFor() {
        Order order = anOrder().placedAt(T0).confirmed();
        ShipmentId first = pack(order, manifest(UPS, uniqueCarrierTrackingNumber(), line("MUG-BLUE", 2)), T0.plus(HOUR));
        ShipmentId second = pack(order, manifest(UPS, uniqueCarrierTrackingNumber(), line("TEA-EARL", 1)), T0.plus(HOUR));
        scan(order, first, Milestone.HANDED_OVER, T0.plus(HOUR.multipliedBy(2)));
        scan(order, second, Milestone.OUT_FOR_DELIVERY, T0.plus(HOUR.multipliedBy(2)));
        orders.save(List.of(order));

        track(order);

        assertThat(asked).containsExactly(List.of(first));
    }

    private Order handedOverWithATracker() {
        Order order = anOrder().placedAt(T0).confirmed();
        ShipmentId shipment = pack(order, wholeOrderManifest(), T0.plus(HOUR));
        scan(order, shipment, Milestone.HANDED_OVER, T0.plus(HOUR.multipliedBy(2)));
        orders.save(List.of(order));
        devices.save(new Device(TRACKER, TenantId.DEFAULT, DeviceKind.GPS_TRACKER, "Van 7", T0));
        devices.bind(new Binding(UUID.randomUUID(), TRACKER, shipment, T0.plus(HOUR), null));
        return order;
    }

    private Order record(Order order, Milestone milestone, int hours) {
        Order current = orders.byId(order.getId()).orElseThrow();
        scan(current, current.shipments().getFirst().getId(), milestone, T0.plus(HOUR.multipliedBy(hours)));
        orders.save(List.of(current));
        return current;
    }

    private void report(Instant at, GeoPoint where) {
        readings.append(TRACKER, List.of(Reading.at(at, where)), at);
    }

    private View track(Order order) {
        return queries.track(order.trackingId().orElseThrow()).orElseThrow();
    }
}
