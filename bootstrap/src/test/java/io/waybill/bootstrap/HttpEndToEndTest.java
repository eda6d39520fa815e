package io.waybill.bootstrap;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static io.waybill.bootstrap.ApiTestData.INTEGRATOR;
import static io.waybill.bootstrap.ApiTestData.OPERATOR;
import static io.waybill.bootstrap.ApiTestData.PLATFORM_ADMIN;
import static io.waybill.bootstrap.ApiTestData.line;
import static io.waybill.bootstrap.ApiTestData.order;
import static io.waybill.bootstrap.ApiTestData.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.waybill.adapters.persistence.testing.PostgresTestResource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The HTTP contract beyond the documents, against the running application and PostgreSQL: compressed order lists,
 * idempotent placing with racing duplicates and per-tenant keys, and the order's ETag following its changes.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class HttpEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ORDERS = "/api/v1/orders";

    @TestHTTPResource("/")
    URL base;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeEach
    void keys() {
        TestKeys.register();
    }

    @Test
    void aLargeOrderListIsGzippedForClientsThatAcceptIt() throws Exception {
        Instant from = Instant.now().minusSeconds(1);
        for (int i = 0; i < 100; i++) {
            given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON)
                    .body(order(unique("GZIP"), line("MUG-WHITE", 1))).post(ORDERS).then().statusCode(201);
        }
        String list = ORDERS + "?status=PLACED&size=100&placedFrom=" + from.toString().replace("+", "%2B");

        HttpResponse<byte[]> plain = get(list, null);
        HttpResponse<byte[]> gzipped = get(list, "gzip");

        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(gzipped.headers().firstValue("Content-Encoding")).contains("gzip");
        byte[] unpacked = new GZIPInputStream(new ByteArrayInputStream(gzipped.body())).readAllBytes();
        assertThat(new String(unpacked, StandardCharsets.UTF_8)).isEqualTo(new String(plain.body(), StandardCharsets.UTF_8));
        assertThat(JSON.readTree(unpacked).path("items").size()).isEqualTo(100);
        double ratio = (double) gzipped.body().length / plain.body().length;
        System.out.printf(Locale.ROOT, "HttpEndToEndTest: 100 orders listed: %d bytes, gzip %d bytes (%.1f %%)%n",
                plain.body().length, gzipped.body().length, 100 * ratio);
        assertThat(ratio).as("gzipped share of the plain size").isLessThan(0.35);
    }

    @Test
    void racingDuplicatesUnderOneKeyPlaceOneOrderAndAllHearOfIt() throws Exception {
        String number = unique("IDEM");
        String body = JSON.writeValueAsString(order(number, line("MUG-WHITE", 1)));
        String key = "e2e-" + number;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<HttpResponse<String>> answers = new ArrayList<>();
        try {
            List<Callable<HttpResponse<String>>> racers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                racers.add(() -> place(INTEGRATOR, key, body));
            }
            for (Future<HttpResponse<String>> answer : pool.invokeAll(racers)) {
                answers.add(answer.get());
            }
        } finally {
            pool.shutdownNow();
        }
        long placed = answers.stream().filter(a -> a.statusCode() == 201 && a.headers().firstValue("Idempotent-Replayed").isEmpty())
                .count();
        assertThat(placed).as("first answers").isEqualTo(1);
        assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).as(a.body()).isIn(201, 409));
        given().header("X-API-Key", OPERATOR).queryParam("orderNumber", number).get(ORDERS).then().statusCode(200)
                .body("total", equalTo(1));

        HttpResponse<String> again = place(INTEGRATOR, key, body);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(place(INTEGRATOR, key, body.replace(number, number + "-B")).statusCode()).isEqualTo(422);
    }

    @Test
    void anotherTenantsKeyOfTheSameNameIsItsOwn() throws Exception {
        String tenant = unique("idem").toLowerCase(Locale.ROOT);
        given().header("X-API-Key", PLATFORM_ADMIN).contentType(ContentType.JSON).body(Map.of("id", tenant, "name", "Idempotent shop"))
                .post("/api/v1/admin/tenants").then().statusCode(201);
        String shopKey = given().header("X-API-Key", PLATFORM_ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", "shop", "role", "integrator", "tenant", tenant)).post("/api/v1/admin/api-keys").then()
                .statusCode(201).extract().path("key");
        String key = "shared-" + tenant;

        HttpResponse<String> ours = place(INTEGRATOR, key, JSON.writeValueAsString(order(unique("IDEM"), line("MUG-WHITE", 1))));
        HttpResponse<String> theirs = place(shopKey, key, JSON.writeValueAsString(order(unique("IDEM"), line("MUG-WHITE", 1))));

        assertThat(ours.statusCode()).isEqualTo(201);
        assertThat(theirs.statusCode()).as(theirs.body()).isEqualTo(201);
        assertThat(theirs.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(JSON.readTree(theirs.body()).path("id").asText()).isNotEqualTo(JSON.readTree(ours.body()).path("id").asText());
    }

    @Test
    void aCarriersNumberInPlaceOfATrackingIdIsRecognisedByTheCarriersOwnRules() {
        given().get("/api/v1/tracking/{t}", "1Z023E2X0214323462").then().statusCode(400)
                .body("errors[0].field", equalTo("trackingId")).body("detail", containsString("carrier's tracking number (ups)"));
        given().get("/track/{t}", "1Z023E2X0214323462").then().statusCode(400)
                .body(containsString("This looks like a UPS tracking number"));
    }

    @Test
    void theOrdersETagChangesWithTheOrder() {
        String id = given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON)
                .body(order(ApiTestData.ownWms("ETAG"), line("MUG-WHITE", 1))).post(ORDERS).then().statusCode(201).extract().path("id");
        String placed = given().header("X-API-Key", OPERATOR).get(ORDERS + "/{id}", id).then().statusCode(200).extract().header("ETag");
        given().header("X-API-Key", OPERATOR).header("If-None-Match", placed).get(ORDERS + "/{id}", id).then().statusCode(304);

        ApiTestData.confirm(id);

        String confirmed = given().header("X-API-Key", OPERATOR).header("If-None-Match", placed).get(ORDERS + "/{id}", id).then()
                .statusCode(200).body("status", equalTo("CONFIRMED")).extract().header("ETag");
        assertThat(confirmed).isNotEqualTo(placed);
        String trackingId = given().header("X-API-Key", OPERATOR).get(ORDERS + "/{id}", id).then().extract().path("trackingId");
        String view = given().get("/api/v1/tracking/{t}", trackingId).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", view).get("/api/v1/tracking/{t}", trackingId).then().statusCode(304);
    }

    private HttpResponse<byte[]> get(String path, String encoding) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root() + path)).header("X-API-Key", OPERATOR);
        if (encoding != null) {
            request.header("Accept-Encoding", encoding);
        }
        HttpResponse<byte[]> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(answer.statusCode()).isEqualTo(200);
        return answer;
    }

    private HttpResponse<String> place(String apiKey, String idempotencyKey, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(root() + ORDERS)).header("X-API-Key", apiKey)
                .header("Idempotency-Key", idempotencyKey).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String root() {
        return base.toString().replaceAll("/$", "");
    }
}
