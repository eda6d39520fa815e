package io.waybill.bootstrap;

import static io.restassured.RestAssured.given;
import static io.waybill.bootstrap.ApiTestData.PLATFORM_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.waybill.adapters.persistence.testing.PostgresTestResource;
import io.waybill.application.service.FeedbackService;
import io.waybill.bootstrap.FuzzExamples.Known;
import io.waybill.bootstrap.FuzzOperations.Operation;
import io.waybill.bootstrap.FuzzRequests.Planned;
import io.waybill.domain.order.OrderId;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The wall between tenants, driven from the live OpenAPI document so that a new operation is covered without anyone
 * remembering it: tenant A owns an order with a shipment and its exception item, a subscription, a customer's choices
 * and a disruption; then every operation is sent with each of tenant B's keys (integrator, operator, admin), naming A's
 * resources wherever the operation takes an id. Nothing of A's may come back (no id, order number, tracking ID, carrier
 * number or customer datum in any answer), an operation on one of A's resources answers 404 (or 403 for a role B
 * lacks), and afterwards A's data is as it was.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class TenantIsolationEndToEndTest {

    /** Public by design (the signed link or the carrier's signature is the authority, not a tenant's key). */
    private static final Set<String> PUBLIC = Set.of("GET /api/v1/tracking/{trackingId}", "GET /api/v1/feedback/{token}",
            "POST /api/v1/feedback/{token}", "POST /api/v1/carriers/{carrier}/events");

    /** A carrier nobody polls here, so that A's timeline changes only if B changes it. */
    private static final String CARRIER = "dhl";

    @TestHTTPResource("/")
    URL base;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String tenantA = "iso-a-" + run;
    private final String tenantB = "iso-b-" + run;

    @Test
    void noOperationOfTenantBReachesAnythingOfTenantA() throws Exception {
        TestKeys.register();
        createTenant(tenantA);
        createTenant(tenantB);
        String integratorA = key(tenantA, "integrator");
        Map<String, String> keysOfB = new LinkedHashMap<>();
        for (String role : List.of("integrator", "operator", "admin")) {
            keysOfB.put(role, key(tenantB, role));
        }
        String email = ("zelda-" + run + "@acme-iso.example.org").toLowerCase();
        Known a = resourcesOf(integratorA, email);
        String orderNumber = given().header("X-API-Key", integratorA).get("/api/v1/orders/{id}", a.orderId()).then().statusCode(200)
                .extract().path("orderNumber");
        JsonPath before = orderOf(integratorA, a.orderId());
        List<String> secrets = List.of(a.orderId(), orderNumber, a.trackingId(), a.shipmentId(), a.trackingNumber(),
                a.subscriptionId(), email, "Zelda Isolation", "+49301234599", a.exceptionId(), a.deviceId(), a.geofenceId());

        String document = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        FuzzOperations operations = new FuzzOperations(new ObjectMapper().readTree(document));
        FuzzRequests requests = new FuzzRequests(new FuzzExamples(operations, a), Map.of());
        FuzzClient client = new FuzzClient(base.toString().replaceAll("/$", ""));
        List<String> leaks = new ArrayList<>();
        Map<String, String> outcomes = new TreeMap<>();
        for (Operation operation : operations.all()) {
            if (PUBLIC.contains(operation.toString())) {
                continue;
            }
            Planned planned = aimedAtA(requests.valid(operation, "tenant B at tenant A"), a);
            for (Map.Entry<String, String> key : keysOfB.entrySet()) {
                HttpResponse<String> answer = client.send(planned, key.getValue());
                outcomes.merge(operation.toString(), key.getKey() + ":" + answer.statusCode(), (x, y) -> x + " " + y);
                judge(planned, key.getKey(), answer, secrets, leaks);
            }
        }
        System.out.println("TenantIsolationEndToEndTest: tenant B's answers per operation " + outcomes);
        assertThat(outcomes).as("operations driven").hasSizeGreaterThanOrEqualTo(25);
        assertThat(leaks).as("what crossed from tenant A to tenant B").isEmpty();
        assertUnchanged(integratorA, a, before, email);
    }

    @Test
    void eachTenantMayUseTheSameOrderNumberAndSeesOnlyItsOwnOrder() {
        TestKeys.register();
        createTenant(tenantA);
        createTenant(tenantB);
        String integratorA = key(tenantA, "integrator");
        String integratorB = key(tenantB, "integrator");
        String number = ApiTestData.ownWms("SAME");
        String ofA = place(integratorA, number, "a-" + run + "@example.org");
        String ofB = place(integratorB, number, "b-" + run + "@example.org");
        assertThat(ofA).isNotEqualTo(ofB);
        given().header("X-API-Key", integratorA).get("/api/v1/orders?orderNumber={n}", number).then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.contains(ofA));
        given().header("X-API-Key", integratorB).get("/api/v1/orders?orderNumber={n}", number).then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.contains(ofB));
        given().header("X-API-Key", integratorB).get("/api/v1/orders/{id}", ofA).then().statusCode(404)
                .contentType("application/problem+json");
        given().header("X-API-Key", integratorB).contentType(ContentType.JSON).body(Map.of("reason", "not yours"))
                .post("/api/v1/orders/{id}/cancellation", ofA).then().statusCode(404);
        given().header("X-API-Key", integratorA).get("/api/v1/orders/{id}", ofA).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.not("CANCELLED"));
    }

    /**
     * Refused, not found, or an answer that holds none of A's secrets (but those B sent itself: an answer may name what
     * it was asked about); a 2xx on one of A's resources is a leak.
     */
    private static void judge(Planned planned, String role, HttpResponse<String> answer, List<String> secrets,
            List<String> leaks) {
        Operation operation = planned.operation();
        int status = answer.statusCode();
        String body = answer.body() == null ? "" : answer.body().toLowerCase();
        String asked = (planned.parameters().values() + " " + planned.body()).toLowerCase();
        for (String secret : secrets) {
            if (body.contains(secret.toLowerCase()) && !asked.contains(secret.toLowerCase())) {
                leaks.add(operation + " with B's " + role + " key answered " + status + " holding A's " + secret + ": "
                        + FuzzRequests.abbreviated(answer.body()));
            }
        }
        boolean namesAResource = operation.path().contains("{id}") || operation.path().contains("{name}");
        // a geofence id is the tenant's own name: B's PUT makes B's own fence of that id (A's is checked unchanged below)
        boolean ownNamespace = operation.toString().equals("PUT /api/v1/geofences/{id}");
        if (namesAResource && status < 300 && !operation.path().contains("/dead-letters/") && !ownNamespace) {
            leaks.add(operation + " with B's " + role + " key reached A's resource: " + status);
        }
        if (status >= 500) {
            leaks.add(operation + " with B's " + role + " key answered " + status);
        }
    }

    /** The request as FuzzExamples builds it, with A's tenant and key name where the operation takes them. */
    private Planned aimedAtA(Planned planned, Known a) {
        Map<String, String> parameters = new LinkedHashMap<>(planned.parameters());
        parameters.computeIfPresent("tenant", (k, v) -> tenantA);
        parameters.computeIfPresent("name", (k, v) -> "iso-integrator-" + tenantA);
        parameters.computeIfPresent("email", (k, v) -> ("zelda-" + run + "@acme-iso.example.org").toLowerCase());
        String body = planned.body();
        if (body != null && planned.operation().path().equals("/api/v1/admin/api-keys")) {
            body = body.replace("\"tenant\":\"fuzz\"", "\"tenant\":\"" + tenantA + "\"");
        }
        if (body != null && planned.operation().path().equals("/api/v1/tracking-events")) {
            body = body.replace("\"carrier\":\"ups\"", "\"carrier\":\"" + CARRIER + "\"");
        }
        return new Planned(planned.operation(), planned.mutation(), parameters, body, planned.contentType());
    }

    private void assertUnchanged(String integratorA, Known a, JsonPath before, String email) {
        JsonPath after = orderOf(integratorA, a.orderId());
        assertThat(after.getString("status")).isEqualTo(before.getString("status"));
        assertThat(after.getList("timeline")).hasSameSizeAs(before.getList("timeline"));
        given().header("X-API-Key", integratorA).get("/api/v1/webhooks/subscriptions/{id}", a.subscriptionId()).then()
                .statusCode(200);
        given().header("X-API-Key", integratorA).get("/api/v1/geofences/{id}", a.geofenceId()).then().statusCode(200)
                .body("name", org.hamcrest.Matchers.equalTo("Acme hub " + run)).body("radiusMetres", org.hamcrest.Matchers.equalTo(500.0f));
        given().header("X-API-Key", integratorA).get("/api/v1/customers/{email}/notification-preferences", email).then()
                .statusCode(200).body("language", org.hamcrest.Matchers.equalTo("de"))
                // B told its own choices for this address (quiet hours from 22:00): A's are still A's, without any
                .body("quietFrom", org.hamcrest.Matchers.nullValue());
    }

    private static JsonPath orderOf(String key, String id) {
        return given().header("X-API-Key", key).get("/api/v1/orders/{id}", id).then().statusCode(200).extract().jsonPath();
    }

    /**
     * A's order placed, confirmed and packed into a shipment (held, so that the exceptions queue has an item of it), a
     * subscription, the customer's choices and a disruption.
     */
    private Known resourcesOf(String key, String email) throws InterruptedException {
        String orderId = place(key, ApiTestData.ownWms("ISO"), email);
        String trackingId = given().header("X-API-Key", key).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/orders/{id}/confirmation", orderId).then().statusCode(200).extract().path("trackingId");
        String number = "00340434" + Math.abs(run.hashCode());
        given().header("X-API-Key", key).contentType(ContentType.JSON)
                .body(ApiTestData.batch(List.of(ApiTestData.packed(orderId, CARRIER, number, "MUG-WHITE"))))
                .post("/api/v1/warehouse-events").then().statusCode(200).body("accepted", org.hamcrest.Matchers.equalTo(1));
        String shipmentId = orderOf(key, orderId).getString("shipments[0].id");
        String subscriptionId = given().header("X-API-Key", key).contentType(ContentType.JSON)
                .body(Map.of("url", "http://127.0.0.1:9/iso-hook-" + run, "eventTypes", List.of("shipment.delay_cleared")))
                .post("/api/v1/webhooks/subscriptions").then().statusCode(201).extract().path("id");
        given().header("X-API-Key", key).contentType(ContentType.JSON).body(Map.of("channels", List.of("EMAIL"), "language", "de"))
                .put("/api/v1/customers/{email}/notification-preferences", email).then().statusCode(200);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String adminA = key(tenantA, "operator");
        given().header("X-API-Key", adminA).contentType(ContentType.JSON).body(Map.of("region", "DE-Hamburg",
                "what", "Acme-only outage " + run, "from", now.toString(), "until", now.plus(1, ChronoUnit.DAYS).toString()))
                .post("/api/v1/disruptions").then().statusCode(201);
        String token = Arc.container().instance(FeedbackService.class).get().token(new OrderId(UUID.fromString(orderId)));
        String exceptionId = ExceptionsTestData.itemFor(key, adminA, CARRIER, number, shipmentId, "HELD", ApiTestData.at(0, 1));
        String deviceId = "ISO-" + run;
        given().header("X-API-Key", key).contentType(ContentType.JSON).body(Map.of("kind", "GPS_TRACKER"))
                .put("/api/v1/devices/{id}", deviceId).then().statusCode(201);
        String geofenceId = "iso-hub-" + run;
        given().header("X-API-Key", key).contentType(ContentType.JSON).body(Map.of("name", "Acme hub " + run, "latitude", 51.31,
                "longitude", 9.48, "radiusMetres", 500)).put("/api/v1/geofences/{id}", geofenceId).then().statusCode(201);
        return new Known(orderId, trackingId, shipmentId, number, subscriptionId, token, exceptionId, deviceId, geofenceId);
    }

    private static String place(String key, String number, String email) {
        Map<String, Object> order = ApiTestData.order(number, ApiTestData.line("MUG-WHITE", 1));
        order.put("customer", Map.of("name", "Zelda Isolation", "email", email, "phone", "+49301234599"));
        return given().header("X-API-Key", key).contentType(ContentType.JSON).body(order).post("/api/v1/orders").then()
                .statusCode(201).extract().path("id");
    }

    private static void createTenant(String id) {
        int status = given().header("X-API-Key", PLATFORM_ADMIN).contentType(ContentType.JSON)
                .body(Map.of("id", id, "name", "Tenant " + id)).post("/api/v1/admin/tenants").then().extract().statusCode();
        assertThat(status).isIn(201, 409);
    }

    private static String key(String tenant, String role) {
        return given().header("X-API-Key", PLATFORM_ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", "iso-" + role + "-" + tenant, "role", role, "tenant", tenant)).post("/api/v1/admin/api-keys")
                .then().statusCode(201).extract().path("key");
    }
}
