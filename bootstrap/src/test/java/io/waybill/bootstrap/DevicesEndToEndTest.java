package io.waybill.bootstrap;

import static io.restassured.RestAssured.given;
import static io.waybill.bootstrap.ApiTestData.ADMIN;
import static io.waybill.bootstrap.ApiTestData.INTEGRATOR;
import static io.waybill.bootstrap.ApiTestData.OPERATOR;
import static io.waybill.bootstrap.ApiTestData.PLATFORM_ADMIN;
import static io.waybill.bootstrap.ApiTestData.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.waybill.adapters.persistence.testing.PostgresTestResource;
import io.waybill.adapters.telemetry.mqtt.MqttListener;
import io.waybill.application.fakes.Await;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Devices through the whole application, on PostgreSQL and the real MQTT broker: a tracker registered and bound to a
 * shipment reports over MQTT and over the OsmAnd protocol; the order view shows its last position and the shipment's
 * trail its route. Another tenant's topic cannot write the device's readings, and its key cannot read them.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class DevicesEndToEndTest {

    @Inject
    MqttListener mqtt;

    @Inject
    MockMailbox mailbox;

    private static WebhookReceiver hooks;

    @BeforeAll
    static void receiver() throws IOException {
        hooks = new WebhookReceiver();
    }

    @AfterAll
    static void closeReceiver() {
        hooks.close();
    }

    @BeforeEach
    void keys() {
        TestKeys.register();
    }

    @Test
    void aTrackerReportsOverMqttAndOsmAndAndTheShipmentShowsWhereItIs() throws Exception {
        String orderId = given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON)
                .body(ApiTestData.order(ApiTestData.ownWms("DEV"), ApiTestData.line("MUG-WHITE", 1))).post("/api/v1/orders").then()
                .statusCode(201).extract().path("id");
        ApiTestData.confirm(orderId);
        String number = unique("DEV");
        given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON)
                .body(ApiTestData.batch(List.of(ApiTestData.packed(orderId, "dhl", number, "MUG-WHITE"))))
                .post("/api/v1/warehouse-events").then().statusCode(200);
        String shipment = given().header("X-API-Key", INTEGRATOR).get("/api/v1/orders/{id}", orderId).then().statusCode(200)
                .extract().path("shipments[0].id");
        String device = "TRK-" + UUID.randomUUID().toString().substring(0, 12);
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(3));
        given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON).body(Map.of("kind", "GPS_TRACKER", "label", "Van 7"))
                .put("/api/v1/devices/{id}", device).then().statusCode(201);
        given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON)
                .body(Map.of("shipmentId", shipment, "from", start.toString())).post("/api/v1/devices/{id}/bindings", device).then()
                .statusCode(201);

        Await.until(Duration.ofSeconds(15), "Waybill listens to the broker", mqtt::connected);
        MqttClient gateway = new MqttClient("tcp://127.0.0.1:1883", "gateway-" + device, new MemoryPersistence());
        gateway.connect();
        for (int minute = 0; minute < 10; minute++) { // ten minutes due east along 52.5° N
            String reading = "{\"at\": \"" + start.plus(Duration.ofMinutes(minute)) + "\", \"latitude\": 52.5, \"longitude\": "
                    + (13.0 + minute * 0.01) + ", \"speedKmh\": 40}";
            gateway.publish("waybill/default/devices/" + device + "/telemetry", reading.getBytes(StandardCharsets.UTF_8), 1, false);
        }
        gateway.publish("waybill/other-shipper/devices/" + device + "/telemetry",
                ("{\"at\": \"" + start.plus(Duration.ofMinutes(20)) + "\", \"latitude\": 1, \"longitude\": 1}").getBytes(StandardCharsets.UTF_8),
                1, false);
        gateway.disconnect();
        gateway.close();
        String trail = "/api/v1/shipments/" + shipment + "/trail";
        Await.until(Duration.ofSeconds(15), "the ten MQTT readings are stored", () -> given().header("X-API-Key", INTEGRATOR)
                .get(trail).then().statusCode(200).extract().<Integer>path("reported") == 10);

        given().queryParam("id", device).queryParam("lat", "52.6").queryParam("lon", "13.2")
                .queryParam("timestamp", start.plus(Duration.ofMinutes(15)).getEpochSecond()).get("/osmand").then().statusCode(200);

        JsonPath route = given().header("X-API-Key", INTEGRATOR).get(trail).then().statusCode(200)
                .body("reported", equalTo(11)).extract().jsonPath();
        assertThat(route.getList("points")).as("the straight stretch simplified, the turn north kept").hasSize(3);
        assertThat(route.getFloat("last.latitude")).isEqualTo(52.6f);
        given().header("X-API-Key", INTEGRATOR).get("/api/v1/orders/{id}", orderId).then().statusCode(200)
                .body("lastKnownPositions", hasSize(1)).body("lastKnownPositions[0].shipmentId", equalTo(shipment))
                .body("lastKnownPositions[0].latitude", equalTo(52.6f));
        given().header("X-API-Key", INTEGRATOR).get("/api/v1/devices/{id}", device).then().statusCode(200)
                .body("bindings[0].shipmentId", equalTo(shipment)).body("lastPosition.longitude", equalTo(13.2f));
        assertThat(mqtt.telemetry().refused()).as("the other tenant's topic").isPositive();

        // the tenant wants condition alerts by e-mail and by webhook; the carrier has taken the parcel (a checkpoint to predict from)
        given().header("X-API-Key", ADMIN).contentType(ContentType.JSON).body(Map.of("conditionEmail", "quality@shop.example"))
                .put("/api/v1/admin/alerts").then().statusCode(200).body("conditionEmail", equalTo("quality@shop.example"));
        given().header("X-API-Key", ADMIN).contentType(ContentType.JSON).body(Map.of("conditionEmail", "two@a.example, b@c.example"))
                .put("/api/v1/admin/alerts").then().statusCode(400).body("detail", containsString("conditionEmail"));
        given().header("X-API-Key", INTEGRATOR).get("/api/v1/admin/alerts").then().statusCode(403);
        String hook = "/condition-" + device;
        hooks.secret(hook, given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON)
                .body(Map.of("url", hooks.url(hook), "eventTypes", List.of("shipment.condition_breached")))
                .post("/api/v1/webhooks/subscriptions").then().statusCode(201).extract().path("secret"));
        given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON)
                .body(ApiTestData.batch(List.of(ApiTestData.scan("dhl", number, unique("HO"), "HANDED_OVER",
                        start.atOffset(ZoneOffset.UTC), "Berlin")))).post("/api/v1/tracking-events").then().statusCode(200);

        given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON).body(Map.of("preset", "chilled"))
                .put("/api/v1/shipments/{id}/conditions/profile", shipment).then().statusCode(200).body("profiled", equalTo(true))
                .body("breached", equalTo(false));
        List<Map<String, Object>> cold = new ArrayList<>();
        for (int minute = 0; minute < 25; minute++) { // 5 °C, with 40 min at 10 °C in the middle
            cold.add(Map.of("at", start.plus(Duration.ofMinutes(minute * 5L)).plusSeconds(1).toString(),
                    "temperature", minute >= 8 && minute < 16 ? 10.0 : 5.0));
        }
        given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON).body(cold).post("/api/v1/devices/{id}/readings", device)
                .then().statusCode(200).body("stored", equalTo(25));
        given().header("X-API-Key", INTEGRATOR).queryParam("points", 10).get("/api/v1/shipments/{id}/conditions", shipment).then()
                .statusCode(200).body("breached", equalTo(true))
                .body("reasons[0]", containsString("Temperature above 8 °C for 40 min in total"))
                .body("excursions[0].kind", equalTo("TEMPERATURE_HIGH")).body("excursions[0].minutes", equalTo(40))
                .body("series.size()", lessThanOrEqualTo(10));
        Await.until(Duration.ofSeconds(15), "the excursion enters the exceptions queue", () -> given().header("X-API-Key", OPERATOR)
                .queryParam("kind", "CONDITION_EXCURSION").get("/api/v1/exceptions").then().statusCode(200).extract()
                .<List<String>>path("items.shipmentId").contains(shipment));
        Await.until(Duration.ofSeconds(15), "the breach is told by webhook at once", () -> !hooks.on(hook).isEmpty());
        WebhookReceiver.Received told = hooks.on(hook).getFirst();
        assertThat(told.eventType()).isEqualTo("shipment.condition_breached");
        assertThat(JsonPath.from(told.body()).getString("data.shipmentId")).isEqualTo(shipment);
        assertThat(JsonPath.from(told.body()).getString("data.reason")).contains("Temperature above 8 °C for 40 min in total");
        assertThat(told.body()).as("no personal data").doesNotContain("Ada", "ada.lovelace", "Analytical");
        Await.until(Duration.ofSeconds(15), "and by e-mail to the tenant's address",
                () -> !mailbox.getMailsSentTo("quality@shop.example").isEmpty());
        assertThat(mailbox.getMailsSentTo("quality@shop.example")).singleElement()
                .satisfies(m -> assertThat(m.getSubject()).startsWith("Alert: condition excursion on order "));
        Await.until(Duration.ofSeconds(15), "the breach is a finding of the delay-risk rules", () -> {
            List<String> reasons = given().header("X-API-Key", INTEGRATOR).get("/api/v1/shipments/{id}/prediction", shipment).then()
                    .extract().jsonPath().getList("prediction.reasons", String.class);
            return reasons != null && reasons.stream().anyMatch(r -> r.startsWith("condition breach (Out of its condition profile"));
        });
        given().header("X-API-Key", ADMIN).contentType(ContentType.JSON).body("{\"conditionEmail\": null}").put("/api/v1/admin/alerts")
                .then().statusCode(200).body("conditionEmail", equalTo(null));

        String tenant = "dev-" + unique("t").toLowerCase().substring(2);
        given().header("X-API-Key", PLATFORM_ADMIN).contentType(ContentType.JSON).body(Map.of("id", tenant, "name", "Other Co"))
                .post("/api/v1/admin/tenants").then().statusCode(201);
        String theirs = given().header("X-API-Key", PLATFORM_ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", "dev-integrator", "role", "integrator", "tenant", tenant)).post("/api/v1/admin/api-keys")
                .then().statusCode(201).extract().path("key");
        given().header("X-API-Key", theirs).get("/api/v1/devices/{id}", device).then().statusCode(404);
        given().header("X-API-Key", theirs).get(trail).then().statusCode(404);
        given().header("X-API-Key", theirs).contentType(ContentType.JSON).body(Map.of("kind", "GPS_TRACKER"))
                .put("/api/v1/devices/{id}", device).then().statusCode(409);
    }
}
