package io.waybill.adapters.rest.pages;

import static io.waybill.application.fakes.OrderTestData.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.waybill.application.port.in.TrackOrder.Approximate;
import io.waybill.application.port.in.TrackOrder.Destination;
import io.waybill.application.port.in.TrackOrder.ShipmentView;
import io.waybill.application.port.in.TrackOrder.Step;
import io.waybill.application.port.in.TrackOrder.View;
import io.waybill.domain.order.CarrierCode;
import io.waybill.domain.order.CarrierTrackingNumber;
import io.waybill.domain.order.OrderStatus;
import io.waybill.domain.order.ShipmentStatus;
import io.waybill.domain.tracking.GeoPoint;
import io.waybill.domain.tracking.Milestone;
import io.waybill.domain.tracking.TrackingId;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The route so far as the tracking page lists and maps it: towns oldest first, one decimal, the door never. */
class TrackingRouteTest {

    private static final MapTiles OUTLINE = new MapTiles(null, null);

    static Step step(Milestone milestone, int hour, String city, String country, GeoPoint area) {
        return new Step(milestone, milestone.name(), OffsetDateTime.of(2026, 11, 2, hour, 0, 0, 0, ZoneOffset.UTC), city, country, 1,
                area);
    }

    static View view(List<Step> steps, Destination destination) {
        return new View(TrackingId.generate(), OrderStatus.OUT_FOR_DELIVERY, "DE", null, null, List.of(), steps,
                ZoneId.of("Europe/Berlin"), destination);
    }

    @Test
    void townsOldestFirstOneRunOfScansIsOnePlaceAtItsFirstScan() {
        GeoPoint kassel = new GeoPoint(51.3, 9.5);
        List<Step> newestFirst = List.of(
                step(Milestone.OUT_FOR_DELIVERY, 14, "München", "DE", new GeoPoint(48.1, 11.6)),
                step(Milestone.IN_TRANSIT, 9, "Kassel", "DE", kassel),
                step(Milestone.IN_TRANSIT, 8, "Kassel", "DE", null),
                step(Milestone.HANDED_OVER, 6, "Hamburg", "DE", new GeoPoint(53.6, 10.0)),
                step(Milestone.CONFIRMED, 5, null, null, null));

        TrackingRoute route = TrackingRoute.of(view(newestFirst, null), Locale.GERMAN, OUTLINE);

        assertThat(route.places()).extracting(TrackingRoute.Place::name, TrackingRoute.Place::when, TrackingRoute.Place::lat,
                TrackingRoute.Place::lon).containsExactly(
                        tuple("Hamburg, Deutschland", "Mo. 2. Nov., 07:00", "53.6", "10.0"),
                        tuple("Kassel, Deutschland", "Mo. 2. Nov., 09:00", "51.3", "9.5"),
                        tuple("München, Deutschland", "Mo. 2. Nov., 15:00", "48.1", "11.6"));
        assertThat(route.drawable()).isTrue();
        assertThat(route.destination()).isNull();
    }

    @Test
    void aLineNeedsTwoLocatedPlacesOrOneAndADestinationElsewhere() {
        List<Step> one = List.of(step(Milestone.IN_TRANSIT, 9, "Kassel", "DE", new GeoPoint(51.3, 9.5)),
                step(Milestone.PACKED, 8, "Berlin", "DE", null));
        Destination kassel = new Destination("Kassel", "DE", new GeoPoint(51.3, 9.5));
        Destination berlin = new Destination("Berlin", "DE", new GeoPoint(52.5, 13.4));

        assertThat(TrackingRoute.of(view(one, null), Locale.ENGLISH, OUTLINE).drawable()).as("one located place").isFalse();
        assertThat(TrackingRoute.of(view(one, kassel), Locale.ENGLISH, OUTLINE).drawable()).as("the destination is that place")
                .isFalse();
        TrackingRoute toBerlin = TrackingRoute.of(view(one, berlin), Locale.ENGLISH, OUTLINE);
        assertThat(toBerlin.drawable()).isTrue();
        assertThat(toBerlin.destination()).isEqualTo(new TrackingRoute.Place("Berlin, Germany", null, null, "52.5", "13.4"));
        assertThat(TrackingRoute.of(view(List.of(), null), Locale.ENGLISH, OUTLINE).places()).isEmpty();
    }

    @Test
    void aTileUrlIsUsedOnlyWhenItIsOne() {
        assertThat(new MapTiles("https://tiles.example.org/{z}/{x}/{y}.png", " © Example ").url())
                .isEqualTo("https://tiles.example.org/{z}/{x}/{y}.png");
        assertThat(new MapTiles("https://tiles.example.org/{z}/{x}/{y}.png", " © Example ").attribution()).isEqualTo("© Example");
        assertThat(new MapTiles("tiles.example.org/{z}/{x}/{y}.png", null).url()).as("no scheme").isNull();
        assertThat(new MapTiles("javascript:alert(1)//{z}{x}{y}", null).url()).isNull();
        assertThat(new MapTiles("https://tiles.example.org/{z}/{x}.png", null).url()).as("no {y}").isNull();
        assertThat(new MapTiles("https://tiles.example.org/\"><script>/{z}/{x}/{y}", null).url()).as("markup").isNull();
        assertThat(new MapTiles("  ", "").url()).isNull();
    }

    @Test
    void aTrackersAreaIsMappedWithOneDecimalInTheDestinationsClockAndNumberedOnlyAmongSeveral() {
        ShipmentView first = shipment(1).withPosition(new Approximate(new GeoPoint(51.3, 9.5), T0.plusSeconds(3 * 3_600)));
        ShipmentView second = shipment(2).withPosition(new Approximate(new GeoPoint(-33.9, -70.7), T0));

        TrackingRoute alone = TrackingRoute.of(shipped(List.of(first)), Locale.GERMAN, OUTLINE);
        TrackingRoute both = TrackingRoute.of(shipped(List.of(first, shipment(3), second)), Locale.ENGLISH, OUTLINE);

        assertThat(alone.around()).containsExactly(new TrackingRoute.Around(null, "51,3° N, 9,5° O", "Mo. 2. Nov., 12:00",
                "2026-11-02T12:00:00+01:00", "51.3", "9.5"));
        assertThat(alone.drawable()).as("one circle is worth a map").isTrue();
        assertThat(both.around()).extracting(TrackingRoute.Around::parcel, TrackingRoute.Around::where)
                .containsExactly(tuple(1, "51.3° N, 9.5° E"), tuple(2, "33.9° S, 70.7° W"));
        assertThat(TrackingRoute.of(shipped(List.of(shipment(1))), Locale.ENGLISH, OUTLINE).around()).isEmpty();
    }

    private static ShipmentView shipment(int number) {
        return new ShipmentView(number, new CarrierCode("ups"), new CarrierTrackingNumber("1ZROUTE0" + number), ShipmentStatus.IN_TRANSIT,
                1, null, null, null, null, null);
    }

    private static View shipped(List<ShipmentView> shipments) {
        return new View(TrackingId.generate(), OrderStatus.SHIPPED, "DE", null, null, shipments, List.of(), ZoneId.of("Europe/Berlin"));
    }
}
