package io.waybill.application.service;

import static io.waybill.application.fakes.OrderTestData.DOORSTEP;
import static io.waybill.application.fakes.OrderTestData.T0;
import static io.waybill.application.fakes.OrderTestData.UPS_FEED;
import static io.waybill.application.fakes.OrderTestData.anOrder;
import static io.waybill.application.fakes.OrderTestData.pack;
import static io.waybill.application.fakes.OrderTestData.proofOfDelivery;
import static io.waybill.application.fakes.OrderTestData.wholeOrderManifest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.waybill.application.fakes.InMemoryDeviceReadings;
import io.waybill.application.fakes.InMemoryDevices;
import io.waybill.application.fakes.InMemoryOrders;
import io.waybill.application.fakes.InMemoryShipmentPositions;
import io.waybill.application.fakes.InMemoryShipmentPredictions;
import io.waybill.application.port.in.TrackOrder.Destination;
import io.waybill.application.port.in.TrackOrder.Step;
import io.waybill.application.port.in.TrackOrder.View;
import io.waybill.application.shared.ShipmentPrediction;
import io.waybill.domain.order.DeliveryAddress;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.tracking.EventKey;
import io.waybill.domain.tracking.GeoPoint;
import io.waybill.domain.tracking.Location;
import io.waybill.domain.tracking.Milestone;
import io.waybill.domain.tracking.TrackingEvent;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The public view's places for the map: a town's area at most, never the door. */
class PublicPlacesTest {

    private static final Duration HOUR = Duration.ofHours(1);
    private static final GeoPoint HAMBURG_HUB = new GeoPoint(53.551086, 9.993682);
    private static final GeoPoint LONDON_DEPOT = new GeoPoint(51.538171, -0.011417);

    private final InMemoryOrders orders = new InMemoryOrders();
    private final InMemoryShipmentPredictions predictions = new InMemoryShipmentPredictions();
    private final OrderQueries queries = new OrderQueries(orders, predictions,
            new InMemoryShipmentPositions(new InMemoryDevices(), new InMemoryDeviceReadings(Duration.ofDays(90))));

    @Test
    void checkpointsAreRoundedToATenthOfADegreeAndTheDoorIsNeverShown() {
        Order order = routed();

        View view = queries.track(order.trackingId().orElseThrow()).orElseThrow();

        assertThat(view.timeline()).filteredOn(s -> s.shipment() != null)
                .extracting(Step::milestone, Step::city, Step::area).containsExactly(
                        tuple(Milestone.PACKED, "Berlin", null),
                        tuple(Milestone.HANDED_OVER, "Hamburg", new GeoPoint(53.6, 10.0)),
                        tuple(Milestone.IN_TRANSIT, null, null),
                        tuple(Milestone.OUT_FOR_DELIVERY, "London", new GeoPoint(51.5, 0.0)),
                        tuple(Milestone.DELIVERED, "London", null));
        assertThat(view.toString()).as("no exact coordinate, of the hub, the depot or the door")
                .doesNotContain("53.551086", "9.993682", "51.538171", "0.011417", String.valueOf(DOORSTEP.latitude()),
                        String.valueOf(DOORSTEP.longitude()), "51.7");
    }

    @Test
    void theDestinationIsTheAddressTownAtTheAreaOfACheckpointInIt() {
        Order order = routed();

        View view = queries.track(order.trackingId().orElseThrow()).orElseThrow();

        assertThat(view.destination()).isEqualTo(new Destination("London", "GB", new GeoPoint(51.5, 0.0)));
    }

    @Test
    void theDestinationStaysWhenTheEstimateIsAdded() {
        Order order = routed();
        ShipmentId shipment = order.shipments().getFirst().getId();
        predictions.save(List.of(new ShipmentPrediction(shipment.value(), order.getId().value(), order.orderNumber(), "ups", "1Z",
                "OUT_FOR_DELIVERY", T0.plus(Duration.ofDays(1)), T0.plus(Duration.ofDays(2)), "a static transit time of 2 days",
                "LOW", List.of(), T0, 20L, T0.plus(Duration.ofDays(3)), T0.plus(HOUR.multipliedBy(21)), "standard")));

        View view = queries.track(order.trackingId().orElseThrow()).orElseThrow();

        assertThat(view.shipments().getFirst().expectedBy()).as("the estimate is there").isNotNull();
        assertThat(view.destination()).isEqualTo(new Destination("London", "GB", new GeoPoint(51.5, 0.0)));
    }

    @Test
    void noCheckpointInTheAddressTownNoDestination() {
        List<Step> steps = List.of(new Step(Milestone.IN_TRANSIT, "In transit", T0.atOffset(ZoneOffset.UTC), "Hamburg", "DE", 1,
                new GeoPoint(53.6, 10.0)));
        DeliveryAddress berlin = new DeliveryAddress("Hauptstraße 1", null, "10115", "Berlin", null, "DE");
        DeliveryAddress hamburgInTheUs = new DeliveryAddress("1 Main St", null, "14075", "Hamburg", "NY", "US");

        assertThat(PublicPlaces.destination(berlin, steps)).isNull();
        assertThat(PublicPlaces.destination(hamburgInTheUs, steps)).as("same name, other country").isNull();
        assertThat(PublicPlaces.destination(new DeliveryAddress("Hauptstraße 1", null, "20095", "HAMBURG", null, "DE"), steps))
                .as("the town's name in any case").isEqualTo(new Destination("Hamburg", "DE", new GeoPoint(53.6, 10.0)));
    }

    @Test
    void roundingStaysOnTheGlobeAtItsEdges() {
        Location edge = new Location(null, "Suva", "FJ", new GeoPoint(-89.97, 179.97));

        assertThat(PublicPlaces.area(Milestone.IN_TRANSIT, edge, "Suva")).isEqualTo(new GeoPoint(-90.0, 180.0));
        assertThat(PublicPlaces.area(Milestone.DELIVERY_ATTEMPT_FAILED, edge, "Suva")).as("at the door").isNull();
        assertThat(PublicPlaces.area(Milestone.IN_TRANSIT, edge, null)).as("a lone point, no town").isNull();
    }

    /** Packed, handed over in Hamburg, a scan with a position but no town, out for delivery and delivered in London. */
    private Order routed() {
        Order order = anOrder().placedAt(T0).confirmed();
        ShipmentId shipment = pack(order, wholeOrderManifest(), T0.plus(HOUR));
        record(order, shipment, Milestone.HANDED_OVER, 2, new Location("Hub Nord", "Hamburg", "DE", HAMBURG_HUB));
        record(order, shipment, Milestone.IN_TRANSIT, 10, new Location("Gateway", null, "GB", new GeoPoint(51.7, -0.9)));
        record(order, shipment, Milestone.OUT_FOR_DELIVERY, 20, new Location("Depot East", "London", "GB", LONDON_DEPOT));
        record(order, shipment, Milestone.DELIVERED, 24, new Location(null, "London", "GB", DOORSTEP));
        orders.save(List.of(order));
        return order;
    }

    private static void record(Order order, ShipmentId shipment, Milestone milestone, int hours, Location where) {
        order.record(new TrackingEvent(new EventKey(UPS_FEED, "route-" + milestone), milestone, "XX", null, null,
                T0.plus(HOUR.multipliedBy(hours)).atOffset(ZoneOffset.UTC), T0.plus(HOUR.multipliedBy(hours)), where,
                milestone == Milestone.DELIVERED ? proofOfDelivery() : null), shipment, null);
    }
}
