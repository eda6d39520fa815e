package io.waybill.adapters.rest.orders;

import static io.waybill.adapters.rest.testing.Api.anonymous;
import static io.waybill.adapters.rest.testing.Api.forbidden;
import static io.waybill.adapters.rest.testing.Api.integrator;
import static io.waybill.adapters.rest.testing.Api.invalidField;
import static io.waybill.adapters.rest.testing.Api.operator;
import static io.waybill.adapters.rest.testing.Api.problem;
import static io.waybill.adapters.rest.testing.Api.unauthorized;
import static io.waybill.adapters.rest.testing.RestTestData.map;
import static io.waybill.adapters.rest.testing.RestTestData.order;
import static io.waybill.application.fakes.OrderTestData.CUSTOMER_NAME;
import static io.waybill.application.fakes.OrderTestData.T0;
import static io.waybill.application.fakes.OrderTestData.anOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.waybill.adapters.rest.fakes.InMemoryDelayWatch;
import io.waybill.adapters.rest.fakes.InMemoryOrderDesk;
import io.waybill.application.fakes.OrderTestData;
import io.waybill.application.shared.OrderSearch;
import io.waybill.application.shared.ShipmentPrediction;
import io.waybill.domain.order.CarrierCode;
import io.waybill.domain.order.CarrierTrackingNumber;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.OrderStatus;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.tracking.TrackingId;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Orders: placed, read, confirmed, cancelled and searched over HTTP, with the use cases faked. */
@QuarkusTest
class OrdersResourceTest {

    private static final String ORDERS = "/api/v1/orders";

    @Inject
    InMemoryOrderDesk orders;

    @Inject
    InMemoryDelayWatch delays;

    @BeforeEach
    void reset() {
        orders.reset();
        delays.reset();
    }

    @Test
    void placingAnswers201WithTheOrderAndWhereItLives() {
        String id = integrator().body(order("SO-1001")).post(ORDERS).then().statusCode(201).contentType("application/json")
                .body("orderNumber", equalTo("SO-1001"))
                .body("status", equalTo("PLACED"))
                .body("placedAt", equalTo(T0.toString()))
                .body("customer.name", equalTo(CUSTOMER_NAME))
                .body("address.countryCode", equalTo("GB"))
                .body("lines[0].sku", equalTo("MUG-BLUE"))
                .body("lines[0].quantity", equalTo(2))
                .body("promisedDelivery.latest", equalTo("2026-11-05T08:00:00Z"))
                .body("timeline[0].milestone", equalTo("PLACED"))
                .body("$", not(hasKey("trackingId")))
                .extract().path("id");
        assertThat(orders.orders()).singleElement().satisfies(o -> assertThat(o.getId().toString()).isEqualTo(id));
        integrator().body(order("SO-1002")).post(ORDERS).then().statusCode(201)
                .header("Location", endsWith(ORDERS + "/" + orders.orders().stream()
                        .filter(o -> o.orderNumber().equals("SO-1002")).findFirst().orElseThrow().getId()));
    }

    @Test
    void aMissingPartIsA400NamingIt() {
        Map<String, Object> order = order("SO-1003");
        order.remove("customer");
        invalidField(integrator().body(order).post(ORDERS).then(), ORDERS, "customer");
        Map<String, Object> noQuantity = order("SO-1003");
        noQuantity.put("lines", List.of(map("sku", "MUG-BLUE")));
        invalidField(integrator().body(noQuantity).post(ORDERS).then(), ORDERS, "quantity");
        assertThat(orders.orders()).isEmpty();
    }

    @Test
    void anOrderNumberPlacedTwiceIsA409() {
        integrator().body(order("SO-1004")).post(ORDERS).then().statusCode(201);
        problem(integrator().body(order("SO-1004")).post(ORDERS).then(), 409, ORDERS)
                .body("type", endsWith("/order-number-taken"))
                .body("detail", containsString("SO-1004"));
        assertThat(orders.orders()).hasSize(1);
    }

