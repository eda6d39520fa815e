package io.waybill.bootstrap;

import static io.restassured.RestAssured.given;
import static io.waybill.bootstrap.ApiTestData.INTEGRATOR;
import static io.waybill.bootstrap.ApiTestData.OPERATOR;
import static io.waybill.bootstrap.ApiTestData.at;
import static io.waybill.bootstrap.ApiTestData.batch;
import static io.waybill.bootstrap.ApiTestData.line;
import static io.waybill.bootstrap.ApiTestData.order;
import static io.waybill.bootstrap.ApiTestData.scan;
import static io.waybill.bootstrap.ApiTestData.ownWms;
import static io.waybill.bootstrap.ApiTestData.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.waybill.adapters.persistence.testing.PostgresTestResource;
import io.waybill.application.fakes.Await;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A shipment that will miss its promise is on the operators' at-risk list, with its reason, until it is delivered. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class DelayPredictionEndToEndTest {

    @BeforeEach
    void keys() {
        TestKeys.register();
    }

    @Test
    void aShipmentThatWillMissItsPromiseIsFlaggedWithItsReasonAndClearedOnDelivery() throws Exception {
        WebhookReceiver hooks = new WebhookReceiver();
        String path = "/delays-" + unique("h");
        String secret = given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON)
                .body(Map.of("url", hooks.url(path), "eventTypes", List.of("shipment.delay_predicted", "shipment.delay_cleared")))
                .post("/api/v1/webhooks/subscriptions").then().statusCode(201).extract().path("secret");
        hooks.secret(path, secret);
        Map<String, Object> order = new LinkedHashMap<>(order(ownWms("LATE"), line("MUG-WHITE", 1)));
        Instant now = Instant.now();
        // promised for the last hours, already over: even the wide static estimate (no deliveries learned yet) is
        // confidently late
        order.put("promisedDelivery", Map.of("earliest", now.minus(Duration.ofHours(6)).toString(),
                "latest", now.minus(Duration.ofHours(1)).toString()));
        String id = given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON).body(order)
                .post("/api/v1/orders").then().statusCode(201).extract().path("id");
        ApiTestData.confirm(id);
        String number = "1ZLATE" + unique("").replaceAll("[^0-9A-Z]", "");
        given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON)
                .body(batch(List.of(ApiTestData.packed(id, "ups", number, "MUG-WHITE"))))
                .post("/api/v1/warehouse-events").then().statusCode(200).body("accepted", equalTo(1));
        given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON)
                .body(batch(List.of(scan("ups", number, number + "-1", "HANDED_OVER", at(0, 1), "Berlin"))))
                .post("/api/v1/tracking-events").then().statusCode(200).body("accepted", equalTo(1));
        String shipment = given().header("X-API-Key", INTEGRATOR).get("/api/v1/orders/{id}", id).then().statusCode(200)
                .extract().path("shipments[0].id");

        Await.until(Duration.ofSeconds(20), "the shipment is on the at-risk list", () -> atRisk().contains(shipment));
        JsonPath prediction = given().header("X-API-Key", OPERATOR).get("/api/v1/shipments/{s}/prediction", shipment)
                .then().statusCode(200).extract().jsonPath();
        assertThat(prediction.getString("prediction.riskLevel")).isEqualTo("HIGH");
        assertThat(prediction.getList("prediction.reasons", String.class)).anySatisfy(r -> assertThat(r)
                .startsWith("expected on").contains("after the promised"));
        assertThat(prediction.getString("prediction.basis")).isNotBlank();
        assertThat(prediction.getString("prediction.p50")).isNotNull();
        assertThat(prediction.getList("history.level")).containsExactly("HIGH");
        given().header("X-API-Key", INTEGRATOR).get("/api/v1/orders/{id}", id).then().statusCode(200)
                .body("deliveryEstimates[0].shipmentId", equalTo(shipment))
                .body("deliveryEstimates[0].riskLevel", equalTo("HIGH"))
                .body("deliveryEstimates[0].basis", org.hamcrest.Matchers.startsWith("a static transit time"));
        Await.until(Duration.ofSeconds(20), "integrators are told of the predicted delay", () -> hooks.on(path).stream()
                .anyMatch(r -> r.body().contains(shipment)));
        JsonPath warned = new JsonPath(hooks.on(path).stream().filter(r -> r.body().contains(shipment)).findFirst().orElseThrow().body());
        assertThat(warned.getString("type")).isEqualTo("shipment.delay_predicted");
        assertThat(warned.getString("data.reason")).startsWith("expected on");

        // nothing happens for a while: the sweep predicts the quiet shipment again (here after 2 s, in production 1 h)
        Instant firstAsOf = Instant.parse(prediction.getString("prediction.asOf"));
        Await.until(Duration.ofSeconds(20), "the quiet shipment is predicted again", () -> Instant.parse(given()
                .header("X-API-Key", OPERATOR).get("/api/v1/shipments/{s}/prediction", shipment).then().statusCode(200)
                .extract().path("prediction.asOf")).isAfter(firstAsOf));

        given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON)
                .body(batch(List.of(scan("ups", number, number + "-2", "DELIVERED", at(1, 1), "Berlin"))))
                .post("/api/v1/tracking-events").then().statusCode(200).body("accepted", equalTo(1));
        Await.until(Duration.ofSeconds(20), "delivered: no longer at risk", () -> !atRisk().contains(shipment));
        given().header("X-API-Key", OPERATOR).get("/api/v1/shipments/{s}/prediction", shipment).then().statusCode(200)
                .body("prediction.riskLevel", equalTo("NONE")).body("history.level", equalTo(List.of("HIGH", "NONE")));

        Await.pause(Duration.ofSeconds(2));
        assertThat(hooks.on(path).stream().filter(r -> r.body().contains(shipment)))
                .as("delivered: the delivery message says the rest, no 'cleared'").hasSize(1);
        hooks.close();
        given().header("X-API-Key", INTEGRATOR).get("/api/v1/shipments/at-risk").then().statusCode(403);
        given().header("X-API-Key", OPERATOR).get("/api/v1/shipments/at-risk?level=SEVERE").then().statusCode(400);
        given().header("X-API-Key", OPERATOR).get("/api/v1/shipments/{s}/prediction", "not-a-uuid").then().statusCode(400);
    }

    @Test
    void aShipmentKeepsTheServiceItWasBookedWithAndABadServiceIsRejectedWithNothingWritten() {
        String id = given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON)
                .body(order(ownWms("SVC"), line("MUG-WHITE", 1))).post("/api/v1/orders").then().statusCode(201).extract().path("id");
        ApiTestData.confirm(id);
        String number = "1ZSVC" + unique("").replaceAll("[^0-9A-Z]", "");
        Map<String, Object> bad = new LinkedHashMap<>(ApiTestData.packed(id, "ups", number, "MUG-WHITE"));
        Map<String, Object> badShipment = new LinkedHashMap<>((Map<String, Object>) bad.get("shipment"));
        badShipment.put("service", "next day!");
        bad.put("shipment", badShipment);
        given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON).body(batch(List.of(bad)))
                .post("/api/v1/warehouse-events").then().statusCode(200).body("accepted", equalTo(0)).body("rejected", equalTo(1))
                .body("results[0].reason", containsString("shipment.service"));
        given().header("X-API-Key", INTEGRATOR).get("/api/v1/orders/{id}", id).then().statusCode(200)
                .body("shipments.size()", equalTo(0));

        Map<String, Object> express = new LinkedHashMap<>(bad);
        Map<String, Object> expressShipment = new LinkedHashMap<>(badShipment);
        expressShipment.put("service", "Express");
        express.put("shipment", expressShipment);
        given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON).body(batch(List.of(express)))
                .post("/api/v1/warehouse-events").then().statusCode(200).body("accepted", equalTo(1));
        given().header("X-API-Key", INTEGRATOR).get("/api/v1/orders/{id}", id).then().statusCode(200)
                .body("shipments[0].service", equalTo("express"));
        given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON).body(batch(List.of(express)))
                .post("/api/v1/warehouse-events").then().statusCode(200).body("duplicates", equalTo(1));
        Map<String, Object> rebooked = new LinkedHashMap<>(express);
        Map<String, Object> rebookedShipment = new LinkedHashMap<>(expressShipment);
        rebookedShipment.put("service", "standard");
        rebooked.put("shipment", rebookedShipment);
        // the same event with another service is a conflict, not a duplicate
        given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON).body(batch(List.of(rebooked)))
                .post("/api/v1/warehouse-events").then().statusCode(200).body("rejected", equalTo(1)).body("duplicates", equalTo(0));
        given().header("X-API-Key", INTEGRATOR).get("/api/v1/orders/{id}", id).then().statusCode(200)
                .body("shipments[0].service", equalTo("express"));

        String other = given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON)
                .body(order(ownWms("SVC"), line("MUG-WHITE", 1))).post("/api/v1/orders").then().statusCode(201).extract().path("id");
        ApiTestData.confirm(other);
        given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON)
                .body(batch(List.of(ApiTestData.packed(other, "ups", number + "S", "MUG-WHITE"))))
                .post("/api/v1/warehouse-events").then().statusCode(200).body("accepted", equalTo(1));
        given().header("X-API-Key", INTEGRATOR).get("/api/v1/orders/{id}", other).then().statusCode(200)
                .body("shipments[0].service", equalTo("standard"));
    }

    @Test
    void aPredictionIsReplayedAsOfAPastInstantFromTheEventsThatHadOccurredByThen() {
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        String id = given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON)
                .body(order(ownWms("ASOF"), line("MUG-WHITE", 1))).post("/api/v1/orders").then().statusCode(201).extract().path("id");
        ApiTestData.confirm(id);
        String number = "1ZASOF" + unique("").replaceAll("[^0-9A-Z]", "");
        Map<String, Object> packed = new LinkedHashMap<>(ApiTestData.packed(id, "ups", number, "MUG-WHITE"));
        packed.put("occurredAt", hoursBefore(now, 48).toString());
        given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON).body(batch(List.of(packed)))
                .post("/api/v1/warehouse-events").then().statusCode(200).body("accepted", equalTo(1));
        given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON)
                .body(batch(List.of(scan("ups", number, number + "-1", "HANDED_OVER", hoursBefore(now, 40), "Berlin"),
                        scan("ups", number, number + "-2", "IN_TRANSIT", hoursBefore(now, 20), "Leipzig"))))
                .post("/api/v1/tracking-events").then().statusCode(200).body("accepted", equalTo(2));
        String shipment = given().header("X-API-Key", INTEGRATOR).get("/api/v1/orders/{id}", id).then().statusCode(200)
                .extract().path("shipments[0].id");
        Await.until(Duration.ofSeconds(20), "the live prediction sees the shipment in transit", () -> {
            var r = given().header("X-API-Key", OPERATOR).get("/api/v1/shipments/{s}/prediction", shipment);
            return r.statusCode() == 200 && "IN_TRANSIT".equals(r.path("prediction.status"));
        });

        // not yet packed: nothing to predict from
        Instant beforePacking = hoursBefore(now, 50).toInstant();
        given().header("X-API-Key", OPERATOR).queryParam("asOf", beforePacking.toString())
                .get("/api/v1/shipments/{s}/prediction", shipment).then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://waybill.io/problems/not-found"))
                .body("detail", equalTo("no prediction for shipment " + shipment + " as of " + beforePacking
                        + " (it had not been packed yet, or there is no such shipment)"));
        // packed, but the carrier had not scanned it yet: waiting for pickup
        Instant beforeFirstScan = hoursBefore(now, 44).toInstant();
        given().header("X-API-Key", OPERATOR).queryParam("asOf", beforeFirstScan.toString())
                .get("/api/v1/shipments/{s}/prediction", shipment).then().statusCode(200)
                .body("prediction.status", equalTo("PACKED"));

        // handed over, not yet in transit: the status of then, the estimate from the hand-over, no risk recorded by then
        Instant betweenScans = hoursBefore(now, 30).toInstant();
        JsonPath then = given().header("X-API-Key", INTEGRATOR).queryParam("asOf", betweenScans.toString())
                .get("/api/v1/shipments/{s}/prediction", shipment).then().statusCode(200).extract().jsonPath();
        assertThat(then.getString("prediction.shipmentId")).isEqualTo(shipment);
        assertThat(then.getString("prediction.status")).isEqualTo("SHIPPED");
        assertThat(Instant.parse(then.getString("prediction.asOf"))).isEqualTo(betweenScans);
        Instant p50 = Instant.parse(then.getString("prediction.p50"));
        Instant p90 = Instant.parse(then.getString("prediction.p90"));
        assertThat(p50).isAfterOrEqualTo(betweenScans);
        assertThat(p90).isAfterOrEqualTo(p50);
        String basis = then.getString("prediction.basis");
        if (basis.startsWith("a static transit time")) {
            assertThat(p50).as("two days from the hand-over").isEqualTo(hoursBefore(now, 40).toInstant().plus(Duration.ofDays(2)));
            assertThat(p90).isEqualTo(p50.plus(Duration.ofDays(3)));
        } else {
            // other tests of this run delivered ups shipments: the model has learned, and says from what
            assertThat(basis).startsWith("learned from").contains(" deliveries of ");
        }
        assertThat(then.getList("history")).as("the live risk history begins after this instant").isEmpty();

        JsonPath later = given().header("X-API-Key", OPERATOR).queryParam("asOf", hoursBefore(now, 10).toString())
                .get("/api/v1/shipments/{s}/prediction", shipment).then().statusCode(200).extract().jsonPath();
        assertThat(later.getString("prediction.status")).isEqualTo("IN_TRANSIT");
        JsonPath live = given().header("X-API-Key", OPERATOR).get("/api/v1/shipments/{s}/prediction", shipment).then()
                .statusCode(200).extract().jsonPath();
        assertThat(live.getString("prediction.status")).isEqualTo("IN_TRANSIT");
        assertThat(Instant.parse(live.getString("prediction.asOf"))).isAfterOrEqualTo(now);

        given().header("X-API-Key", OPERATOR).queryParam("asOf", Instant.now().plus(Duration.ofHours(1)).toString())
                .get("/api/v1/shipments/{s}/prediction", shipment).then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://waybill.io/problems/invalid-value"))
                .body("errors[0].field", equalTo("asOf")).body("detail", org.hamcrest.Matchers.containsString("is in the future"));
        given().header("X-API-Key", OPERATOR).queryParam("asOf", "yesterday")
                .get("/api/v1/shipments/{s}/prediction", shipment).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("asOf"))
                .body("detail", equalTo("asOf: 'yesterday' is not an ISO-8601 instant with offset, like 2026-11-20T10:00:00Z"
                        + " (in a URL, write + as %2B)"));
    }

    @Test
    void operationsFilterSortAndPageTheAtRiskListWithItsTotalCount() {
        // promises in a past week of their own, so that no other test's shipment matches promisedBefore
        Instant week = Instant.parse("2001-01-01T00:00:00Z").plus(Duration.ofDays(7L * java.util.concurrent.ThreadLocalRandom
                .current().nextInt(500)));
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        List<String> numbers = new java.util.ArrayList<>();
        List<Map<String, Object>> packing = new java.util.ArrayList<>();
        List<String> orders = new java.util.ArrayList<>();
        for (int day = 1; day <= 3; day++) {
            Map<String, Object> order = new LinkedHashMap<>(order(ownWms("RISK"), line("MUG-WHITE", 1)));
            order.put("promisedDelivery", Map.of("earliest", week.toString(), "latest", week.plus(Duration.ofDays(day)).toString()));
            String id = given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON).body(order).post("/api/v1/orders")
                    .then().statusCode(201).extract().path("id");
            ApiTestData.confirm(id);
            String number = "1ZRISK" + unique("").replaceAll("[^0-9A-Z]", "");
            Map<String, Object> packed = new LinkedHashMap<>(ApiTestData.packed(id, "ups", number, "MUG-WHITE"));
            packed.put("occurredAt", hoursBefore(now, 3).toString());
            if (day == 3) {
                Map<String, Object> express = new LinkedHashMap<>((Map<String, Object>) packed.get("shipment"));
                express.put("service", "express");
                packed.put("shipment", express);
            }
            packing.add(packed);
            numbers.add(number);
            orders.add(id);
        }
        given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON).body(batch(packing))
                .post("/api/v1/warehouse-events").then().statusCode(200).body("accepted", equalTo(3));
        given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON).body(batch(List.of(
                        scan("ups", numbers.get(0), numbers.get(0) + "-1", "HANDED_OVER", hoursBefore(now, 2), "Berlin"),
                        scan("ups", numbers.get(1), numbers.get(1) + "-1", "HANDED_OVER", hoursBefore(now, 2), "Berlin"),
                        scan("ups", numbers.get(2), numbers.get(2) + "-1", "HANDED_OVER", hoursBefore(now, 2), "Berlin"),
                        scan("ups", numbers.get(2), numbers.get(2) + "-2", "IN_TRANSIT", hoursBefore(now, 1), "Leipzig"))))
                .post("/api/v1/tracking-events").then().statusCode(200).body("accepted", equalTo(4));
        List<String> shipments = orders.stream().map(id -> given().header("X-API-Key", INTEGRATOR).get("/api/v1/orders/{id}", id)
                .then().statusCode(200).extract().<String>path("shipments[0].id")).toList();
        String filters = "level=HIGH&carrier=ups&promisedBefore=" + week.plus(Duration.ofDays(7));
        Await.until(Duration.ofSeconds(20), "the three are predicted late, the third in transit", () -> {
            io.restassured.response.Response r = atRisk(filters + "&status=IN_TRANSIT");
            return r.statusCode() == 200 && "1".equals(r.header("X-Total-Count")) && "3".equals(atRisk(filters).header("X-Total-Count"));
        });

        io.restassured.response.Response first = atRisk(filters + "&sort=-leadTime&size=2");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.header("X-Total-Count")).isEqualTo("3");
        assertThat(first.jsonPath().getList("shipmentId", String.class)).as("most lead time (latest promise) first")
                .containsExactly(shipments.get(2), shipments.get(1));
        assertThat(first.jsonPath().getList("riskLevel", String.class)).containsOnly("HIGH");
        assertThat(first.header("Link")).contains("page=1").contains("rel=\"next\"").doesNotContain("rel=\"prev\"");
        io.restassured.response.Response second = atRisk(filters + "&sort=-leadTime&size=2&page=1");
        assertThat(second.header("X-Total-Count")).isEqualTo("3");
        assertThat(second.jsonPath().getList("shipmentId", String.class)).containsExactly(shipments.get(0));
        assertThat(second.header("Link")).contains("page=0").contains("rel=\"prev\"").doesNotContain("rel=\"next\"");

        assertThat(atRisk(filters).jsonPath().getList("shipmentId", String.class)).as("least lead time first by default")
                .containsExactly(shipments.get(0), shipments.get(1), shipments.get(2));
        assertThat(atRisk(filters + "&sort=promise").jsonPath().getList("promisedLatest", String.class)).containsExactly(
                week.plus(Duration.ofDays(1)).toString(), week.plus(Duration.ofDays(2)).toString(), week.plus(Duration.ofDays(3)).toString());
        List<Instant> etas = atRisk(filters + "&sort=eta").jsonPath().getList("p50", String.class).stream().map(Instant::parse).toList();
        assertThat(etas).hasSize(3).isSorted();
        io.restassured.response.Response inTransit = atRisk(filters + "&status=in_transit");
        assertThat(inTransit.jsonPath().getList("shipmentId", String.class)).containsExactly(shipments.get(2));
        assertThat(inTransit.jsonPath().getString("[0].status")).isEqualTo("IN_TRANSIT");
        assertThat(inTransit.header("Link")).isNull();
        io.restassured.response.Response express = atRisk(filters + "&service=Express");
        assertThat(express.jsonPath().getList("shipmentId", String.class)).containsExactly(shipments.get(2));
        assertThat(express.jsonPath().getString("[0].service")).isEqualTo("express");
        assertThat(atRisk(filters + "&service=standard").jsonPath().getList("shipmentId", String.class))
                .containsExactly(shipments.get(0), shipments.get(1));
        given().header("X-API-Key", OPERATOR).get("/api/v1/shipments/at-risk?service=next day").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("service"));
        io.restassured.response.Response none = atRisk("level=HIGH&carrier=dhl&promisedBefore=" + week.plus(Duration.ofDays(7)));
        assertThat(none.header("X-Total-Count")).isEqualTo("0");
        assertThat(none.jsonPath().getList("$")).isEmpty();
        assertThat(atRisk("level=HIGH&carrier=ups&promisedBefore=" + week.plus(Duration.ofDays(2))).jsonPath()
                .getList("shipmentId", String.class)).as("promised before the end of day 2: day 1 only")
                .containsExactly(shipments.get(0));

        given().header("X-API-Key", OPERATOR).get("/api/v1/shipments/at-risk?sort=urgency").then().statusCode(400)
                .contentType("application/problem+json").body("type", equalTo("https://waybill.io/problems/invalid-value"))
                .body("errors[0].field", equalTo("sort"))
                .body("detail", equalTo("sort: 'urgency' is not one of leadTime, -leadTime, promise, firstDetected, -firstDetected, eta"));
        given().header("X-API-Key", OPERATOR).get("/api/v1/shipments/at-risk?status=LATE").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("status"))
                .body("detail", org.hamcrest.Matchers.containsString("OUT_FOR_DELIVERY"));
        given().header("X-API-Key", OPERATOR).get("/api/v1/shipments/at-risk?size=501").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("size"));
        given().header("X-API-Key", OPERATOR).get("/api/v1/shipments/at-risk?page=first").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("page"));
        given().header("X-API-Key", OPERATOR).get("/api/v1/shipments/at-risk?promisedBefore=2001-13-01").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("promisedBefore"));
        given().header("X-API-Key", OPERATOR).get("/api/v1/shipments/at-risk?level=NONE").then().statusCode(400)
                .contentType("application/problem+json").body("detail", equalTo("level: 'NONE' is not one of [LOW, MEDIUM, HIGH]"));
    }

    @Test
    void thePublicTrackingViewShowsTheEstimateAndRiskLevelButNoReasons() {
        Map<String, Object> order = new LinkedHashMap<>(order(unique("PUBLIC"), line("MUG-WHITE", 1)));
        Instant now = Instant.now();
        order.put("promisedDelivery", Map.of("earliest", now.minus(Duration.ofHours(6)).toString(),
                "latest", now.minus(Duration.ofHours(1)).toString()));
        String id = given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON).body(order).post("/api/v1/orders")
                .then().statusCode(201).extract().path("id");
        String trackingId = given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/orders/{id}/confirmation", id).then().statusCode(200).extract().path("trackingId");
        JsonPath packed = OrderJourneyEndToEndTest.waitForStatus(id, "PACKED");
        String shipment = packed.getString("shipments[0].id");
        String number = packed.getString("shipments[0].carrierTrackingNumber");
        given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON)
                .body(batch(List.of(scan(packed.getString("shipments[0].carrier"), number, number + "-1", "HANDED_OVER", at(0, 1),
                        "Berlin")))).post("/api/v1/tracking-events").then().statusCode(200).body("accepted", equalTo(1));
        Await.until(Duration.ofSeconds(20), "the handed-over shipment is predicted late", () -> {
            var r = given().header("X-API-Key", OPERATOR).get("/api/v1/shipments/{s}/prediction", shipment);
            return r.statusCode() == 200 && "SHIPPED".equals(r.path("prediction.status")) && "HIGH".equals(r.path("prediction.riskLevel"));
        });
        JsonPath prediction = given().header("X-API-Key", OPERATOR).get("/api/v1/shipments/{s}/prediction", shipment).then()
                .statusCode(200).extract().jsonPath();
        assertThat(prediction.getList("prediction.reasons", String.class)).anySatisfy(r -> assertThat(r).startsWith("expected on"));

        String publicView = given().get("/api/v1/tracking/{id}", trackingId).then().statusCode(200).contentType(ContentType.JSON)
                .extract().asString();
        JsonPath view = JsonPath.from(publicView);
        assertThat(view.getString("shipments[0].delayRisk")).isEqualTo("HIGH");
        assertThat(Instant.parse(view.getString("shipments[0].expectedBy"))).isEqualTo(Instant.parse(prediction.getString("prediction.p50")));
        assertThat(Instant.parse(view.getString("shipments[0].latestExpected")))
                .isEqualTo(Instant.parse(prediction.getString("prediction.p90")));
        assertThat(view.getMap("shipments[0]")).containsOnlyKeys("number", "carrier", "carrierTrackingNumber", "status", "parcels",
                "proofOfDelivery", "expectedBy", "latestExpected", "delayRisk");
        assertThat(publicView).doesNotContain("reasons", "expected on", "after the promised", "basis", "static transit", "Ada",
                "Lovelace", "Analytical");
        given().header("X-API-Key", INTEGRATOR).get("/api/v1/orders/{id}", id).then().statusCode(200)
                .body("deliveryEstimates[0].riskLevel", equalTo("HIGH"))
                .body("deliveryEstimates[0].reasons[0]", org.hamcrest.Matchers.startsWith("expected on"));
    }

    @Test
    void aReportedHubOutageAtTheDestinationReachesThePredictionOfAShipmentGoingThere() {
        Instant now = Instant.now();
        // refused, saying why, and nothing stored
        given().header("X-API-Key", OPERATOR).contentType(ContentType.JSON)
                .body(Map.of("region", "Berlin", "what", "Hub outage", "from", now.toString(), "until", now.plusSeconds(3600).toString()))
                .post("/api/v1/disruptions").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("region"))
                .body("detail", org.hamcrest.Matchers.containsString("like DE-Hamburg"));
        given().header("X-API-Key", OPERATOR).contentType(ContentType.JSON)
                .body(Map.of("region", "DE-Berlin", "what", "Hub outage", "from", "tomorrow", "until", now.plusSeconds(3600).toString()))
                .post("/api/v1/disruptions").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("from"));
        given().header("X-API-Key", OPERATOR).contentType(ContentType.JSON)
                .body(Map.of("region", "DE-Berlin", "what", "Hub outage", "from", now.toString(), "until", "+300000-01-01T00:00:00Z"))
                .post("/api/v1/disruptions").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("until"))
                .body("detail", org.hamcrest.Matchers.containsString("not a plausible time"));
        given().header("X-API-Key", OPERATOR).queryParam("promisedBefore", "-5000-01-01T00:00:00Z")
                .get("/api/v1/shipments/at-risk").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("promisedBefore"));
        given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON)
                .body(Map.of("region", "DE-Berlin", "what", "Hub outage", "from", now.toString(), "until", now.plusSeconds(3600).toString()))
                .post("/api/v1/disruptions").then().statusCode(403);

        // a shipment handed over in Leipzig an hour ago, going to Berlin (the order's address)
        String id = given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON)
                .body(order(ownWms("OUTAGE"), line("MUG-WHITE", 1))).post("/api/v1/orders").then().statusCode(201).extract().path("id");
        ApiTestData.confirm(id);
        String number = "1ZOUT" + unique("").replaceAll("[^0-9A-Z]", "");
        given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON)
                .body(batch(List.of(ApiTestData.packed(id, "ups", number, "MUG-WHITE"))))
                .post("/api/v1/warehouse-events").then().statusCode(200).body("accepted", equalTo(1));
        given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON)
                .body(batch(List.of(scan("ups", number, number + "-1", "HANDED_OVER", hoursBefore(now, 1), "Leipzig"))))
                .post("/api/v1/tracking-events").then().statusCode(200).body("accepted", equalTo(1));
        String shipment = given().header("X-API-Key", INTEGRATOR).get("/api/v1/orders/{id}", id).then().statusCode(200)
                .extract().path("shipments[0].id");

        String what = "Hub outage " + unique("");
        String reported = given().header("X-API-Key", OPERATOR).contentType(ContentType.JSON)
                .body(Map.of("region", "de-Berlin", "what", what, "from", now.minus(Duration.ofHours(3)).toString(),
                        "until", now.plus(Duration.ofDays(2)).toString()))
                .post("/api/v1/disruptions").then().statusCode(201)
                .body("region", equalTo("DE-Berlin")).body("reportedBy", equalTo("test-operator"))
                .extract().path("id");
        assertThat(given().header("X-API-Key", INTEGRATOR).get("/api/v1/disruptions").then().statusCode(200)
                .extract().jsonPath().getList("id", String.class)).contains(reported);
        assertThat(given().header("X-API-Key", INTEGRATOR).queryParam("asOf", now.minus(Duration.ofMinutes(5)).toString())
                .get("/api/v1/disruptions").then().statusCode(200).extract().jsonPath().getList("id", String.class))
                .as("not reported yet then").doesNotContain(reported);

        // the periodic sweep predicts the quiet shipment again, now with the outage on its way
        Await.until(Duration.ofSeconds(30), "the prediction names the outage", () -> {
            var r = given().header("X-API-Key", OPERATOR).get("/api/v1/shipments/{s}/prediction", shipment);
            return r.statusCode() == 200 && r.jsonPath().getList("prediction.reasons", String.class).stream()
                    .anyMatch(reason -> reason.startsWith(what + " in DE-Berlin") && reason.contains("(reported by test-operator)"));
        });
    }

    private static io.restassured.response.Response atRisk(String query) {
        return given().header("X-API-Key", OPERATOR).get("/api/v1/shipments/at-risk?" + query);
    }

    private static java.time.OffsetDateTime hoursBefore(Instant now, int hours) {
        return now.minus(Duration.ofHours(hours)).atOffset(java.time.ZoneOffset.ofHours(1));
    }

    private static List<String> atRisk() {
        return given().header("X-API-Key", OPERATOR).get("/api/v1/shipments/at-risk?size=500").then().statusCode(200)
                .extract().jsonPath().getList("shipmentId", String.class);
    }
}
