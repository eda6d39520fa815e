package io.waybill.application.service;

import io.waybill.application.shared.OrderSearch;
import static io.waybill.application.fakes.OrderTestData.CUSTOMER_EMAIL;
import static io.waybill.application.fakes.OrderTestData.CUSTOMER_NAME;
import static io.waybill.application.fakes.OrderTestData.CUSTOMER_PHONE;
import static io.waybill.application.fakes.OrderTestData.DOORSTEP;
import static io.waybill.application.fakes.OrderTestData.PHOTO_REF;
import static io.waybill.application.fakes.OrderTestData.RECEIVER_NAME;
import static io.waybill.application.fakes.OrderTestData.SIGNATURE_REF;
import static io.waybill.application.fakes.OrderTestData.STREET;
import static io.waybill.application.fakes.OrderTestData.STREET_LINE2;
import static io.waybill.application.fakes.OrderTestData.T0;
import static io.waybill.application.fakes.OrderTestData.UPS;
import static io.waybill.application.fakes.OrderTestData.UPS_FEED;
import static io.waybill.application.fakes.OrderTestData.VAN;
import static io.waybill.application.fakes.OrderTestData.anOrder;
import static io.waybill.application.fakes.OrderTestData.address;
import static io.waybill.application.fakes.OrderTestData.line;
import static io.waybill.application.fakes.OrderTestData.manifest;
import static io.waybill.application.fakes.OrderTestData.pack;
import static io.waybill.application.fakes.OrderTestData.scan;
import static io.waybill.application.fakes.OrderTestData.uniqueCarrierTrackingNumber;
import static io.waybill.application.fakes.OrderTestData.wholeOrderManifest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.waybill.application.fakes.InMemoryDeviceReadings;
import io.waybill.application.fakes.InMemoryDevices;
import io.waybill.application.fakes.InMemoryOrders;
import io.waybill.application.fakes.InMemoryShipmentPositions;
import io.waybill.application.fakes.InMemoryShipmentPredictions;
import io.waybill.application.port.in.TrackOrder;
import io.waybill.application.port.in.TrackOrder.ShipmentView;
import io.waybill.application.port.in.TrackOrder.Step;
import io.waybill.application.port.in.TrackOrder.View;
import io.waybill.application.shared.ShipmentPrediction;
import io.waybill.domain.eta.DelayRisk;
import io.waybill.domain.order.CarrierTrackingNumber;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.OrderId;
import io.waybill.domain.order.OrderStatus;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.order.ShipmentStatus;
import io.waybill.domain.tracking.EventKey;
import io.waybill.domain.tracking.Location;
import io.waybill.domain.tracking.Milestone;
import io.waybill.domain.tracking.TrackingEvent;
import io.waybill.domain.tracking.TrackingId;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrderQueriesTest {

    private static final Duration HOUR = Duration.ofHours(1);

    private final InMemoryOrders orders = new InMemoryOrders();
    private final InMemoryShipmentPredictions predictions = new InMemoryShipmentPredictions();
    private final OrderQueries queries = new OrderQueries(orders, predictions,
            new InMemoryShipmentPositions(new InMemoryDevices(), new InMemoryDeviceReadings(Duration.ofDays(90))));

    @Test
    void thePublicViewCarriesNoPersonalData() {
        Order order = deliveredOrder();

        View view = queries.track(order.trackingId().orElseThrow()).orElseThrow();

        String everything = view.toString();
        assertThat(everything).doesNotContain(CUSTOMER_NAME, CUSTOMER_EMAIL, CUSTOMER_PHONE, STREET, STREET_LINE2,
                address().postalCode(), RECEIVER_NAME, SIGNATURE_REF, PHOTO_REF,
                String.valueOf(DOORSTEP.latitude()), String.valueOf(DOORSTEP.longitude()),
                String.valueOf(VAN.latitude()), String.valueOf(VAN.longitude()), order.getId().toString());
        assertThat(everything).as("the view itself is there").contains("DELIVERED", order.trackingId().orElseThrow().toString());
    }

    @Test
    void thePublicViewTellsWhereTheOrderIsWithoutSayingWho() {
        Order order = deliveredOrder();
        Instant deliveredAt = order.shipments().getFirst().deliveredAt();

        View view = queries.track(order.trackingId().orElseThrow()).orElseThrow();

        assertThat(view.trackingId()).isEqualTo(order.trackingId().orElseThrow());
        assertThat(view.status()).isEqualTo(OrderStatus.DELIVERED);
        assertThat(view.destinationCountry()).isEqualTo("GB");
        assertThat(view.promise()).isEqualTo(order.promise().orElseThrow());
        assertThat(view.deliveredAt()).isEqualTo(deliveredAt);
        Order stored = orders.byId(order.getId()).orElseThrow();
        assertThat(view.shipments()).containsExactly(new ShipmentView(1, UPS, stored.shipments().getFirst().carrierTrackingNumber(),
                ShipmentStatus.DELIVERED, 1, deliveredAt, new TrackOrder.Proof(true, true, true, true), null, null, null));
        assertThat(view.timeline()).extracting(Step::milestone).containsExactly(Milestone.PLACED, Milestone.CONFIRMED,
                Milestone.PACKED, Milestone.HANDED_OVER, Milestone.IN_TRANSIT, Milestone.DELIVERED);
        assertThat(view.timeline()).extracting(Step::description).containsExactly("Order placed",
                "Payment confirmed, tracking ID issued", "Packed", "Handed to the carrier", "In transit", "Delivered");
        Step delivered = view.timeline().getLast();
        assertThat(delivered).isEqualTo(new Step(Milestone.DELIVERED, "Delivered",
                stored.timeline().getLast().entry().event().occurredAt(), "London", "GB", 1));
        assertThat(view.timeline().getFirst().shipment()).as("order-level steps name no shipment").isNull();
    }

    @Test
    void carrierFreeTextNeverReachesThePublicViewOnlyVettedPlaceNames() {
        Order order = anOrder().placedAt(T0).confirmed();
        ShipmentId shipment = pack(order, wholeOrderManifest(), T0.plus(HOUR));
        String freeText = "Left with Jane Doe, 12 Analytical Way, +49 170 1234567";
        String markup = "<img src=x onerror=alert(1)>";
        order.record(new TrackingEvent(new EventKey(UPS_FEED, "free-text-1"), Milestone.IN_TRANSIT, "XX", freeText, freeText,
                T0.plus(HOUR.multipliedBy(3)).atOffset(ZoneOffset.UTC), T0.plus(HOUR.multipliedBy(3)),
                new Location(freeText, markup, "DE", VAN), null), shipment, null);
        order.record(new TrackingEvent(new EventKey(UPS_FEED, "free-text-2"), Milestone.IN_TRANSIT, "XX", "Arrived", null,
                T0.plus(HOUR.multipliedBy(4)).atOffset(ZoneOffset.UTC), T0.plus(HOUR.multipliedBy(4)),
                new Location("Jane Doe's porch", "Frankfurt am Main", "DE", null), null), shipment, null);
        orders.save(List.of(order));

        View view = queries.track(order.trackingId().orElseThrow()).orElseThrow();

        assertThat(view.toString()).doesNotContain("Jane", "Doe", "Analytical", "+49", "<img", "onerror", "alert", "porch",
                "Arrived");
        assertThat(view.timeline()).extracting(Step::description, Step::city, Step::countryCode).endsWith(
                tuple("In transit", null, "DE"), tuple("In transit", "Frankfurt am Main", "DE"));
    }

    @Test
    void numbersShipmentsInTheOrderTheyWerePacked() {
        Order order = anOrder().placedAt(T0).confirmed();
        CarrierTrackingNumber first = uniqueCarrierTrackingNumber();
        CarrierTrackingNumber second = uniqueCarrierTrackingNumber();
        pack(order, manifest(UPS, first, line("MUG-BLUE", 2)), T0.plus(HOUR));
        pack(order, manifest(UPS, second, line("TEA-EARL", 1)), T0.plus(HOUR.multipliedBy(2)));
        orders.save(List.of(order));

        View view = queries.track(order.trackingId().orElseThrow()).orElseThrow();

        assertThat(view.shipments()).extracting(ShipmentView::number, ShipmentView::carrierTrackingNumber)
                .containsExactly(tuple(1, first), tuple(2, second));
        assertThat(view.status()).isEqualTo(OrderStatus.PACKED);
        assertThat(view.deliveredAt()).isNull();
        assertThat(view.timeline()).extracting(Step::shipment).containsExactly(null, null, 1, 2);
    }

    @Test
    void anUnknownTrackingIdShowsNothing() {
        orders.save(List.of(anOrder().confirmed()));

        assertThat(queries.track(TrackingId.generate())).isEmpty();
    }

    @Test
    void theFullViewIsTheStoredOrder() {
        Order order = anOrder().confirmed();
        orders.save(List.of(order));

        assertThat(queries.get(order.getId())).hasValueSatisfying(o -> {
            assertThat(o.customer().name()).isEqualTo(CUSTOMER_NAME);
            assertThat(o.trackingId()).isEqualTo(order.trackingId());
        });
        assertThat(queries.get(OrderId.random())).isEmpty();
    }

    @Test
    void searchesTheStore() {
        Order placed = anOrder().placedAt(T0).placed();
        Order confirmed = anOrder().placedAt(T0.plusSeconds(60)).confirmed();
        orders.save(List.of(placed, confirmed));

        OrderSearch.Page page = queries.search(new OrderSearch.Query(Set.of(OrderStatus.CONFIRMED), null, null, null, 0, 20));

        assertThat(page.items()).extracting(OrderSearch.Summary::id).containsExactly(confirmed.getId());
        assertThat(page.total()).isEqualTo(1);
    }

    /** Confirmed, packed whole, handed over, scanned in a van, delivered at the doorstep with full proof. */
    @Test
    void thePublicViewFollowsEveryStoredChange() {
        Order order = anOrder().placedAt(T0).confirmed();
        ShipmentId shipment = pack(order, wholeOrderManifest(), T0.plus(HOUR));
        orders.save(List.of(order));
        TrackingId trackingId = order.trackingId().orElseThrow();
        assertThat(queries.track(trackingId).orElseThrow().status()).isEqualTo(OrderStatus.PACKED);
        assertThat(queries.track(trackingId).orElseThrow().status()).as("served again, unchanged").isEqualTo(OrderStatus.PACKED);

        Order reloaded = orders.byId(order.getId()).orElseThrow();
        scan(reloaded, shipment, Milestone.HANDED_OVER, T0.plus(HOUR.multipliedBy(2)));
        orders.save(List.of(reloaded));

        assertThat(queries.track(trackingId).orElseThrow().status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(queries.track(trackingId).orElseThrow().timeline()).hasSize(4);
    }

    @Test
    void thePublicViewCarriesEachShipmentsEstimateAndRiskLevelButNotTheReasons() {
        Order order = anOrder().placedAt(T0).confirmed();
        ShipmentId predicted = pack(order, manifest(UPS, uniqueCarrierTrackingNumber(), line("MUG-BLUE", 2)), T0.plus(HOUR));
        pack(order, manifest(UPS, uniqueCarrierTrackingNumber(), line("TEA-EARL", 1)), T0.plus(HOUR).plusSeconds(60));
        scan(order, predicted, Milestone.HANDED_OVER, T0.plus(HOUR.multipliedBy(2)));
        orders.save(List.of(order));
        TrackingId trackingId = order.trackingId().orElseThrow();
        assertThat(queries.track(trackingId).orElseThrow().shipments()).extracting(ShipmentView::expectedBy,
                ShipmentView::latestExpected, ShipmentView::delayRisk).containsOnly(tuple(null, null, null));

        Instant p50 = T0.plus(Duration.ofDays(2));
        Instant p90 = T0.plus(Duration.ofDays(4));
        String reason = "no scan for 50 h since the Springfield depot; at this stage the carrier usually scans within 48 h";
        predictions.save(List.of(new ShipmentPrediction(predicted.value(), order.getId().value(), order.orderNumber(), "ups", "1Z",
                "SHIPPED", p50, p90, "a static transit time of 2 days", "MEDIUM", List.of(reason), T0, 70L, T0.plus(Duration.ofDays(3)),
                T0.plus(HOUR.multipliedBy(3)), "standard")));

        View view = queries.track(trackingId).orElseThrow();

        assertThat(view.shipments()).extracting(ShipmentView::number, ShipmentView::expectedBy, ShipmentView::latestExpected,
                ShipmentView::delayRisk).containsExactly(tuple(1, p50, p90, DelayRisk.Level.MEDIUM), tuple(2, null, null, null));
        assertThat(view.toString()).as("no reasons, no basis").doesNotContain("Springfield", "no scan", "static transit");
        assertThat(view.status()).as("the rest of the view as before").isEqualTo(OrderStatus.PARTIALLY_SHIPPED);
    }

    private Order deliveredOrder() {
        Order order = anOrder().placedAt(T0).confirmed();
        ShipmentId shipment = pack(order, wholeOrderManifest(), T0.plus(HOUR));
        scan(order, shipment, Milestone.HANDED_OVER, T0.plus(HOUR.multipliedBy(2)));
        scan(order, shipment, Milestone.IN_TRANSIT, T0.plus(HOUR.multipliedBy(10)));
        scan(order, shipment, Milestone.DELIVERED, T0.plus(HOUR.multipliedBy(30)));
        orders.save(List.of(order));
        return order;
    }
}
