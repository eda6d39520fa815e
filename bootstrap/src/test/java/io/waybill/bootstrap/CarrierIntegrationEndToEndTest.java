package io.waybill.bootstrap;

import static io.restassured.RestAssured.given;
import static io.waybill.bootstrap.ApiTestData.INTEGRATOR;
import static io.waybill.bootstrap.ApiTestData.OPERATOR;
import static io.waybill.bootstrap.ApiTestData.batch;
import static io.waybill.bootstrap.ApiTestData.line;
import static io.waybill.bootstrap.ApiTestData.order;
import static io.waybill.bootstrap.ApiTestData.ownWms;
import static io.waybill.bootstrap.ApiTestData.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.waybill.adapters.persistence.testing.PostgresTestResource;
import io.waybill.application.fakes.Await;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Carrier payloads in their own formats over real HTTP: a signed UPS push, an X12 214 upload, and the carrier's own
 * delivery estimate becoming the ETA of a shipment on a lane nothing has been learned of.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class CarrierIntegrationEndToEndTest {

    private static final Random RANDOM = new Random();

    @BeforeEach
    void keys() {
        TestKeys.register();
    }

    @Test
    void aSignedUpsPushDrivesTheShipmentToDelivered() throws Exception {
        String id = packedOrder("ups", "1ZV5R1230300123451");
        byte[] body = fixture("ups-delivered-journey.json");

        problem(given().contentType(ContentType.JSON).header("X-Waybill-Signature", "sha256=" + "00".repeat(32)).body(body)
                .post("/api/v1/carriers/ups/events").then().statusCode(401));
        problem(given().contentType(ContentType.JSON).body(body).post("/api/v1/carriers/ups/events").then().statusCode(401));
        problem(given().contentType(ContentType.JSON).header("X-Waybill-Signature", sign("{oops".getBytes(StandardCharsets.UTF_8)))
                .body("{oops").post("/api/v1/carriers/ups/events").then().statusCode(400));
        problem(given().contentType(ContentType.JSON).header("X-Waybill-Signature", sign(body)).body(body)
                .post("/api/v1/carriers/fedex/events").then().statusCode(403));
        given().get("/api/v1/carriers/nope/events").then().statusCode(405);
        problem(given().contentType(ContentType.JSON).body(body).post("/api/v1/carriers/nope/events").then().statusCode(404))
                .body("detail", containsString("no carrier adapter for 'nope'"));

        given().contentType(ContentType.JSON).header("X-Waybill-Signature", sign(body)).body(body)
                .post("/api/v1/carriers/ups/events").then().statusCode(200)
                .body("accepted", greaterThan(3)).body("rejected", equalTo(0))
                .body("unmapped.rawCode", org.hamcrest.Matchers.hasItem(containsString("ZZ")));
        given().header("X-API-Key", OPERATOR).get("/api/v1/orders/{id}", id).then().statusCode(200)
                .body("shipments[0].status", equalTo("DELIVERED"));
        assertThat(given().header("X-API-Key", ApiTestData.PLATFORM_ADMIN).get("/q/metrics").then().statusCode(200).extract().asString())
                .as("unknown carrier codes are counted").contains("waybill_carrier_unmapped_total{carrier=\"ups\"");
        given().contentType(ContentType.JSON).header("X-Waybill-Signature", sign(body)).body(body)
                .post("/api/v1/carriers/ups/events").then().statusCode(200).body("accepted", equalTo(0));
    }

    @Test
    void anX12InterchangeIsRecordedAndABrokenOneStoresNothing() throws Exception {
        String id = packedOrder("x12", "PRO1234567");
        byte[] edi = fixture("ts214-journey.edi");
        int before = timelineSize(id);

        byte[] broken = new String(edi, StandardCharsets.UTF_8).replace("SE*17*0001", "SE*99*0001").getBytes(StandardCharsets.UTF_8);
        problem(given().header("X-API-Key", INTEGRATOR).contentType("application/edi-x12").body(broken)
                .post("/api/v1/carriers/x12/interchanges").then().statusCode(400)).body("detail", containsString("SE"));
        assertThat(timelineSize(id)).as("nothing stored from a broken interchange").isEqualTo(before);
        problem(given().contentType("application/edi-x12").body(edi).post("/api/v1/carriers/x12/interchanges").then().statusCode(401));

        given().header("X-API-Key", INTEGRATOR).contentType("application/edi-x12").body(edi)
                .post("/api/v1/carriers/x12/interchanges").then().statusCode(200)
                .body("accepted", greaterThan(1));
        assertThat(timelineSize(id)).isGreaterThan(before + 1);
    }

    @Test
    void anEdifactIftstaInterchangeDeliversTheShipmentAndABrokenOneStoresNothing() throws Exception {
        String number = "MAEU" + (100_000_000 + RANDOM.nextInt(899_999_999));
        String id = packedOrder("edifact", number);
        String iftsta = new String(fixture("iftsta-journey.edi"), StandardCharsets.UTF_8).replace("MAEU123456789", number);
        int before = timelineSize(id);

        problem(given().header("X-API-Key", INTEGRATOR).contentType("application/edifact")
                .body(iftsta.replace("UNT+18+1", "UNT+17+1").getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/carriers/edifact/interchanges").then().statusCode(400)).body("detail", containsString("UNT"));
        assertThat(timelineSize(id)).as("nothing stored from a broken interchange").isEqualTo(before);

        given().header("X-API-Key", INTEGRATOR).contentType("application/edifact").body(iftsta.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/carriers/edifact/interchanges").then().statusCode(200).body("accepted", equalTo(4));
        given().header("X-API-Key", OPERATOR).get("/api/v1/orders/{id}", id).then().statusCode(200)
                .body("shipments[0].status", equalTo("DELIVERED"));
    }

    /**
     * The UPS journey fixture cut to its pickup scan (now), with the delivery UPS expects in two days, 09:00-17:00 at the
     * destination (Atlanta). The test run delivers far fewer than {@code TransitStatistics.MIN_SAMPLES} shipments, so no
     * lane, carrier or network statistics exist and the carrier's estimate is what the ETA rests on.
     */
    @Test
    void theCarriersOwnEstimateInAPushIsTheEtaWhileNothingIsLearned() throws Exception {
        String number = "1ZEST" + unique("").replaceAll("[^0-9A-Z]", "");
        String id = packedOrder("ups", number);
        ZoneId atlanta = ZoneId.of("America/New_York");
        ZonedDateTime pickedUp = ZonedDateTime.now(atlanta).truncatedTo(ChronoUnit.SECONDS);
        LocalDate due = pickedUp.toLocalDate().plusDays(2);
        Instant latest = due.atTime(LocalTime.of(17, 0)).atZone(atlanta).toInstant();
        byte[] body = upsPickupWithEstimate(number, pickedUp, due);

        given().contentType(ContentType.JSON).header("X-Waybill-Signature", sign(body)).body(body)
                .post("/api/v1/carriers/ups/events").then().statusCode(200)
                .body("accepted", equalTo(1)).body("estimatedDeliveries[0].trackingNumber", equalTo(number));
        String shipment = given().header("X-API-Key", OPERATOR).get("/api/v1/orders/{id}", id).then().statusCode(200)
                .body("shipments[0].status", equalTo("SHIPPED")).extract().path("shipments[0].id");
        Await.until(Duration.ofSeconds(20), "the shipment is predicted after its pickup", () -> {
            var r = given().header("X-API-Key", OPERATOR).get("/api/v1/shipments/{s}/prediction", shipment);
            return r.statusCode() == 200 && "SHIPPED".equals(r.path("prediction.status"));
        });

        JsonPath prediction = given().header("X-API-Key", OPERATOR).get("/api/v1/shipments/{s}/prediction", shipment).then()
                .statusCode(200).extract().jsonPath();
        assertThat(prediction.getString("prediction.basis")).startsWith("the carrier's own estimate");
        assertThat(Instant.parse(prediction.getString("prediction.p50"))).isEqualTo(latest);
        assertThat(Instant.parse(prediction.getString("prediction.p90"))).isEqualTo(latest.plus(Duration.ofHours(18)));
    }

    private static byte[] upsPickupWithEstimate(String number, ZonedDateTime pickedUp, LocalDate due) throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode root = json.readTree(fixture("ups-delivered-journey.json"));
        ObjectNode shipment = (ObjectNode) root.path("trackResponse").path("shipment").get(0);
        shipment.put("inquiryNumber", number);
        ObjectNode pkg = (ObjectNode) shipment.path("package").get(0);
        pkg.put("trackingNumber", number);
        pkg.remove("deliveryInformation");
        ObjectNode pickup = null;
        for (JsonNode activity : pkg.path("activity")) {
            if ("P".equals(activity.path("status").path("type").asText())) {
                pickup = (ObjectNode) activity.deepCopy();
            }
        }
        assertThat(pickup).as("the fixture's pickup scan").isNotNull();
        pickup.put("date", pickedUp.toLocalDate().format(DateTimeFormatter.BASIC_ISO_DATE));
        pickup.put("time", pickedUp.toLocalTime().format(DateTimeFormatter.ofPattern("HHmmss")));
        pkg.putArray("activity").add(pickup);
        pkg.putArray("deliveryDate").addObject().put("type", "SDD").put("date", due.format(DateTimeFormatter.BASIC_ISO_DATE));
        pkg.putObject("deliveryTime").put("type", "CMT").put("startTime", "090000").put("endTime", "170000");
        return json.writeValueAsBytes(root);
    }

    private static io.restassured.response.ValidatableResponse problem(io.restassured.response.ValidatableResponse response) {
        return response.contentType("application/problem+json").body("detail", org.hamcrest.Matchers.notNullValue());
    }

    private static int timelineSize(String id) {
        return given().header("X-API-Key", OPERATOR).get("/api/v1/orders/{id}", id).then().statusCode(200)
                .extract().jsonPath().getList("timeline").size();
    }

    private static String packedOrder(String carrier, String number) {
        String id = given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON)
                .body(order(ownWms("CARRIER"), line("MUG-WHITE", 1))).post("/api/v1/orders").then().statusCode(201).extract().path("id");
        ApiTestData.confirm(id);
        given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON)
                .body(batch(List.of(ApiTestData.packed(id, carrier, number, "MUG-WHITE"))))
                .post("/api/v1/warehouse-events").then().statusCode(200).body("accepted", equalTo(1));
        return id;
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = CarrierIntegrationEndToEndTest.class.getResourceAsStream("/fixtures/" + name)) {
            return in.readAllBytes();
        }
    }

    private static String sign(byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("test-ups-secret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    }
}
