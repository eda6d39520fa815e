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

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.waybill.adapters.persistence.testing.PostgresTestResource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Twenty writers post a hundred scans each, one scan per request, all about one shipment, over HTTP against the real
 * server and PostgreSQL. The server takes the writers in turns and retries its conflicts, so that at most 1 % of the
 * requests answer 409, each of those with Retry-After; and the timeline holds exactly the distinct scans sent, none
 * lost, none twice. (With waybill.writes.turns=false and waybill.writes.attempts=1 the same test measures the behaviour
 * before #12: it then fails on the 409 share and prints it.)
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class ConcurrentWritersEndToEndTest {

    private static final int WRITERS = 20;
    private static final int SCANS_EACH = 100;

    @TestHTTPResource("/api/v1/tracking-events")
    URI trackingEvents;

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void keys() {
        TestKeys.register();
    }

    @Test
    void twentyWritersOnOneShipmentSeeAtMostOnePercentConflictsAndLoseNothing() throws Exception {
        String id = given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON)
                .body(order(unique("RACE"), line("MUG-WHITE", 1))).post("/api/v1/orders").then().statusCode(201)
                .extract().path("id");
        given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/orders/{id}/confirmation", id).then().statusCode(200);
        JsonPath packed = OrderJourneyEndToEndTest.waitForStatus(id, "PACKED");
        String carrier = packed.getString("shipments[0].carrier");
        String number = packed.getString("shipments[0].carrierTrackingNumber");
        int before = packed.getList("timeline").size();

        AtomicInteger conflicts = new AtomicInteger();
        AtomicInteger conflictsWithoutRetryAfter = new AtomicInteger();
        ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Map<String, Object>> refused = new ConcurrentLinkedQueue<>();
        Set<String> sent = new HashSet<>();
        List<List<Map<String, Object>>> scansByWriter = new ArrayList<>();
        OffsetDateTime t = at(1, 1);
        for (int w = 0; w < WRITERS; w++) {
            List<Map<String, Object>> scans = new ArrayList<>();
            for (int i = 0; i < SCANS_EACH; i++) {
                String eventId = number + "-w" + w + "-" + i;
                scans.add(scan(carrier, number, eventId, "IN_TRANSIT", t.plusSeconds(w * SCANS_EACH + i), "Leipzig"));
                sent.add(eventId);
            }
            scansByWriter.add(scans);
        }

        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        long started = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (List<Map<String, Object>> scans : scansByWriter) {
            done.add(writers.submit(() -> {
                for (Map<String, Object> scan : scans) {
                    HttpResponse<String> answer = post(scan);
                    if (answer.statusCode() == 409) {
                        conflicts.incrementAndGet();
                        if (answer.headers().firstValue("Retry-After").isEmpty()) {
                            conflictsWithoutRetryAfter.incrementAndGet();
                        }
                        refused.add(scan);
                    } else if (answer.statusCode() != 200 || !answer.body().contains("\"accepted\":1")) {
                        unexpected.add(answer.statusCode() + " " + answer.body());
                    }
                }
                return null;
            }));
        }
        for (Future<?> writer : done) {
            writer.get(10, TimeUnit.MINUTES);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        writers.shutdown();
        int requests = WRITERS * SCANS_EACH;
        System.out.printf("concurrent writers: %d requests in %.1f s = %.0f requests/s, %d answered 409 (%.2f %%)%n",
                requests, seconds, requests / seconds, conflicts.get(), 100.0 * conflicts.get() / requests);

        assertThat(unexpected).isEmpty();
        assertThat(conflicts.get()).as("409 answers").isLessThanOrEqualTo(requests / 100);
        assertThat(conflictsWithoutRetryAfter).hasValue(0);
        // what a client does with a 409: send it again; then every scan is stored, each once
        for (Map<String, Object> scan : refused) {
            assertThat(post(scan).statusCode()).isEqualTo(200);
        }
        JsonPath stored = given().header("X-API-Key", ApiTestData.OPERATOR).get("/api/v1/orders/{id}", id)
                .then().statusCode(200).extract().jsonPath();
        List<String> scanIds = stored.getList("timeline.sourceEventId", String.class).stream()
                .filter(s -> s != null && s.startsWith(number + "-w")).toList();
        assertThat(scanIds).hasSize(requests).doesNotHaveDuplicates();
        assertThat(new HashSet<>(scanIds)).isEqualTo(sent);
        assertThat(stored.getList("timeline")).hasSize(before + requests);
    }

    private HttpResponse<String> post(Map<String, Object> scan) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(trackingEvents).timeout(Duration.ofSeconds(60))
                .header("X-API-Key", INTEGRATOR).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(batch(List.of(scan))))).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
