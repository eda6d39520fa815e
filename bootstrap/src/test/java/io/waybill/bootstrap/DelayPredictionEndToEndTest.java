package io.waybill.bootstrap;

import static io.restassured.RestAssured.given;
import static io.waybill.bootstrap.ApiTestData.INTEGRATOR;
import static io.waybill.bootstrap.ApiTestData.OPERATOR;
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
        Map<String, Object> order = new LinkedHashMap<>(order(unique("LATE"), line("MUG-WHITE", 1)));
        Instant now = Instant.now();
        // promised for the last hours, already over: even the wide static estimate (no deliveries learned yet) is
        // confidently late
        order.put("promisedDelivery", Map.of("earliest", now.minus(Duration.ofHours(6)).toString(),
                "latest", now.minus(Duration.ofHours(1)).toString()));
        String id = given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON).body(order)
                .post("/api/v1/orders").then().statusCode(201).extract().path("id");
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

    private static List<String> atRisk() {
        return given().header("X-API-Key", OPERATOR).get("/api/v1/shipments/at-risk?size=500").then().statusCode(200)
                .extract().jsonPath().getList("shipmentId", String.class);
    }
}
