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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.waybill.adapters.persistence.testing.PostgresTestResource;
import io.waybill.domain.tracking.TrackingId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every kind of bad input answers 4xx problem+json that says what to fix, and stores nothing it refused. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class BadInputEndToEndTest {

    @BeforeEach
    void keys() {
        TestKeys.register();
    }

    static ValidatableResponse problem(ValidatableResponse response, int status) {
        return response.statusCode(status).contentType("application/problem+json")
                .body("status", equalTo(status)).body("title", notNullValue()).body("detail", notNullValue());
    }

    @Test
    void malformedJsonIsA400() {
        problem(given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON).body("{\"orderNumber\": \"X\", ")
                .post("/api/v1/orders").then(), 400).body("type", containsString("malformed-json"));
    }

    @Test
    void wrongTypesNameTheField() {
        Map<String, Object> order = new HashMap<>(order(unique("BAD"), line("MUG-WHITE", 1)));
        order.put("lines", List.of(Map.of("sku", "MUG-WHITE", "quantity", "three")));
        problem(given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON).body(order).post("/api/v1/orders").then(), 400)
                .body("detail", containsString("lines[0].quantity"));
    }

    @Test
    void missingFieldsAreNamedAndNothingIsStored() {
        String number = unique("BAD");
        Map<String, Object> order = new HashMap<>(order(number, line("MUG-WHITE", 1)));
        order.remove("customer");
        problem(given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON).body(order).post("/api/v1/orders").then(), 400)
                .body("errors[0].field", equalTo("customer"));
        Map<String, Object> noQuantity = new HashMap<>(order(number, line("MUG-WHITE", 1)));
        noQuantity.put("lines", List.of(Map.of("sku", "MUG-WHITE")));
        problem(given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON).body(noQuantity).post("/api/v1/orders").then(), 400)
                .body("detail", containsString("quantity"));
        given().header("X-API-Key", OPERATOR).queryParam("placedFrom", "2000-01-01T00:00:00Z").queryParam("size", "200")
                .get("/api/v1/orders").then().statusCode(200).body("items.orderNumber", org.hamcrest.Matchers.not(hasItem(number)));
    }

    @Test
    void anOrderNumberIsUsedOnce() {
        Map<String, Object> order = order(unique("DUP"), line("MUG-WHITE", 1));
        given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON).body(order).post("/api/v1/orders").then().statusCode(201);
        problem(given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON).body(order).post("/api/v1/orders").then(), 409)
                .body("type", containsString("order-number-taken"));
    }

    @Test
    void batchesReportEachBadEventAndStoreTheRest() {
        String id = given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON)
                .body(order(ownWms("BATCH"), line("PEN-STEEL", 1))).post("/api/v1/orders").then().statusCode(201).extract().path("id");
        ApiTestData.confirm(id);
        String number = "1Z" + id.substring(0, 8).toUpperCase();
        given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON)
                .body(batch(List.of(ApiTestData.packed(id, "ups", number, "PEN-STEEL"))))
                .post("/api/v1/warehouse-events").then().statusCode(200).body("accepted", equalTo(1));

        Map<String, Object> unknownCode = new HashMap<>(scan("ups", number, number + "-x", "IN_TRANSIT", at(1, 1), "Berlin"));
        unknownCode.put("milestone", "TELEPORTED");
        Map<String, Object> badTime = new HashMap<>(scan("ups", number, number + "-y", "IN_TRANSIT", at(1, 1), "Berlin"));
        badTime.put("occurredAt", "yesterday");
        Map<String, Object> noOffset = new HashMap<>(scan("ups", number, number + "-z", "IN_TRANSIT", at(1, 1), "Berlin"));
        noOffset.put("occurredAt", "2026-11-02T10:00:00");
        Map<String, Object> unknownShipment = scan("ups", "1ZNOSUCHPARCEL", "ghost-1", "IN_TRANSIT", at(1, 1), "Berlin");
        Map<String, Object> good = scan("ups", number, number + "-ok", "HANDED_OVER", at(1, 1), "Berlin");
        given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON)
                .body(batch(List.of(unknownCode, badTime, noOffset, unknownShipment, good)))
                .post("/api/v1/tracking-events").then().statusCode(200)
                .body("accepted", equalTo(1)).body("rejected", equalTo(4))
                .body("results[0].reason", containsString("TELEPORTED"))
                .body("results[1].reason", containsString("occurredAt"))
                .body("results[2].reason", containsString("occurredAt"))
                .body("results[3].reason", containsString("1ZNOSUCHPARCEL"))
                .body("results[4].result", equalTo("ACCEPTED"));
        given().header("X-API-Key", OPERATOR).get("/api/v1/orders/{id}", id).then().statusCode(200)
                .body("shipments[0].status", equalTo("SHIPPED")).body("timeline.size()", equalTo(4));
    }

    @Test
    void packingAnOrderThatWasNeverConfirmedIsRejectedNamingTheRuleAndWritesNothing() {
        String id = given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON)
                .body(order(ownWms("UNPAID"), line("PEN-STEEL", 1))).post("/api/v1/orders").then().statusCode(201).extract().path("id");
        String number = "1ZUNPAID" + id.substring(0, 8).toUpperCase();

        given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON)
                .body(batch(List.of(ApiTestData.packed(id, "ups", number, "PEN-STEEL"))))
                .post("/api/v1/warehouse-events").then().statusCode(200)
                .body("accepted", equalTo(0)).body("rejected", equalTo(1))
                .body("results[0].result", equalTo("REJECTED"))
                .body("results[0].reason", containsString("packed-before-confirmation"))
                .body("results[0].reason", containsString("never confirmed"));
        given().header("X-API-Key", OPERATOR).get("/api/v1/orders/{id}", id).then().statusCode(200)
                .body("status", equalTo("PLACED")).body("shipments.size()", equalTo(0)).body("timeline.size()", equalTo(1));

        ApiTestData.confirm(id);
        given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON)
                .body(batch(List.of(ApiTestData.packed(id, "ups", number, "PEN-STEEL"))))
                .post("/api/v1/warehouse-events").then().statusCode(200).body("accepted", equalTo(1));
    }

    @Test
    void oversizedAndEmptyBatchesAreRefusedWhole() {
        List<Map<String, Object>> events = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            events.add(scan("ups", "1ZOVERSIZE", "big-" + i, "IN_TRANSIT", at(1, 1), "Berlin"));
        }
        problem(given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON).body(batch(events))
                .post("/api/v1/tracking-events").then(), 413).body("detail", containsString("at most 1000"));
        problem(given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON).body(batch(List.of()))
                .post("/api/v1/tracking-events").then(), 400);
        problem(given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON).body("[1, 2]")
                .post("/api/v1/tracking-events").then(), 400);
    }

    @Test
    void illegalTransitionsAreConflictsThatNameThem() {
        String id = given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON)
                .body(order(unique("ILL"), line("PEN-STEEL", 1))).post("/api/v1/orders").then().statusCode(201).extract().path("id");
        given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON).body(Map.of("reason", "duplicate order"))
                .post("/api/v1/orders/{id}/cancellation", id).then().statusCode(200).body("status", equalTo("CANCELLED"));
        problem(given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/orders/{id}/confirmation", id).then(), 409).body("detail", containsString("CANCELLED -> CONFIRMED"));
        problem(given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/orders/{id}/cancellation", id).then(), 400).body("errors[0].field", equalTo("reason"));
    }

    @Test
    void trackingIdsMistypedOrUnknown() {
        String valid = TrackingId.generate().value();
        problem(given().get("/api/v1/tracking/{id}", valid).then(), 404).body("type", containsString("unknown-tracking-id"));
        char last = valid.charAt(14);
        String typo = valid.substring(0, 14) + (last == '0' ? '1' : '0');
        problem(given().get("/api/v1/tracking/{id}", typo).then(), 400).body("detail", containsString("check symbol"));
        problem(given().get("/api/v1/tracking/{id}", "hello").then(), 400);
        problem(given().header("X-API-Key", OPERATOR).get("/api/v1/orders/{id}", "not-a-uuid").then(), 400);
        problem(given().header("X-API-Key", OPERATOR).get("/api/v1/orders/{id}", java.util.UUID.randomUUID()).then(), 404);
    }

    @Test
    void keysMissingWrongOrTooWeak() {
        problem(given().get("/api/v1/orders").then(), 401).header("WWW-Authenticate", containsString("X-API-Key"));
        problem(given().header("X-API-Key", "wb_not-a-real-key").get("/api/v1/orders").then(), 401);
        problem(given().header("Authorization", "Bearer wb_not-a-real-key").get("/api/v1/orders").then(), 401);
        problem(given().header("X-API-Key", OPERATOR).contentType(ContentType.JSON)
                .body(order(unique("ROLE"), line("PEN-STEEL", 1))).post("/api/v1/orders").then(), 403);
        problem(given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON).body(Map.of("name", "x", "role", "admin"))
                .post("/api/v1/admin/api-keys").then(), 403);
        given().header("Authorization", "Bearer " + OPERATOR).get("/api/v1/orders?size=1").then().statusCode(200);
    }

    @Test
    void badQueryParametersAndUnknownPaths() {
        problem(given().header("X-API-Key", OPERATOR).get("/api/v1/orders?status=FLYING").then(), 400)
                .body("detail", containsString("FLYING"));
        problem(given().header("X-API-Key", OPERATOR).get("/api/v1/orders?size=100000").then(), 400);
        problem(given().header("X-API-Key", OPERATOR).get("/api/v1/orders?placedFrom=monday").then(), 400);
        problem(given().header("X-API-Key", OPERATOR).queryParam("placedTo", "+300000-01-01T00:00:00Z").get("/api/v1/orders").then(), 400)
                .body("detail", containsString("not a plausible time"));
        problem(given().header("X-API-Key", OPERATOR).get("/api/v1/nothing-here").then(), 404);
        problem(given().header("X-API-Key", INTEGRATOR).contentType(ContentType.TEXT).body("hi").post("/api/v1/orders").then(), 415);
    }

    @Test
    void adminsIssueKeysThatWork() {
        String key = given().header("X-API-Key", ApiTestData.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", unique("partner"), "role", "operator")).post("/api/v1/admin/api-keys")
                .then().statusCode(201).body("role", equalTo("operator")).extract().path("key");
        given().header("X-API-Key", key).get("/api/v1/orders?size=1").then().statusCode(200);
        problem(given().header("X-API-Key", ApiTestData.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", "x", "role", "superuser")).post("/api/v1/admin/api-keys").then(), 400);
    }
}
