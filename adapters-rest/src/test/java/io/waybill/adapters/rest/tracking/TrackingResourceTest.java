package io.waybill.adapters.rest.tracking;

import static io.waybill.adapters.rest.testing.Api.anonymous;
import static io.waybill.adapters.rest.testing.Api.invalidField;
import static io.waybill.adapters.rest.testing.Api.problem;
import static io.waybill.adapters.rest.testing.RestTestData.BERLIN_MORNING;
import static io.waybill.application.fakes.OrderTestData.T0;
import static io.waybill.application.fakes.OrderTestData.UPS;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.waybill.adapters.rest.fakes.InMemoryTracking;
import io.waybill.application.port.in.TrackOrder;
import io.waybill.domain.eta.DelayRisk;
import io.waybill.domain.order.CarrierTrackingNumber;
import io.waybill.domain.order.DeliveryPromise;
import io.waybill.domain.order.OrderStatus;
import io.waybill.domain.order.ShipmentStatus;
import io.waybill.domain.tracking.GeoPoint;
import io.waybill.domain.tracking.Milestone;
import io.waybill.domain.tracking.TrackingId;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The public tracking view: no key needed, mistyped IDs are 400s that say so, unknown ones 404s. */
@QuarkusTest
class TrackingResourceTest {

    private static final String TRACKING = "/api/v1/tracking/";

    @Inject
    InMemoryTracking tracking;

    @BeforeEach
    void reset() {
        tracking.reset();
    }

    @Test
    void anyoneWithTheTrackingIdSeesStatusShipmentsAndTimeline() {
        TrackingId id = TrackingId.generate();
        Instant p50 = T0.plus(Duration.ofDays(2));
        TrackOrder.ShipmentView shipment = new TrackOrder.ShipmentView(1, UPS, new CarrierTrackingNumber("1ZTRACK01"),
                ShipmentStatus.IN_TRANSIT, 2, null, null, null, null, null).withEstimate(p50, p50.plus(Duration.ofDays(1)),
                DelayRisk.Level.MEDIUM);
        tracking.add(new TrackOrder.View(id, OrderStatus.SHIPPED, "GB", new DeliveryPromise(T0.plus(Duration.ofDays(1)),
                T0.plus(Duration.ofDays(3))), null, List.of(shipment),
                List.of(new TrackOrder.Step(Milestone.IN_TRANSIT, "In transit", BERLIN_MORNING, "Berlin", "DE", 1)),
                ZoneId.of("Europe/London")));

        anonymous().get(TRACKING + id.value().toLowerCase()).then().statusCode(200).contentType("application/json")
                .body("trackingId", equalTo(id.formatted()))
                .body("status", equalTo("SHIPPED"))
                .body("destinationCountry", equalTo("GB"))
                .body("promisedEarliest", equalTo("2026-11-03T08:00:00Z"))
                .body("promisedLatest", equalTo("2026-11-05T08:00:00Z"))
                .body("$", not(hasKey("deliveredAt")))
                .body("shipments[0].number", equalTo(1))
                .body("shipments[0].carrier", equalTo("ups"))
                .body("shipments[0].carrierTrackingNumber", equalTo("1ZTRACK01"))
                .body("shipments[0].parcels", equalTo(2))
                .body("shipments[0].proofOfDelivery", equalTo(false))
                .body("shipments[0]", not(hasKey("proof")))
                .body("shipments[0].expectedBy", equalTo(p50.toString()))
                .body("shipments[0].delayRisk", equalTo("MEDIUM"))
                .body("timeline[0].milestone", equalTo("IN_TRANSIT"))
                .body("timeline[0].occurredAt", equalTo("2026-11-02T10:00:00+01:00"))
                .body("timeline[0].city", equalTo("Berlin"))
                .body("timeline[0].shipment", equalTo(1));
    }

    @Test
    void aShipmentsTrackerIsGivenOnlyAtItsAreaAndTheMinuteWithoutTheDevice() {
        TrackingId id = TrackingId.generate();
        TrackOrder.ShipmentView shipment = new TrackOrder.ShipmentView(1, UPS, new CarrierTrackingNumber("1ZTRACK02"),
                ShipmentStatus.IN_TRANSIT, 1, null, null, null, null, null)
                .withPosition(new TrackOrder.Approximate(new GeoPoint(51.3, 9.5), T0.plusSeconds(3_600)));
        TrackOrder.ShipmentView none = new TrackOrder.ShipmentView(2, UPS, new CarrierTrackingNumber("1ZTRACK03"),
                ShipmentStatus.OUT_FOR_DELIVERY, 1, null, null, null, null, null);
        tracking.add(new TrackOrder.View(id, OrderStatus.SHIPPED, "DE", null, null, List.of(shipment, none), List.of(),
                ZoneId.of("Europe/Berlin")));

        anonymous().get(TRACKING + id.value()).then().statusCode(200)
                .body("shipments[0].approximatePosition.latitude", equalTo(51.3f))
                .body("shipments[0].approximatePosition.longitude", equalTo(9.5f))
                .body("shipments[0].approximatePosition.at", equalTo("2026-11-02T09:00:00Z"))
                .body("shipments[0].approximatePosition.size()", equalTo(3))
                .body("shipments[1]", not(hasKey("approximatePosition")));
    }

    @Test
    void anUnknownTrackingIdIsA404() {
        TrackingId id = TrackingId.generate();
        problem(anonymous().get(TRACKING + id.value()).then(), 404, TRACKING + id.value())
                .body("type", endsWith("/unknown-tracking-id"))
                .body("detail", containsString(id.formatted()));
    }

    @Test
    void aMistypedTrackingIdIsA400ThatSaysSo() {
        String valid = TrackingId.generate().value();
        char last = valid.charAt(14);
        String typo = valid.substring(0, 14) + (last == '0' ? '1' : '0');
        invalidField(anonymous().get(TRACKING + typo).then(), TRACKING + typo, "trackingId")
                .body("detail", containsString("check symbol"));
        invalidField(anonymous().get(TRACKING + "hello").then(), TRACKING + "hello", "trackingId");
        invalidField(anonymous().get(TRACKING + "1Z999AA10123456784").then(), TRACKING + "1Z999AA10123456784", "trackingId")
                .body("detail", containsString("looks like a carrier's tracking number (ups)"));
    }
}
