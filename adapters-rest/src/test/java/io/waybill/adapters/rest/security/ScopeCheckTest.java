package io.waybill.adapters.rest.security;

import static io.waybill.adapters.rest.testing.Api.admin;
import static io.waybill.adapters.rest.testing.Api.forbidden;
import static io.waybill.adapters.rest.testing.Api.unauthorized;
import static io.waybill.adapters.rest.testing.Api.withKey;
import static io.waybill.adapters.rest.testing.RestTestData.batch;
import static io.waybill.adapters.rest.testing.RestTestData.map;
import static io.waybill.adapters.rest.testing.RestTestData.order;
import static io.waybill.adapters.rest.testing.RestTestData.scan;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.waybill.adapters.rest.fakes.InMemoryOrderDesk;
import io.waybill.adapters.rest.fakes.RecordingEventIngestion;
import io.waybill.adapters.rest.fakes.TestApiKeys;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Scopes narrow what a key's role allows: a read-only key cannot post, an events-only key can only post events. */
@QuarkusTest
class ScopeCheckTest {

    private static final String ORDERS = "/api/v1/orders";
    private static final String EVENTS = "/api/v1/tracking-events";
    private static final String KEYS = "/api/v1/admin/api-keys";

    @Inject
    TestApiKeys keys;

    @Inject
    InMemoryOrderDesk orders;

    @Inject
    RecordingEventIngestion ingestion;

    @BeforeEach
    void reset() {
        keys.reset();
        orders.reset();
        ingestion.reset();
    }

    @Test
    void aReadOnlyKeyReadsButPostsNothing() {
        String key = issue("reader", "integrator", List.of("read"));

        withKey(key).get(ORDERS).then().statusCode(200);
        forbidden(withKey(key).body(order("SO-SCOPE-1")).post(ORDERS).then(), ORDERS)
                .body("detail", containsString("scopes (read) do not include write"));
        forbidden(withKey(key).body(batch(List.of(scan("s-1", "IN_TRANSIT")))).post(EVENTS).then(), EVENTS);
    }

    @Test
    void anEventsOnlyKeyPostsEventsAndNothingElse() {
        String key = issue("scanner", "integrator", List.of("events"));

        withKey(key).body(batch(List.of(scan("s-2", "IN_TRANSIT")))).post(EVENTS).then().statusCode(200);
        forbidden(withKey(key).get(ORDERS).then(), ORDERS).body("detail", containsString("do not include read"));
        forbidden(withKey(key).body(order("SO-SCOPE-2")).post(ORDERS).then(), ORDERS);
    }

    @Test
    void scopesNeverWidenARole() {
        String key = issue("ops-writer", "operator", List.of("read", "write", "events"));

        forbidden(withKey(key).body(order("SO-SCOPE-3")).post(ORDERS).then(), ORDERS)
                .body("detail", containsString("role"));
        forbidden(withKey(key).body(batch(List.of(scan("s-3", "IN_TRANSIT")))).post(EVENTS).then(), EVENTS);
    }

    @Test
    void aReadOnlyAdminListsKeysButIssuesNone() {
        String key = issue("auditor", "admin", List.of("read"));

        withKey(key).get(KEYS).then().statusCode(200);
        withKey(key).get("/api/v1/admin/audit").then().statusCode(200);
        forbidden(withKey(key).body(map("name", "x", "role", "integrator")).post(KEYS).then(), KEYS);
    }

    @Test
    void aRevokedKeyOnAPublicEndpointIsIgnoredAsBeforeAndRefusedOnAGuardedOne() {
        String key = issue("gone", "integrator", List.of("read"));
        admin().delete(KEYS + "/gone").then().statusCode(204);

        withKey(key).get("/api/v1/tracking/not-a-tracking-id").then().statusCode(400);
        unauthorized(withKey(key).get(ORDERS).then(), ORDERS);
    }

    private static String issue(String name, String role, List<String> scopes) {
        return admin().body(map("name", name, "role", role, "scopes", scopes)).post(KEYS).then().statusCode(201).extract().path("key");
    }
}
