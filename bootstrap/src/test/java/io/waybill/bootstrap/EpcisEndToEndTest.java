package io.waybill.bootstrap;

import static io.restassured.RestAssured.given;
import static io.waybill.bootstrap.ApiTestData.INTEGRATOR;
import static io.waybill.bootstrap.ApiTestData.OPERATOR;
import static io.waybill.bootstrap.ApiTestData.unique;
import static org.assertj.core.api.Assertions.assertThat;
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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * GS1 EPCIS 2.0 through the whole application: GS1's own example document, its EPCs naming the parcels of packed
 * orders, becomes timeline steps (shipping: handed over; receiving: in transit), once however often it is captured;
 * a pallet packed by an AggregationEvent carries an event on itself to every parcel on it; the query answers with
 * the filters of the standard; a document with a wrong event is refused whole (rollback) or in part (proceed); an error
 * declaration takes back the step its event made, once, and only in its own tenant.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class EpcisEndToEndTest {

    private static final String CAPTURE = "/epcis/capture";
    private final Random random = new Random();

    @BeforeEach
    void keys() {
        TestKeys.register();
    }

    @Test
    void gs1sExampleBecomesTimelineStepsOnceAndTheQueryFindsIt() throws IOException {
        String serial = String.valueOf(100_000 + random.nextInt(900_000));
        String first = "urn:epc:id:sgtin:0614141.107346." + serial;
        String second = "urn:epc:id:sgtin:0614141.107346." + serial + "9";
        String orderId = packedWithEpc(second);
        String document = fixture().replace("urn:epc:id:sgtin:0614141.107346.2017", first)
                .replace("urn:epc:id:sgtin:0614141.107346.2018", second)
                .replaceAll("\"eventID\": \"[^\"]*\",", ""); // named by their content hash, as a re-sent event must be

        String location = given().header("X-API-Key", INTEGRATOR).contentType("application/ld+json").body(document).post(CAPTURE)
                .then().statusCode(202).extract().header("Location");
        given().header("X-API-Key", INTEGRATOR).get(location).then().statusCode(200).body("success", equalTo(true))
                .body("running", equalTo(false)).body("captured", equalTo(2)).body("duplicates", equalTo(0))
                .body("onTimelines", equalTo(2)).body("errors", hasSize(0));
        JsonPath order = given().header("X-API-Key", INTEGRATOR).get("/api/v1/orders/{id}", orderId).then().statusCode(200)
                .extract().jsonPath();
        List<Map<String, Object>> fromEpcis = order.<Map<String, Object>>getList("timeline").stream()
                .filter(t -> "epcis".equals(t.get("source") instanceof Map<?, ?> m ? m.get("name") : null)).toList();
        assertThat(fromEpcis).extracting(t -> t.get("milestone")).containsExactly("HANDED_OVER", "IN_TRANSIT");

        String again = given().header("X-API-Key", INTEGRATOR).contentType("application/ld+json").body(document).post(CAPTURE).then()
                .statusCode(202).extract().header("Location");
        given().header("X-API-Key", INTEGRATOR).get(again).then().body("captured", equalTo(2)).body("duplicates", equalTo(2));
        assertThat(given().header("X-API-Key", INTEGRATOR).get("/api/v1/orders/{id}", orderId).then().extract().jsonPath()
                .getList("timeline")).as("captured twice, stepped once").hasSameSizeAs(order.getList("timeline"));

        given().header("X-API-Key", OPERATOR).queryParam("MATCH_epc", second).queryParam("EQ_bizStep", "urn:epcglobal:cbv:bizstep:receiving")
                .get("/epcis/events").then().statusCode(200).body("type", equalTo("EPCISQueryDocument"))
                .body("epcisBody.queryResults.resultsBody.eventList", hasSize(1))
                .body("epcisBody.queryResults.resultsBody.eventList[0].bizStep", equalTo("receiving"));
        given().header("X-API-Key", OPERATOR).queryParam("MATCH_epc", first).queryParam("eventType", "AggregationEvent")
                .get("/epcis/events").then().statusCode(200).body("epcisBody.queryResults.resultsBody.eventList", hasSize(0));
    }

    @Test
    void anEventOnAPalletIsAnEventOnEveryParcelOnIt() {
        String parcel = "urn:epc:id:sgtin:0614141.107346.7" + random.nextInt(1_000_000);
        String pallet = "urn:epc:id:sscc:0614141." + (1_000_000_000L + random.nextInt(900_000_000));
        String orderId = packedWithEpc(parcel);
        String now = Instant.now().minusSeconds(600).toString();
        String later = Instant.now().minusSeconds(60).toString();
        String document = """
                {"@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"], "type": "EPCISDocument",
                 "schemaVersion": "2.0", "creationDate": "%s", "epcisBody": {"eventList": [
                  {"type": "AggregationEvent", "eventTime": "%s", "eventTimeZoneOffset": "+01:00", "parentID": "%s",
                   "childEPCs": ["%s"], "action": "ADD", "bizStep": "packing", "disposition": "in_progress"},
                  {"type": "ObjectEvent", "eventTime": "%s", "eventTimeZoneOffset": "+01:00", "epcList": ["%s"],
                   "action": "OBSERVE", "bizStep": "departing", "disposition": "in_transit",
                   "readPoint": {"id": "urn:epc:id:sgln:4012345.00001.0"}}]}}""".formatted(later, now, pallet, parcel, later, pallet);

        String location = given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON).body(document).post(CAPTURE).then()
                .statusCode(202).extract().header("Location");
        given().header("X-API-Key", INTEGRATOR).get(location).then().body("success", equalTo(true)).body("onTimelines", equalTo(1));
        List<Map<String, Object>> timeline = given().header("X-API-Key", INTEGRATOR).get("/api/v1/orders/{id}", orderId).then()
                .extract().jsonPath().getList("timeline");
        assertThat(timeline).anySatisfy(t -> {
            assertThat(t.get("milestone")).isEqualTo("IN_TRANSIT");
            assertThat(t.get("rawCode")).isEqualTo("departing");
        });
    }

    @Test
    void aWrongEventRefusesItsDocumentOrOnlyItselfAsTheSenderAsks() {
        String good = "{\"type\": \"ObjectEvent\", \"eventTime\": \"2026-12-01T08:00:00Z\", \"eventTimeZoneOffset\": \"+00:00\","
                + " \"epcList\": [\"urn:epc:id:sgtin:0614141.107346." + random.nextInt(1_000_000) + "\"], \"action\": \"OBSERVE\","
                + " \"bizStep\": \"inspecting\"}";
        String bad = "{\"type\": \"ObjectEvent\", \"eventTimeZoneOffset\": \"+00:00\", \"epcList\": [], \"action\": \"LOOK\"}";
        String document = "{\"@context\": [\"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld\"], \"type\": \"EPCISDocument\","
                + " \"schemaVersion\": \"2.0\", \"creationDate\": \"2026-12-01T09:00:00Z\", \"epcisBody\": {\"eventList\": [" + good + ", "
                + bad + "]}}";

        String rolledBack = given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON).body(document).post(CAPTURE).then()
                .statusCode(202).extract().header("Location");
        JsonPath job = given().header("X-API-Key", INTEGRATOR).get(rolledBack).then().statusCode(200).body("success", equalTo(false))
                .body("captured", equalTo(0)).body("captureErrorBehaviour", equalTo("rollback")).extract().jsonPath();
        assertThat(job.getList("errors", String.class)).isNotEmpty().allMatch(e -> e.startsWith("event 1: "));
        String proceeded = given().header("X-API-Key", INTEGRATOR).header("GS1-Capture-Error-Behaviour", "proceed")
                .contentType(ContentType.JSON).body(document).post(CAPTURE).then().statusCode(202).extract().header("Location");
        given().header("X-API-Key", INTEGRATOR).get(proceeded).then().body("success", equalTo(false)).body("captured", equalTo(1));

        given().header("X-API-Key", INTEGRATOR).header("GS1-Capture-Error-Behaviour", "sometimes").contentType(ContentType.JSON)
                .body(document).post(CAPTURE).then().statusCode(400).body("errors[0].field", equalTo("GS1-Capture-Error-Behaviour"));
        given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON).body("{\"type\": \"EPCISDocument\"}").post(CAPTURE).then()
                .statusCode(400).contentType("application/problem+json");
        given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON).body(good).post("/epcis/events").then().statusCode(201);
        given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON).body(bad).post("/epcis/events").then().statusCode(400);
    }

    @Test
    void anEventWhoseErrorDeclarationCameFirstMakesNoStep() {
        String parcel = "urn:epc:id:sgtin:0614141.107346.6" + random.nextInt(1_000_000);
        String orderId = packedWithEpc(parcel);
        String event = "{\"eventID\": \"urn:uuid:" + UUID.randomUUID() + "\", \"type\": \"ObjectEvent\", \"eventTime\": \""
                + Instant.now().minusSeconds(600) + "\", \"eventTimeZoneOffset\": \"+00:00\", \"epcList\": [\"" + parcel
                + "\"], \"action\": \"OBSERVE\", \"bizStep\": \"shipping\"%s}";
        String declaration = ", \"errorDeclaration\": {\"declarationTime\": \"" + Instant.now() + "\", \"reason\": \"did_not_occur\"}";

        given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON).body(event.formatted(declaration)).post("/epcis/events")
                .then().statusCode(201).body("onTimelines", equalTo(0));
        given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON).body(event.formatted("")).post("/epcis/events").then()
                .statusCode(201).body("duplicates", equalTo(1)).body("onTimelines", equalTo(0));

        List<Map<String, Object>> timeline = given().header("X-API-Key", INTEGRATOR).get("/api/v1/orders/{id}", orderId).then()
                .statusCode(200).extract().jsonPath().getList("timeline");
        assertThat(timeline).as("the declared event arrived after its declaration").noneMatch(t -> "HANDED_OVER".equals(t.get("milestone")));
        given().header("X-API-Key", OPERATOR).queryParam("MATCH_epc", parcel).get("/epcis/events").then().statusCode(200)
                .body("epcisBody.queryResults.resultsBody.eventList", hasSize(1))
                .body("epcisBody.queryResults.resultsBody.eventList[0].errorDeclaration.reason", equalTo("did_not_occur"));
    }

    @Test
    void anErrorDeclarationAfterItsEventTakesBackTheStepOnceAndOnlyInItsTenant() {
        String parcel = "urn:epc:id:sgtin:0614141.107346.8" + random.nextInt(1_000_000);
        String orderId = packedWithEpc(parcel);
        String event = "{\"eventID\": \"urn:uuid:" + UUID.randomUUID() + "\", \"type\": \"ObjectEvent\", \"eventTime\": \""
                + Instant.now().minusSeconds(600) + "\", \"eventTimeZoneOffset\": \"+01:00\", \"epcList\": [\"" + parcel
                + "\"], \"action\": \"OBSERVE\", \"bizStep\": \"departing\", \"disposition\": \"in_transit\"%s}";
        String declared = event.formatted(", \"errorDeclaration\": {\"declarationTime\": \"" + Instant.now()
                + "\", \"reason\": \"incorrect_data\", \"correctiveEventIDs\": [\"urn:uuid:" + UUID.randomUUID() + "\"]}");
        String declaration = """
                {"@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"], "type": "EPCISDocument",
                 "schemaVersion": "2.0", "creationDate": "%s", "epcisBody": {"eventList": [%s]}}""".formatted(Instant.now(), declared);

        given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON).body(event.formatted("")).post("/epcis/events").then()
                .statusCode(201).body("onTimelines", equalTo(1));
        JsonPath stepped = orderView(orderId);
        assertThat(stepped.getString("status")).isEqualTo("IN_TRANSIT");
        assertThat(departing(stepped)).containsEntry("applied", true).containsEntry("retracted", false);

        String otherTenant = "epcis-other-" + UUID.randomUUID().toString().substring(0, 8);
        given().header("X-API-Key", ApiTestData.PLATFORM_ADMIN).contentType(ContentType.JSON)
                .body(Map.of("id", otherTenant, "name", "Other " + otherTenant)).post("/api/v1/admin/tenants").then().statusCode(201);
        String otherIntegrator = given().header("X-API-Key", ApiTestData.PLATFORM_ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", "epcis-" + otherTenant, "role", "integrator", "tenant", otherTenant)).post("/api/v1/admin/api-keys")
                .then().statusCode(201).extract().path("key");
        capture(otherIntegrator, declaration);
        assertThat(orderView(orderId).getString("status")).as("another tenant's declaration touches nothing of ours")
                .isEqualTo("IN_TRANSIT");

        capture(INTEGRATOR, declaration);
        JsonPath retracted = orderView(orderId);
        assertThat(retracted.getString("status")).as("what the other steps say: packed, not yet handed over").isEqualTo("PACKED");
        assertThat(retracted.getString("shipments[0].status")).isEqualTo("PACKED");
        assertThat(departing(retracted)).containsEntry("applied", false).containsEntry("retracted", true)
                .containsEntry("note", "retracted: declared wrong by EPCIS (incorrect_data)").containsKey("retractedAt");
        assertThat(retracted.getList("timeline")).as("the step stays on the timeline").hasSameSizeAs(stepped.getList("timeline"));

        capture(INTEGRATOR, declaration);
        JsonPath again = orderView(orderId);
        assertThat(again.getList("timeline")).as("declared twice, taken back once").isEqualTo(retracted.getList("timeline"));
        assertThat(again.getString("status")).isEqualTo("PACKED");
        given().header("X-API-Key", OPERATOR).queryParam("MATCH_epc", parcel).get("/epcis/events").then().statusCode(200)
                .body("epcisBody.queryResults.resultsBody.eventList", hasSize(1))
                .body("epcisBody.queryResults.resultsBody.eventList[0].errorDeclaration.reason", equalTo("incorrect_data"));
    }

    @Test
    void parcelsAggregatedOntoATrailerAreLoadedOntoItAndItsTrackerTellsAboutThemUntilTheyAreTakenOff() {
        String parcel = "urn:epc:id:sgtin:0614141.107346.5" + random.nextInt(1_000_000);
        String trailer = "urn:epc:id:giai:4012345.TRAILER" + random.nextInt(1_000_000);
        String orderId = packedWithEpc(parcel);
        String shipment = orderView(orderId).getString("shipments[0].id");
        Instant loaded = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(3_600);
        String tracker = "TRK-TRAILER-" + random.nextInt(1_000_000);
        given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON).body(Map.of("kind", "GPS_TRACKER"))
                .put("/api/v1/devices/{id}", tracker).then().statusCode(201);
        given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON)
                .body(Map.of("deviceId", tracker, "from", loaded.minusSeconds(3_600).toString()))
                .post("/api/v1/vehicles/{id}/devices", trailer).then().statusCode(201);
        String aggregation = """
                {"@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"], "type": "EPCISDocument",
                 "schemaVersion": "2.0", "creationDate": "%s", "epcisBody": {"eventList": [
                  {"type": "AggregationEvent", "eventTime": "%s", "eventTimeZoneOffset": "+00:00", "parentID": "%s",
                   "childEPCs": ["%s"], "action": "%s", "bizStep": "%s", "disposition": "in_transit"}]}}""";

        captureJob(aggregation.formatted(loaded, loaded, trailer, parcel, "ADD", "loading"));
        captureJob(aggregation.formatted(loaded, loaded, trailer, parcel, "ADD", "loading")); // sent again
        given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON).body(List.of(
                Map.of("at", loaded.plusSeconds(600).toString(), "latitude", 50.1, "longitude", 8.6),
                Map.of("at", loaded.plusSeconds(2_400).toString(), "latitude", 50.3, "longitude", 8.9)))
                .post("/api/v1/devices/{id}/readings", tracker).then().statusCode(200).body("stored", equalTo(2));
        captureJob(aggregation.formatted(loaded, loaded.plusSeconds(1_800), trailer, parcel, "DELETE", "unloading"));

        given().header("X-API-Key", INTEGRATOR).get("/api/v1/vehicles/{id}", trailer).then().statusCode(200)
                .body("loads", hasSize(1)).body("loads[0].shipmentId", equalTo(shipment))
                .body("loads[0].until", equalTo(loaded.plusSeconds(1_800).toString()));
        given().header("X-API-Key", INTEGRATOR).get("/api/v1/shipments/{id}/trail", shipment).then().statusCode(200)
                .body("reported", equalTo(1)).body("last.latitude", equalTo(50.1f));
    }

    private static void captureJob(String document) {
        String location = given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON).body(document).post(CAPTURE).then()
                .statusCode(202).extract().header("Location");
        given().header("X-API-Key", INTEGRATOR).get(location).then().statusCode(200).body("success", equalTo(true))
                .body("warnings", hasSize(0));
    }

    private static void capture(String key, String document) {
        String location = given().header("X-API-Key", key).contentType(ContentType.JSON).body(document).post(CAPTURE).then()
                .statusCode(202).extract().header("Location");
        given().header("X-API-Key", key).get(location).then().statusCode(200).body("success", equalTo(true))
                .body("captured", equalTo(1)).body("onTimelines", equalTo(0));
    }

    private static JsonPath orderView(String orderId) {
        return given().header("X-API-Key", INTEGRATOR).get("/api/v1/orders/{id}", orderId).then().statusCode(200).extract().jsonPath();
    }

    /** The order's one EPCIS step, a departing scan. */
    private static Map<String, Object> departing(JsonPath order) {
        List<Map<String, Object>> steps = order.<Map<String, Object>>getList("timeline").stream()
                .filter(t -> "departing".equals(t.get("rawCode"))).toList();
        assertThat(steps).hasSize(1);
        return steps.getFirst();
    }

    /** An order packed into one dhl shipment whose parcel carries {@code epc}; its id. */
    static String packedWithEpc(String epc) {
        String orderId = given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON)
                .body(ApiTestData.order(ApiTestData.ownWms("EPCIS"), ApiTestData.line("MUG-WHITE", 1))).post("/api/v1/orders").then()
                .statusCode(201).extract().path("id");
        ApiTestData.confirm(orderId);
        Map<String, Object> packed = ApiTestData.packed(orderId, "dhl", unique("EPC"), "MUG-WHITE");
        @SuppressWarnings("unchecked")
        Map<String, Object> shipment = new LinkedHashMap<>((Map<String, Object>) packed.get("shipment"));
        shipment.put("parcels", List.of(Map.of("epc", epc)));
        packed.put("shipment", shipment);
        given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON).body(ApiTestData.batch(List.of(packed)))
                .post("/api/v1/warehouse-events").then().statusCode(200).body("accepted", equalTo(1));
        return orderId;
    }

    private static String fixture() throws IOException {
        try (InputStream in = EpcisEndToEndTest.class.getResourceAsStream("/fixtures/Example_9.6.1-ObjectEvent.jsonld")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
