package io.waybill.bootstrap;

import static io.restassured.RestAssured.given;
import static io.waybill.bootstrap.ApiTestData.ADMIN;
import static io.waybill.bootstrap.ApiTestData.INTEGRATOR;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.waybill.adapters.persistence.testing.PostgresTestResource;
import io.waybill.application.service.FeedbackService;
import io.waybill.bootstrap.FuzzExamples.Known;
import io.waybill.bootstrap.FuzzOperations.Operation;
import io.waybill.bootstrap.FuzzRequests.Planned;
import io.waybill.domain.order.OrderId;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the live OpenAPI document against a corpus of bad values (see {@link FuzzCorpus}), with valid
 * admin and integrator keys: no answer is a 5xx, every 4xx is a complete problem+json document that the document declares
 * for the operation, and a refused request writes nothing. Two rounds: a fixed seed, and a random one that is printed; {@code -Dwaybill.fuzz.seed=<seed>} replays
 * a printed seed in place of the random one.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class OpenApiFuzzTest {

    static final long FIXED_SEED = 20261202L;
    private static final int MAX_REPORTED = 40;

    @TestHTTPResource("/")
    URL base;

    @Inject
    DataSource dataSource;

    private final List<String> failures = new ArrayList<>();
    private final Map<String, Integer> statuses = new TreeMap<>();
    private final Map<String, Long> millis = new TreeMap<>();

    @Test
    void noBadInputBreaksTheServerOrWritesHalfOfIt() throws Exception {
        TestKeys.register();
        String document = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        FuzzOperations operations = new FuzzOperations(new ObjectMapper().readTree(document));
        List<Operation> all = operations.all();
        assertThat(all).as("operations in the OpenAPI document").hasSizeGreaterThanOrEqualTo(20);
        Known known = known();
        FuzzRequests requests = new FuzzRequests(new FuzzExamples(operations, known), carrierBodies(known));
        long random = Long.getLong("waybill.fuzz.seed", new SecureRandom().nextLong());
        System.out.printf("OpenApiFuzzTest: seeds %d (fixed) and %d (random); replay with -Dwaybill.fuzz.seed=%d%n",
                FIXED_SEED, random, random);
        long started = System.nanoTime();
        int sent = 0;
        String root = base.toString().replaceAll("/$", "");
        try (FuzzLedger ledger = new FuzzLedger(dataSource)) {
            FuzzClient client = new FuzzClient(root);
            for (long seed : new long[] {FIXED_SEED, random}) {
                Random dice = new Random(seed);
                for (Planned planned : requests.round(all, dice)) {
                    send(client, ledger, planned, dice.nextBoolean() ? ADMIN : INTEGRATOR, seed);
                    sent++;
                }
            }
        }
        System.out.printf("OpenApiFuzzTest: %d requests over %d operations in %d ms; answers %s%n", sent, all.size(),
                (System.nanoTime() - started) / 1_000_000, statuses);
        System.out.println("OpenApiFuzzTest: milliseconds per operation " + millis);
        assertThat(sent).as("requests sent").isGreaterThanOrEqualTo(2000);
        assertThat(failures).as("fuzz failures (replay with -Dwaybill.fuzz.seed=" + random + ")").isEmpty();
    }

    private void send(FuzzClient client, FuzzLedger ledger, Planned planned, String key, long seed) throws Exception {
        FuzzLedger.Counts before = planned.operation().writes() ? ledger.counts() : null;
        long start = System.nanoTime();
        HttpResponse<String> answer = client.send(planned, key);
        millis.merge(planned.operation().toString(), (System.nanoTime() - start) / 1_000_000, Long::sum);
        statuses.merge(String.valueOf(answer.statusCode()), 1, Integer::sum);
        Optional<String> wrong = FuzzClient.judge(answer);
        if (wrong.isEmpty() && answer.statusCode() >= 400 && planned.operation().response(answer.statusCode()) == null
                && !elsewhere(planned)) {
            wrong = Optional.of("answered " + answer.statusCode() + ", which the OpenAPI document does not declare for the operation");
        }
        if (before != null) {
            FuzzLedger.Counts after = ledger.counts();
            List<String> changed = after.changedSince(before);
            if (answer.statusCode() >= 400 && !changed.isEmpty()) {
                wrong = Optional.of("refused with " + answer.statusCode() + " but wrote " + changed);
            } else if (answer.statusCode() < 300 && after.events() - before.events() > FuzzClient.accepted(answer)) {
                wrong = Optional.of("stored more events than it accepted: " + changed);
            }
        }
        if (wrong.isPresent()) {
            String body = FuzzRequests.abbreviated(answer.body() == null ? "" : answer.body().replace('\n', ' '));
            String failure = planned.operation() + " [" + planned.mutation() + "] seed " + seed + ": " + wrong.get() + " " + body;
            if (failures.size() < MAX_REPORTED) {
                System.out.println("OpenApiFuzzTest failure: " + failure);
            }
            failures.add(failure);
        }
    }

    /**
     * Whether the request went to another resource than the operation's: a path parameter that is no segment ("", ".",
     * "..") makes the path another one, whose answer (404, 405) is not the operation's to declare.
     */
    private static boolean elsewhere(Planned planned) {
        return planned.operation().parameters().stream().filter(p -> p.in().equals("path"))
                .map(p -> planned.parameters().get(p.name())).anyMatch(v -> v != null && (v.isEmpty() || v.equals(".") || v.equals("..")));
    }

    /**
     * An order placed, confirmed and packed (by the simulated warehouse), a subscription, a feedback link, and an item of
     * the exceptions queue for its shipment.
     */
    static Known known() throws InterruptedException {
        String orderId = given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON)
                .body(ApiTestData.order(ApiTestData.unique("FUZZ"), ApiTestData.line("MUG-WHITE", 1))).post("/api/v1/orders")
                .then().statusCode(201).extract().path("id");
        String trackingId = given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/orders/{id}/confirmation", orderId).then().statusCode(200).extract().path("trackingId");
        String shipmentId = null;
        String number = "1ZFUZZ" + orderId.substring(0, 8).toUpperCase();
        for (int attempt = 0; attempt < 100 && shipmentId == null; attempt++) {
            List<Map<String, Object>> shipments = given().header("X-API-Key", INTEGRATOR).get("/api/v1/orders/{id}", orderId)
                    .then().statusCode(200).extract().path("shipments");
            if (shipments != null && !shipments.isEmpty()) {
                shipmentId = (String) shipments.getFirst().get("id");
                number = (String) shipments.getFirst().get("carrierTrackingNumber");
            } else {
                Thread.sleep(100);
            }
        }
        String subscriptionId = given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON)
                .body(Map.of("url", "http://127.0.0.1:9/fuzz-hook", "eventTypes", List.of("shipment.delay_cleared")))
                .post("/api/v1/webhooks/subscriptions").then().statusCode(201).extract().path("id");
        String token = Arc.container().instance(FeedbackService.class).get().token(new OrderId(UUID.fromString(orderId)));
        String exceptionId = shipmentId == null ? UUID.randomUUID().toString()
                : ExceptionsTestData.itemFor(INTEGRATOR, ApiTestData.OPERATOR, "ups", number, shipmentId, "HELD", ApiTestData.at(0, 1));
        String deviceId = "FUZZ-" + orderId.substring(0, 8);
        given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON).body(Map.of("kind", "GPS_TRACKER"))
                .put("/api/v1/devices/{id}", deviceId).then().statusCode(201);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String vehicle = "VAN-" + deviceId; // FuzzExamples.vehicleOf
        given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON).body(Map.of("deviceId", deviceId,
                "from", now.minus(2, ChronoUnit.HOURS).toString(), "until", now.plus(1, ChronoUnit.HOURS).toString()))
                .post("/api/v1/vehicles/{id}/devices", vehicle).then().statusCode(201);
        if (shipmentId != null) {
            given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON).body(Map.of("shipmentId", shipmentId,
                    "from", now.minus(2, ChronoUnit.HOURS).toString())).post("/api/v1/vehicles/{id}/loads", vehicle).then().statusCode(201);
        }
        String geofenceId = "fuzz-hub-" + orderId.substring(0, 8);
        given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON).body(Map.of("name", "Fuzz hub", "latitude", 51.31,
                "longitude", 9.48, "radiusMetres", 500)).put("/api/v1/geofences/{id}", geofenceId).then().statusCode(201);
        return new Known(orderId, trackingId, shipmentId == null ? UUID.randomUUID().toString() : shipmentId, number,
                subscriptionId, token, exceptionId, deviceId, geofenceId);
    }

    /** The carrier endpoints take the carriers' own formats: a real UPS push and X12 interchange, about the fuzz shipment. */
    static Map<String, String> carrierBodies(Known known) throws IOException {
        return Map.of("/api/v1/carriers/{carrier}/events", fixture("ups-delivered-journey.json")
                        .replace("1ZV5R1230300123451", known.trackingNumber()),
                "/api/v1/carriers/{carrier}/interchanges", fixture("ts214-journey.edi").replace("PRO1234567", "FUZZPRO0001"));
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = OpenApiFuzzTest.class.getResourceAsStream("/fixtures/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The fuzz suite's webhook subscriptions go, so that no other test meets them. */
    @AfterEach
    void unsubscribe() {
        for (String key : new String[] {INTEGRATOR, ADMIN}) {
            List<Map<String, Object>> subscriptions = given().header("X-API-Key", key).get("/api/v1/webhooks/subscriptions")
                    .then().statusCode(200).extract().path("$");
            for (Map<String, Object> s : subscriptions) {
                if (String.valueOf(s.get("url")).contains("fuzz-hook") || String.valueOf(s.get("url")).contains("127.0.0.1:9")) {
                    given().header("X-API-Key", key).delete("/api/v1/webhooks/subscriptions/{id}", s.get("id"));
                }
            }
        }
    }
}
