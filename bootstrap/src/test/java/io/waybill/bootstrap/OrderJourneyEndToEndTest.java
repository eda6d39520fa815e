package io.waybill.bootstrap;

import static io.restassured.RestAssured.given;
import static io.waybill.bootstrap.ApiTestData.INTEGRATOR;
import static io.waybill.bootstrap.ApiTestData.at;
import static io.waybill.bootstrap.ApiTestData.batch;
import static io.waybill.bootstrap.ApiTestData.line;
import static io.waybill.bootstrap.ApiTestData.order;
import static io.waybill.bootstrap.ApiTestData.scan;
import static io.waybill.bootstrap.ApiTestData.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.waybill.adapters.persistence.testing.PostgresTestResource;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A new user's first journey, over real HTTP against the running application and PostgreSQL: place,
 * confirm, watch the simulated WMS allocate, pick and pack, post carrier scans shuffled and duplicated,
 * and read the public tracking view.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class OrderJourneyEndToEndTest {

    @BeforeEach
    void keys() {
        TestKeys.register();
    }

    @Test
    void fromPlacementToDeliveredWithShuffledDuplicatedScans() {
        String orderNumber = unique("E2E");
        String id = given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON)
                .body(order(orderNumber, line("MUG-WHITE", 1), line("NOTEBOOK-A5", 2)))
                .post("/api/v1/orders").then().statusCode(201).body("status", equalTo("PLACED"))
                .extract().path("id");

        String trackingId = given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON)
                .body(Map.of("paymentReference", "psp-4711"))
                .post("/api/v1/orders/{id}/confirmation", id).then().statusCode(200)
                .body("status", equalTo("CONFIRMED")).extract().path("trackingId");
        assertThat(trackingId).matches("[0-9A-Y]{5}-[0-9A-Y]{5}-[0-9A-Y]{5}");

        JsonPath packed = waitForStatus(id, "PACKED");
        assertThat(packed.getList("timeline.milestone")).containsSubsequence("PLACED", "CONFIRMED", "ALLOCATED", "PICKED", "PACKED");
        String carrier = packed.getString("shipments[0].carrier");
        String number = packed.getString("shipments[0].carrierTrackingNumber");

        OffsetDateTime t = at(1, 1);
        List<Map<String, Object>> scans = new ArrayList<>(List.of(
                scan(carrier, number, number + "-1", "HANDED_OVER", t, "Berlin"),
                scan(carrier, number, number + "-2", "IN_TRANSIT", t.plusHours(4).withOffsetSameInstant(java.time.ZoneOffset.ofHours(2)), "Leipzig"),
                scan(carrier, number, number + "-3", "IN_TRANSIT", t.plusHours(9), "Nuremberg"),
                scan(carrier, number, number + "-4", "OUT_FOR_DELIVERY", t.plusHours(20), "Munich"),
                scan(carrier, number, number + "-5", "DELIVERED", t.plusHours(22).withOffsetSameInstant(java.time.ZoneOffset.UTC), "Munich")));
        List<Map<String, Object>> sent = new ArrayList<>(scans);
        sent.add(scans.get(4));
        sent.add(scans.get(1));
        Collections.shuffle(sent, new Random(7));

        given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON).body(batch(sent))
                .post("/api/v1/tracking-events").then().statusCode(200)
                .body("accepted", equalTo(5)).body("duplicates", equalTo(2)).body("rejected", equalTo(0));

        String publicView = given().get("/api/v1/tracking/{id}", trackingId.toLowerCase().replace("-", " "))
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("status", equalTo("DELIVERED"))
                .body("shipments[0].proofOfDelivery", equalTo(true))
                .extract().asString();
        JsonPath view = JsonPath.from(publicView);
        List<String> milestones = view.getList("timeline.milestone");
        assertThat(milestones).containsExactly("PLACED", "CONFIRMED", "ALLOCATED", "PICKED", "PACKED", "HANDED_OVER",
                "IN_TRANSIT", "IN_TRANSIT", "OUT_FOR_DELIVERY", "DELIVERED");
        List<OffsetDateTime> times = view.getList("timeline.occurredAt", String.class).stream().map(OffsetDateTime::parse).toList();
        for (int i = 1; i < times.size(); i++) {
            assertThat(times.get(i).toInstant()).isAfterOrEqualTo(times.get(i - 1).toInstant());
        }
        assertThat(view.getString("timeline[6].occurredAt")).endsWith("+02:00");
        assertThat(publicView).doesNotContain("Ada", "Lovelace", "ada.lovelace@example.org", "Analytical", "10115", "+49301234567",
                "sig://", "photo://", "52.52001", "13.40495", "latitude", "receivedBy");

        given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON).body(batch(sent))
                .post("/api/v1/tracking-events").then().statusCode(200)
                .body("accepted", equalTo(0)).body("duplicates", equalTo(7));
        given().header("X-API-Key", ApiTestData.OPERATOR).get("/api/v1/orders/{id}", id).then().statusCode(200)
                .body("status", equalTo("DELIVERED")).body("timeline.size()", equalTo(10))
                .body("shipments[0].proofOfDelivery.receivedBy", equalTo("A. Lovelace"));
    }

    @Test
    void shortStockPutsTheOrderOnHoldWithTheReason() {
        String id = given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON)
                .body(order(unique("E2E"), line("SOCKS-STRIPE-42", 1)))
                .post("/api/v1/orders").then().statusCode(201).extract().path("id");
        given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/orders/{id}/confirmation", id).then().statusCode(200);
        JsonPath held = waitForStatus(id, "ON_HOLD");
        assertThat(held.getString("statusReason")).contains("SOCKS-STRIPE-42");
    }

    static JsonPath waitForStatus(String id, String status) {
        long deadline = System.currentTimeMillis() + 30_000;
        JsonPath last = null;
        while (System.currentTimeMillis() < deadline) {
            last = given().header("X-API-Key", ApiTestData.OPERATOR).get("/api/v1/orders/{id}", id)
                    .then().statusCode(200).extract().jsonPath();
            if (status.equals(last.getString("status"))) {
                return last;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("order " + id + " did not reach " + status + "; last seen: " + (last == null ? null : last.prettify()));
    }
}
