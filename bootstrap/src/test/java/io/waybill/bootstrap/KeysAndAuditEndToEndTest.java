package io.waybill.bootstrap;

import static io.restassured.RestAssured.given;
import static io.waybill.bootstrap.ApiTestData.ADMIN;
import static io.waybill.bootstrap.ApiTestData.INTEGRATOR;
import static io.waybill.bootstrap.ApiTestData.OPERATOR;
import static io.waybill.bootstrap.ApiTestData.PLATFORM_ADMIN;
import static io.waybill.bootstrap.ApiTestData.line;
import static io.waybill.bootstrap.ApiTestData.order;
import static io.waybill.bootstrap.ApiTestData.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.waybill.adapters.persistence.testing.PostgresTestResource;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The key lifecycle on the whole application and PostgreSQL (issue, use, list with last use, rotate with an overlap,
 * expire, revoke), and the audit log of keys, tenants, subscriptions, cancellations and disruptions.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class KeysAndAuditEndToEndTest {

    private static final String KEYS = "/api/v1/admin/api-keys";
    private static final String AUDIT = "/api/v1/admin/audit";
    private static final String ORDERS = "/api/v1/orders?size=1";

    @BeforeEach
    void keys() {
        TestKeys.register();
    }

    @Test
    void aKeyIsIssuedUsedListedRotatedExpiredAndRevokedAndEveryStepIsAudited() {
        String tenant = unique("e2e").toLowerCase(Locale.ROOT);
        as(PLATFORM_ADMIN).body(Map.of("id", tenant, "name", "End-to-end shipper")).post("/api/v1/admin/tenants").then().statusCode(201);
        String tenantAdmin = as(PLATFORM_ADMIN).body(Map.of("name", "root", "role", "admin", "tenant", tenant)).post(KEYS).then()
                .statusCode(201).extract().path("key");
        String first = as(tenantAdmin).body(Map.of("name", "wms", "role", "integrator", "scopes", List.of("read", "events")))
                .post(KEYS).then().statusCode(201).body("tenant", equalTo(tenant)).extract().path("key");

        as(first).get(ORDERS).then().statusCode(200);
        as(first).body(order(unique("SCOPE"), line("PEN-STEEL", 1))).post("/api/v1/orders").then().statusCode(403);
        String listing = as(tenantAdmin).get(KEYS + "/wms").then().statusCode(200).body("status", equalTo("active"))
                .body("lastUsedAt", notNullValue()).body("scopes", equalTo(List.of("read", "events"))).extract().asString();
        assertThat(listing).doesNotContain(first);

        Instant overlap = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        String second = as(tenantAdmin).body(Map.of("previousKeyValidUntil", overlap.toString())).post(KEYS + "/wms/rotation").then()
                .statusCode(200).body("previousKeyValidUntil", equalTo(overlap.toString())).extract().path("key");
        as(first).get(ORDERS).then().statusCode(200);
        as(second).get(ORDERS).then().statusCode(200);

        as(tenantAdmin).body(Map.of("expiresAt", "2026-01-01T00:00:00Z")).put(KEYS + "/wms/expiry").then().statusCode(200)
                .body("status", equalTo("expired"));
        as(second).get(ORDERS).then().statusCode(401);
        as(first).get(ORDERS).then().statusCode(401);
        as(tenantAdmin).body("{\"expiresAt\": null}").put(KEYS + "/wms/expiry").then().statusCode(200).body("expiresAt", nullValue());
        as(second).get(ORDERS).then().statusCode(200);

        as(ADMIN).delete(KEYS + "/wms?tenant=" + tenant).then().statusCode(404);
        as(tenantAdmin).delete(KEYS + "/wms").then().statusCode(204);
        as(second).get(ORDERS).then().statusCode(401);
        as(first).get(ORDERS).then().statusCode(401);
        as(tenantAdmin).get(KEYS + "/wms").then().statusCode(200).body("status", equalTo("revoked"));

        JsonPath audit = as(tenantAdmin).get(AUDIT).then().statusCode(200).extract().jsonPath();
        assertThat(audit.getList("action")).containsExactly("api-key.revoked", "api-key.expiry-set", "api-key.expiry-set",
                "api-key.rotated", "api-key.issued", "api-key.issued", "tenant.created");
        assertThat(audit.getList("actorKey")).containsExactly("root", "root", "root", "root", "root", "test-platform-admin",
                "test-platform-admin");
        assertThat(audit.getList("tenant")).containsOnly(tenant);
        assertThat(audit.prettify()).doesNotContain(first).doesNotContain(second).doesNotContain(tenantAdmin);
        assertThat(as(PLATFORM_ADMIN).get(AUDIT + "?tenant=" + tenant).then().statusCode(200).extract().jsonPath().getList("id"))
                .isEqualTo(audit.getList("id"));
        as(ADMIN).get(AUDIT + "?tenant=" + tenant).then().statusCode(404);
    }

    @Test
    void subscriptionsCancellationsAndDisruptionsAreAuditedWithTheKeyThatMadeThem() {
        String subscription = as(INTEGRATOR).body(Map.of("url", "http://127.0.0.1:9/hook?token=s3cret", "eventTypes", List.of("*")))
                .post("/api/v1/webhooks/subscriptions").then().statusCode(201).extract().path("id");
        as(INTEGRATOR).delete("/api/v1/webhooks/subscriptions/{id}", subscription).then().statusCode(204);
        String orderId = as(INTEGRATOR).body(order(unique("AUDIT"), line("PEN-STEEL", 1))).post("/api/v1/orders").then()
                .statusCode(201).extract().path("id");
        as(OPERATOR).body(Map.of("reason", "Ada Lovelace called to cancel")).post("/api/v1/orders/{id}/cancellation", orderId)
                .then().statusCode(200);
        Instant now = Instant.now();
        String disruption = as(OPERATOR).body(Map.of("region", "DE-Kassel", "what", "Hub outage", "from", now.toString(),
                "until", now.plusSeconds(3600).toString())).post("/api/v1/disruptions").then().statusCode(201).extract().path("id");

        JsonPath audit = as(ADMIN).get(AUDIT + "?limit=1000").then().statusCode(200).extract().jsonPath();
        assertThat(entry(audit, subscription, "webhook.subscribed")).containsEntry("actorKey", "test-integrator")
                .containsEntry("targetType", "webhook-subscription").containsEntry("tenant", "default");
        assertThat(entry(audit, subscription, "webhook.unsubscribed")).containsEntry("actorKey", "test-integrator");
        assertThat(entry(audit, orderId, "order.cancelled")).containsEntry("actorKey", "test-operator")
                .containsEntry("actorTenant", "default").containsEntry("targetType", "order");
        assertThat(entry(audit, disruption, "disruption.reported")).containsEntry("actorKey", "test-operator");
        assertThat(audit.prettify()).doesNotContain("s3cret").doesNotContain("Ada Lovelace").doesNotContain("127.0.0.1");
        as(OPERATOR).get(AUDIT).then().statusCode(403);
    }

    private static Map<String, Object> entry(JsonPath audit, String target, String action) {
        List<Map<String, Object>> entries = audit.getList("findAll { it.targetId == '" + target + "' && it.action == '" + action + "' }");
        assertThat(entries).as(action + " of " + target).hasSize(1);
        return entries.getFirst();
    }

    private static RequestSpecification as(String key) {
        return given().header("X-API-Key", key).contentType(ContentType.JSON);
    }
}
