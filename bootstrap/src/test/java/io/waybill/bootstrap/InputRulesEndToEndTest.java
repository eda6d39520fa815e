package io.waybill.bootstrap;

import static io.restassured.RestAssured.given;
import static io.waybill.bootstrap.ApiTestData.INTEGRATOR;
import static io.waybill.bootstrap.ApiTestData.OPERATOR;
import static io.waybill.bootstrap.ApiTestData.at;
import static io.waybill.bootstrap.ApiTestData.batch;
import static io.waybill.bootstrap.ApiTestData.confirm;
import static io.waybill.bootstrap.ApiTestData.line;
import static io.waybill.bootstrap.ApiTestData.order;
import static io.waybill.bootstrap.ApiTestData.ownWms;
import static io.waybill.bootstrap.ApiTestData.scan;
import static io.waybill.bootstrap.ApiTestData.unique;
import static io.waybill.bootstrap.BadInputEndToEndTest.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.waybill.adapters.persistence.testing.PostgresTestResource;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The input rules of #12: what once gave a 500 (a NUL byte, extreme years, a null inside an array), what was once
 * guessed (1.5 as 1, "3" as 3, 123 as a date or a text), and how refusals read (field named, no Java, values cut).
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class InputRulesEndToEndTest {

    @BeforeEach
    void keys() {
        TestKeys.register();
    }

    private static RequestSpecification integrator() {
        return given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON);
    }

    private static Map<String, Object> orderWith(String field, Object value) {
        Map<String, Object> order = new HashMap<>(order(unique("RULE"), line("MUG-WHITE", 1)));
        order.put(field, value);
        return order;
    }

    /** A confirmed order the simulated WMS leaves alone, for a test that packs it itself. */
    private static String packableOrder() {
        String id = integrator().body(order(ownWms("RULE"), line("PEN-STEEL", 1))).post("/api/v1/orders").then().statusCode(201)
                .extract().path("id");
        confirm(id);
        return id;
    }

    private static String placedOrder() {
        return integrator().body(order(unique("RULE"), line("PEN-STEEL", 1))).post("/api/v1/orders").then().statusCode(201)
                .extract().path("id");
    }

    @Test
    void aNulByteInAStoredStringIsA400NamingTheField() {
        Map<String, Object> customer = Map.of("name", "Ada\u0000Lovelace", "email", "ada.lovelace@example.org");
        problem(integrator().body(orderWith("customer", customer)).post("/api/v1/orders").then(), 400)
                .body("errors[0].field", equalTo("customer.name")).body("detail", containsString("control characters"));
        problem(integrator().body(orderWith("orderNumber", "SO-\u0000")).post("/api/v1/orders").then(), 400)
                .body("errors[0].field", equalTo("orderNumber"));
        String id = placedOrder();
        problem(integrator().body(Map.of("reason", "changed\u0000mind")).post("/api/v1/orders/{id}/cancellation", id).then(), 400)
                .body("errors[0].field", equalTo("reason"));
        integrator().body(Map.of("reason", "changed my mind:\nsecond line")).post("/api/v1/orders/{id}/cancellation", id)
                .then().statusCode(200);
        problem(given().header("X-API-Key", INTEGRATOR).get("/api/v1/customers/{email}/notification-preferences",
                "ada\u0000@example.org").then(), 400).body("errors[0].field", equalTo("email"));
    }

    @Test
    void aNulByteInOneEventIsRejectedAndItsSiblingsAreRecorded() {
        String id = packableOrder();
        String number = "1Z" + id.substring(0, 8).toUpperCase();
        integrator().body(batch(List.of(ApiTestData.packed(id, "ups", number, "PEN-STEEL")))).post("/api/v1/warehouse-events")
                .then().statusCode(200).body("accepted", equalTo(1));
        Map<String, Object> nul = new HashMap<>(scan("ups", number, number + "-nul", "IN_TRANSIT", at(1, 1), "Berlin"));
        nul.put("rawText", "in transit\u0000");
        Map<String, Object> nulCity = new HashMap<>(scan("ups", number, number + "-nul-city", "IN_TRANSIT", at(1, 1), "Ber\u0000lin"));
        Map<String, Object> good = scan("ups", number, number + "-good", "HANDED_OVER", at(1, 1), "Berlin");
        integrator().body(batch(List.of(nul, nulCity, good))).post("/api/v1/tracking-events").then().statusCode(200)
                .body("accepted", equalTo(1)).body("rejected", equalTo(2))
                .body("results[0].reason", containsString("rawText")).body("results[1].reason", containsString("location."))
                .body("results[2].result", equalTo("ACCEPTED"));
        given().header("X-API-Key", OPERATOR).get("/api/v1/orders/{id}", id).then().statusCode(200)
                .body("shipments[0].status", equalTo("SHIPPED"));
    }

    @Test
    void extremeYearsAreA400WithThePlausibleRange() {
        for (String year : new String[] {"+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z"}) {
            problem(integrator().body(orderWith("promisedDelivery", Map.of("earliest", year, "latest", year)))
                    .post("/api/v1/orders").then(), 400)
                    .body("detail", allOf(containsString("promisedDelivery"), containsString("1970 to 9999")));
        }
        String id = packableOrder();
        String number = "1Z" + id.substring(0, 8).toUpperCase();
        integrator().body(batch(List.of(ApiTestData.packed(id, "ups", number, "PEN-STEEL")))).post("/api/v1/warehouse-events")
                .then().statusCode(200);
        Map<String, Object> far = new HashMap<>(scan("ups", number, number + "-far", "IN_TRANSIT", at(1, 1), "Berlin"));
        far.put("occurredAt", "+999999999-12-31T23:59:59+18:00");
        Map<String, Object> good = scan("ups", number, number + "-near", "HANDED_OVER", at(1, 1), "Berlin");
        integrator().body(batch(List.of(far, good))).post("/api/v1/tracking-events").then().statusCode(200)
                .body("accepted", equalTo(1)).body("results[0].reason", allOf(containsString("occurredAt"), containsString("1970 to 9999")));
    }

    @Test
    void aNullInsideAnArrayIsA400NamingTheElement() {
        problem(integrator().body("{\"channels\": [null]}").put("/api/v1/customers/{email}/notification-preferences",
                "ada.lovelace@example.org").then(), 400).body("detail", containsString("channels[0]"));
        problem(integrator().body("{\"url\": \"https://example.org/hook\", \"eventTypes\": [\"order.placed\", null]}")
                .post("/api/v1/webhooks/subscriptions").then(), 400).body("detail", containsString("eventTypes"));
        Map<String, Object> order = new HashMap<>(order(unique("RULE"), line("MUG-WHITE", 1)));
        order.put("lines", Arrays.asList(line("MUG-WHITE", 1), null));
        problem(integrator().body(order).post("/api/v1/orders").then(), 400).body("detail", containsString("lines[1]"));
    }

    @Test
    void numbersAreNumbersTextIsTextAndTimesAreText() {
        problem(integrator().body(orderWith("lines", List.of(Map.of("sku", "MUG-WHITE", "quantity", 1.5)))).post("/api/v1/orders")
                .then(), 400).body("detail", equalTo("lines[0].quantity: '1.5' is not a whole number"));
        problem(integrator().body(orderWith("lines", List.of(Map.of("sku", "MUG-WHITE", "quantity", "3")))).post("/api/v1/orders")
                .then(), 400).body("detail", containsString("lines[0].quantity"));
        problem(integrator().body(orderWith("orderNumber", 123)).post("/api/v1/orders").then(), 400)
                .body("detail", containsString("orderNumber"));
        problem(integrator().body(orderWith("promisedDelivery", Map.of("earliest", 123, "latest", 456))).post("/api/v1/orders")
                .then(), 400).body("detail", allOf(containsString("promisedDelivery."), containsString("ISO-8601")));
        problem(given().contentType(ContentType.JSON).body("{\"rating\": 4.5}").post("/api/v1/feedback/{token}", "no.token")
                .then(), 400).body("detail", containsString("rating"));
        Map<String, Object> early = new HashMap<>(scan("ups", "1ZNOSUCH1", "num-date", "IN_TRANSIT", at(1, 1), "Berlin"));
        early.put("occurredAt", 123);
        integrator().body(batch(List.of(early))).post("/api/v1/tracking-events").then().statusCode(200)
                .body("rejected", equalTo(1)).body("results[0].reason", allOf(containsString("occurredAt"), containsString("ISO-8601")));
    }

    @Test
    void badQueryNumbersAreA400NotA404() {
        problem(given().header("X-API-Key", INTEGRATOR).get("/api/v1/webhooks/dead-letters?limit=abc").then(), 400)
                .body("errors[0].field", equalTo("limit"));
        problem(given().header("X-API-Key", INTEGRATOR).post("/api/v1/webhooks/dead-letters/{id}/replay", "abc").then(), 400)
                .body("errors[0].field", equalTo("id"));
    }

    @Test
    void problemsSpeakJsonNotJavaAndCutWhatTheyEcho() {
        String detail = problem(integrator().body(orderWith("lines", Map.of("sku", "MUG-WHITE"))).post("/api/v1/orders").then(), 400)
                .body("detail", containsString("lines")).extract().path("detail");
        assertThat(detail).doesNotContain("java.", "`", "io.waybill", "Cannot deserialize");
        String huge = "X".repeat(1_000_000);
        String body = problem(given().header("X-API-Key", OPERATOR).queryParam("status", huge.substring(0, 3000))
                .get("/api/v1/orders").then(), 400).extract().asString();
        assertThat(body).hasSizeLessThan(2000);
        Map<String, Object> event = new HashMap<>(scan("ups", "1ZNOSUCH2", "huge", "IN_TRANSIT", at(1, 1), "Berlin"));
        event.put("milestone", huge);
        String answer = integrator().body(batch(List.of(event))).post("/api/v1/tracking-events").then().statusCode(200)
                .body("results[0].reason", containsString("characters")).extract().asString();
        assertThat(answer).hasSizeLessThan(2000);
        String subscription = problem(integrator().body(Map.of("url", huge, "eventTypes", List.of("*")))
                .post("/api/v1/webhooks/subscriptions").then(), 400).body("detail", not(containsString(huge.substring(0, 200))))
                .extract().asString();
        assertThat(subscription).hasSizeLessThan(2000);
    }
}
