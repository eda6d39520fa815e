package io.waybill.bootstrap;

import static io.restassured.RestAssured.given;
import static io.waybill.bootstrap.ApiTestData.INTEGRATOR;
import static io.waybill.bootstrap.ApiTestData.PLATFORM_ADMIN;
import static io.waybill.bootstrap.ApiTestData.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.waybill.adapters.persistence.testing.PostgresTestResource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * EPCIS sensor data as a shipment's conditions: GS1's data-logger example on a chilled shipment's parcel breaches its
 * profile, once however often it is captured; a logger on a pallet tells each shipment on it, through one device per
 * shipment; a device id another tenant holds is never written.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class EpcisSensorsEndToEndTest {

    private static final String CAPTURE = "/epcis/capture";
    private final Random random = new Random();

    @BeforeEach
    void keys() {
        TestKeys.register();
    }

    @Test
    void aLoggersTemperaturesOnAChilledParcelBreachItsProfileOnce() throws IOException {
        String epc = "urn:epc:id:sgtin:4012345.011111." + random.nextInt(1_000_000);
        String device = "urn:epc:id:giai:4000001." + random.nextInt(1_000_000);
        String orderId = EpcisEndToEndTest.packedWithEpc(epc);
        String shipment = shipmentOf(orderId);
        given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON).body(Map.of("preset", "chilled"))
                .put("/api/v1/shipments/{id}/conditions/profile", shipment).then().statusCode(200);
        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        String document = fixture().replace("2019-04-02", yesterday).replace("urn:epc:id:sgtin:4012345.011111.9876", epc)
                .replace("urn:epc:id:giai:4000001.111", device).replaceAll("\"eventID\": \"[^\"]*\",", "");

        JsonPath job = capture(document);
        assertThat(job.getBoolean("success")).isTrue();
        assertThat(job.getInt("readings")).as("six temperatures, 26 °C to 26.5 °C").isEqualTo(6);
        assertThat(job.getList("warnings")).isEmpty();
        given().header("X-API-Key", INTEGRATOR).get("/api/v1/shipments/{id}/conditions", shipment).then().statusCode(200)
                .body("readings", equalTo(6)).body("breached", equalTo(true))
                .body("excursions[0].kind", equalTo("TEMPERATURE_HIGH"))
                .body("reasons[0]", containsString("Temperature above 8 °C"));
        given().header("X-API-Key", INTEGRATOR).get("/api/v1/devices/{id}", device).then().statusCode(200)
                .body("kind", equalTo("DATA_LOGGER")).body("bindings", hasSize(1)).body("bindings[0].shipmentId", equalTo(shipment));

        JsonPath again = capture(document);
        assertThat(again.getInt("readings")).as("captured again, stored once").isZero();
        assertThat(again.getInt("duplicates")).isEqualTo(1);
        given().header("X-API-Key", INTEGRATOR).get("/api/v1/shipments/{id}/conditions", shipment).then().body("readings", equalTo(6));
        given().header("X-API-Key", INTEGRATOR).get("/api/v1/devices/{id}", device).then().body("bindings", hasSize(1));
    }

    @Test
    void aLoggerOnAPalletTellsEveryShipmentOnItButNeverWritesAnotherTenantsDevice() {
        String first = "urn:epc:id:sgtin:0614141.107346.8" + random.nextInt(1_000_000);
        String second = "urn:epc:id:sgtin:0614141.107346.9" + random.nextInt(1_000_000);
        String pallet = "urn:epc:id:sscc:0614141." + (1_000_000_000L + random.nextInt(900_000_000));
        String shipmentA = shipmentOf(EpcisEndToEndTest.packedWithEpc(first));
        String shipmentB = shipmentOf(EpcisEndToEndTest.packedWithEpc(second));
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(2));
        String sensors = "[{\"sensorReport\": [" + report(start, 50, "FAH") + ", " + report(start.plusSeconds(600), 283.15, "KEL")
                + ", {\"type\": \"Speed\", \"value\": 60, \"uom\": \"KMH\"}]}]";
        String document = document("""
                {"type": "AggregationEvent", "eventTime": "%s", "eventTimeZoneOffset": "+00:00", "parentID": "%s",
                 "childEPCs": ["%s", "%s"], "action": "ADD", "bizStep": "packing"},
                {"type": "ObjectEvent", "eventTime": "%s", "eventTimeZoneOffset": "+00:00", "epcList": ["%s"],
                 "action": "OBSERVE", "bizStep": "inspecting", "sensorElementList": %s}""".formatted(start.minusSeconds(60), pallet,
                first, second, start.plusSeconds(900), pallet, sensors));

        JsonPath job = capture(document);
        assertThat(job.getInt("readings")).as("two readings for each of the two shipments").isEqualTo(4);
        assertThat(job.getList("warnings", String.class)).containsExactly("event 1: 1 sensor report not read as conditions: Speed in KMH (1)");
        for (String shipment : List.of(shipmentA, shipmentB)) {
            given().header("X-API-Key", INTEGRATOR).get("/api/v1/shipments/{id}/conditions", shipment).then().statusCode(200)
                    .body("readings", equalTo(2));
        }

        String tenant = "epcis-" + unique("t").toLowerCase().substring(2);
        given().header("X-API-Key", PLATFORM_ADMIN).contentType(ContentType.JSON).body(Map.of("id", tenant, "name", "Other Co"))
                .post("/api/v1/admin/tenants").then().statusCode(201);
        String theirs = given().header("X-API-Key", PLATFORM_ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", "epcis-integrator", "role", "integrator", "tenant", tenant)).post("/api/v1/admin/api-keys")
                .then().statusCode(201).extract().path("key");
        String device = "urn:epc:id:giai:4000002." + random.nextInt(1_000_000);
        given().header("X-API-Key", theirs).contentType(ContentType.JSON).body(Map.of("kind", "DATA_LOGGER"))
                .put("/api/v1/devices/{id}", device).then().statusCode(201);
        String third = "urn:epc:id:sgtin:0614141.107346.7" + random.nextInt(1_000_000);
        String shipmentC = shipmentOf(EpcisEndToEndTest.packedWithEpc(third));
        JsonPath refused = capture(document("""
                {"type": "ObjectEvent", "eventTime": "%s", "eventTimeZoneOffset": "+00:00", "epcList": ["%s"], "action": "OBSERVE",
                 "sensorElementList": [{"sensorMetadata": {"deviceID": "%s"}, "sensorReport": [%s]}]}""".formatted(start, third,
                device, report(start, 4, "CEL"))));
        assertThat(refused.getList("errors")).isEmpty();
        assertThat(refused.getInt("readings")).isZero();
        assertThat(refused.getList("warnings", String.class)).containsExactly("event 0: device " + device
                + " is registered by another tenant; its 1 readings were not stored");
        given().header("X-API-Key", INTEGRATOR).get("/api/v1/shipments/{id}/conditions", shipmentC).then().body("readings", equalTo(0));
        given().header("X-API-Key", theirs).get("/api/v1/devices/{id}", device).then().statusCode(200).body("bindings", hasSize(0));
    }

    private static String report(Instant at, double value, String uom) {
        return "{\"type\": \"gs1:Temperature\", \"time\": \"" + at + "\", \"value\": " + value + ", \"uom\": \"" + uom + "\"}";
    }

    private static String document(String events) {
        return """
                {"@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"], "type": "EPCISDocument",
                 "schemaVersion": "2.0", "creationDate": "%s", "epcisBody": {"eventList": [%s]}}""".formatted(Instant.now(), events);
    }

    private static JsonPath capture(String document) {
        String location = given().header("X-API-Key", INTEGRATOR).contentType("application/ld+json").body(document).post(CAPTURE)
                .then().statusCode(202).extract().header("Location");
        return given().header("X-API-Key", INTEGRATOR).get(location).then().statusCode(200).extract().jsonPath();
    }

    private static String shipmentOf(String orderId) {
        return given().header("X-API-Key", INTEGRATOR).get("/api/v1/orders/{id}", orderId).then().statusCode(200).extract()
                .path("shipments[0].id");
    }

    private static String fixture() throws IOException {
        try (InputStream in = EpcisSensorsEndToEndTest.class.getResourceAsStream("/fixtures/SensorDataExample5.jsonld")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