    @Test
    void theFullViewHasShipmentsTimelineAndDeliveryEstimates() {
        Order order = anOrder().confirmed();
        ShipmentId shipment = OrderTestData.pack(order, OrderTestData.wholeOrderManifest(), T0.plus(Duration.ofHours(2)));
        orders.add(order);
        Instant p50 = Instant.parse("2026-11-04T12:00:00Z");
        delays.add(prediction(shipment.value(), p50), List.of());

        operator().get(ORDERS + "/{id}", order.getId().toString()).then().statusCode(200)
                .body("id", equalTo(order.getId().toString()))
                .body("trackingId", equalTo(order.trackingId().orElseThrow().formatted()))
                .body("status", equalTo(order.status().name()))
                .body("shipments[0].id", equalTo(shipment.value().toString()))
                .body("shipments[0].carrier", equalTo("ups"))
                .body("shipments[0].parcels[0].barcode", notNullValue())
                .body("timeline.milestone", equalTo(List.of("PLACED", "CONFIRMED", "PACKED")))
                .body("deliveryEstimates[0].shipmentId", equalTo(shipment.value().toString()))
                .body("deliveryEstimates[0].p50", equalTo(p50.toString()))
                .body("deliveryEstimates[0].riskLevel", equalTo("LOW"));
    }

    @Test
    void anUnknownOrderIsA404AndAMalformedIdA400() {
        String path = ORDERS + "/" + UUID.randomUUID();
        problem(operator().get(path).then(), 404, path).body("type", endsWith("/not-found"));
        invalidField(operator().get(ORDERS + "/not-a-uuid").then(), ORDERS + "/not-a-uuid", "orderId");
        String cancel = path + "/cancellation";
        problem(integrator().body(map("reason", "customer asked")).post(cancel).then(), 404, cancel);
    }

    @Test
    void confirmingIssuesTheTrackingId() {
        Order order = orders.add(anOrder().placed());
        String path = ORDERS + "/" + order.getId() + "/confirmation";
        String trackingId = integrator().body(map("paymentReference", "PAY-77")).post(path).then().statusCode(200)
                .body("status", equalTo("CONFIRMED"))
                .body("timeline[1].rawText", equalTo("payment PAY-77"))
                .extract().path("trackingId");
        assertThat(trackingId).isEqualTo(order.trackingId().orElseThrow().formatted());
    }

    @Test
    void confirmingACancelledOrderIsA409NamingTheTransition() {
        Order order = anOrder().placed();
        order.cancel("duplicate", T0);
        orders.add(order);
        String path = ORDERS + "/" + order.getId() + "/confirmation";
        problem(integrator().body("{}").post(path).then(), 409, path)
                .body("type", endsWith("/illegal-transition"))
                .body("detail", containsString("CANCELLED -> CONFIRMED"));
    }

    @Test
    void cancellingNeedsAReason() {
        Order order = orders.add(anOrder().placed());
        String path = ORDERS + "/" + order.getId() + "/cancellation";
        invalidField(operator().body("{}").post(path).then(), path, "reason");
        operator().body(map("reason", "customer asked")).post(path).then().statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("statusReason", equalTo("customer asked"));
    }

    @Test
    void searchReadsEveryCriterionFromTheQueryString() {
        orders.add(anOrder().number("SO-OLD").placedAt(T0.minus(Duration.ofDays(1))).placed());
        orders.add(anOrder().number("SO-NEW").placed());
        operator().queryParam("status", "placed,confirmed").queryParam("status", "CANCELLED")
                .queryParam("placedFrom", "2026-10-01T00:00:00+02:00").queryParam("placedTo", "2026-12-01T00:00:00Z")
                .queryParam("carrier", "ups").queryParam("page", "0").queryParam("size", "10")
                .get(ORDERS).then().statusCode(200)
                .body("page", equalTo(0)).body("size", equalTo(10)).body("total", equalTo(2))
                .body("items.orderNumber", equalTo(List.of("SO-NEW", "SO-OLD")))
                .body("items[0].status", equalTo("PLACED"))
                .body("items[0].carriers", equalTo(List.of()));
        OrderSearch.Query query = orders.lastQuery();
        assertThat(query.statuses()).isEqualTo(Set.of(OrderStatus.PLACED, OrderStatus.CONFIRMED, OrderStatus.CANCELLED));
        assertThat(query.placedFrom()).isEqualTo(Instant.parse("2026-09-30T22:00:00Z"));
        assertThat(query.placedTo()).isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
        assertThat(query.carrier()).isEqualTo(new CarrierCode("ups"));
        operator().get(ORDERS).then().statusCode(200).body("size", equalTo(50)).body("page", equalTo(0));
    }

    @Test
    void operatorsLookAnOrderUpByNumberTrackingIdCarrierTrackingNumberOrEmail() {
        TrackingId trackingId = TrackingId.generate();
        operator().queryParam("orderNumber", " SO-1001 ").queryParam("trackingId", trackingId.formatted().toLowerCase())
                .queryParam("carrierTrackingNumber", "1z 999 aa1").queryParam("email", "Ada.Lovelace@Example.org")
                .get(ORDERS).then().statusCode(200);
        assertThat(orders.lastQuery().lookup()).isEqualTo(new OrderSearch.Lookup("SO-1001", trackingId,
                new CarrierTrackingNumber("1Z999AA1"), "ada.lovelace@example.org"));

        operator().get(ORDERS).then().statusCode(200);
        assertThat(orders.lastQuery().lookup()).isEqualTo(OrderSearch.Lookup.NONE);
    }

    @Test
    void unknownSearchParametersAre400sNamingThemNotIgnored() {
        invalidField(operator().queryParam("stauts", "HELD").get(ORDERS).then(), ORDERS, "stauts")
                .body("detail", containsString("orderNumber"));
        invalidField(operator().queryParam("limit", "10").queryParam("status", "PLACED").get(ORDERS).then(), ORDERS, "limit");
        invalidField(operator().queryParam("Email", "ada@example.org").get(ORDERS).then(), ORDERS, "Email");
        invalidField(operator().queryParam("trackingId", "not-a-tracking-id").get(ORDERS).then(), ORDERS, "trackingId");
        invalidField(operator().queryParam("carrierTrackingNumber", "<script>").get(ORDERS).then(), ORDERS, "carrierTrackingNumber");
        invalidField(operator().queryParam("email", "a".repeat(300)).get(ORDERS).then(), ORDERS, "email");
    }

    @Test
    void badSearchCriteriaAre400sNamingTheParameter() {
        invalidField(operator().queryParam("status", "FLYING").get(ORDERS).then(), ORDERS, "status")
                .body("detail", containsString("FLYING"));
        invalidField(operator().queryParam("size", "ten").get(ORDERS).then(), ORDERS, "size");
        invalidField(operator().queryParam("size", "100000").get(ORDERS).then(), ORDERS, "size");
        invalidField(operator().queryParam("placedFrom", "monday").get(ORDERS).then(), ORDERS, "placedFrom");
        invalidField(operator().queryParam("placedTo", "+300000-01-01T00:00:00Z").get(ORDERS).then(), ORDERS, "placedTo")
                .body("detail", containsString("not a plausible time"));
    }

    @Test
    void ordersNeedAKeyAndTheRightRole() {
        unauthorized(anonymous().get(ORDERS).then(), ORDERS);
        unauthorized(anonymous().body(order("SO-1005")).post(ORDERS).then(), ORDERS);
        forbidden(operator().body(order("SO-1005")).post(ORDERS).then(), ORDERS);
        assertThat(orders.orders()).isEmpty();
    }

    private static ShipmentPrediction prediction(UUID shipment, Instant p50) {
        return new ShipmentPrediction(shipment, UUID.randomUUID(), "SO-1", "ups", "1Z1", "SHIPPED", p50, p50.plus(Duration.ofDays(1)),
                "lane ups DE->GB", "LOW", List.of("on time"), null, null, Instant.parse("2026-11-05T08:00:00Z"), T0, "standard");
    }
}
