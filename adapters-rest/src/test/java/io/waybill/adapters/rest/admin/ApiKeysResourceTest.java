package io.waybill.adapters.rest.admin;

import static io.waybill.adapters.rest.testing.Api.admin;
import static io.waybill.adapters.rest.testing.Api.anonymous;
import static io.waybill.adapters.rest.testing.Api.forbidden;
import static io.waybill.adapters.rest.testing.Api.integrator;
import static io.waybill.adapters.rest.testing.Api.invalidField;
import static io.waybill.adapters.rest.testing.Api.operator;
import static io.waybill.adapters.rest.testing.Api.platformAdmin;
import static io.waybill.adapters.rest.testing.Api.problem;
import static io.waybill.adapters.rest.testing.Api.unauthorized;
import static io.waybill.adapters.rest.testing.Api.withKey;
import static io.waybill.adapters.rest.testing.RestTestData.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.waybill.adapters.rest.fakes.TestApiKeys;
import io.waybill.adapters.rest.fakes.TestClock;
import io.waybill.application.shared.AuditEntry;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Administrators issue, list, expire, rotate and revoke keys; the secret is in the answer to an issue or rotation only,
 * and a tenant admin cannot see or touch another tenant's keys (404).
 */
@QuarkusTest
class ApiKeysResourceTest {

    private static final String KEYS = "/api/v1/admin/api-keys";
    private static final String ORDERS = "/api/v1/orders";

    @Inject
    TestApiKeys keys;

    @BeforeEach
    void reset() {
        keys.reset();
    }

    @Test
    void anIssuedKeyWorksWithItsRoleAtOnce() {
        String key = admin().body(map("name", "partner", "role", "Operator")).post(KEYS).then().statusCode(201)
                .contentType("application/json")
                .body("name", equalTo("partner"))
                .body("role", equalTo("operator"))
                .body("tenant", equalTo("default"))
                .body("scopes", equalTo(List.of("read", "events", "write")))
                .extract().path("key");
        withKey(key).get(ORDERS).then().statusCode(200);
        forbidden(withKey(key).body(map("name", "x", "role", "admin")).post(KEYS).then(), KEYS);
    }

    @Test
    void aBadRequestIsA400NamingTheField() {
        invalidField(admin().body(map("role", "operator")).post(KEYS).then(), KEYS, "name");
        invalidField(admin().body(map("name", "x", "role", "superuser")).post(KEYS).then(), KEYS, "role")
                .body("detail", containsString("platform-admin"));
        invalidField(admin().body(map("name", "x", "role", "operator", "scopes", List.of("delete"))).post(KEYS).then(), KEYS, "scopes");
        invalidField(admin().body(map("name", "x", "role", "operator", "expiresAt", "tomorrow")).post(KEYS).then(), KEYS, "expiresAt");
        invalidField(admin().body(map("name", "x", "role", "operator", "expiresAt", "2020-01-01T00:00:00Z")).post(KEYS).then(), KEYS,
                "expiresAt");
        invalidField(admin().body(map("name", "no spaces", "role", "operator")).post(KEYS).then(), KEYS, "name");
        invalidField(admin().body(map("name", "x", "role", "operator", "tenant", "Not A Tenant!")).post(KEYS).then(), KEYS, "tenant");
        invalidField(admin().body("null").post(KEYS).then(), KEYS, "body");
        admin().get(KEYS).then().statusCode(200).body("name", not(hasItems("x")));
    }

    @Test
    void onlyAdministratorsManageKeys() {
        unauthorized(anonymous().body(map("name", "x", "role", "admin")).post(KEYS).then(), KEYS);
        forbidden(integrator().body(map("name", "x", "role", "admin")).post(KEYS).then(), KEYS);
        forbidden(operator().body(map("name", "x", "role", "admin")).post(KEYS).then(), KEYS);
        forbidden(operator().get(KEYS).then(), KEYS);
        forbidden(admin().body(map("name", "x", "role", "platform-admin")).post(KEYS).then(), KEYS)
                .body("detail", containsString("platform administrators"));
        unauthorized(withKey("wb_issued_x").get(ORDERS).then(), ORDERS);
    }

    @Test
    void aListingShowsEverythingButTheSecretAndLastUse() {
        String key = admin().body(map("name", "wms", "role", "integrator", "scopes", List.of("events"),
                "expiresAt", "2027-01-01T00:00:00Z")).post(KEYS).then().statusCode(201).extract().path("key");
        withKey(key).get(ORDERS).then().statusCode(403);

        String listing = admin().get(KEYS).then().statusCode(200)
                .body("name", hasItems("root", "ops", "shop", "wms", "platform"))
                .body("find { it.name == 'wms' }.role", equalTo("integrator"))
                .body("find { it.name == 'wms' }.scopes", equalTo(List.of("events")))
                .body("find { it.name == 'wms' }.status", equalTo("active"))
                .body("find { it.name == 'wms' }.tenant", equalTo("default"))
                .body("find { it.name == 'wms' }.createdAt", equalTo(TestClock.CLOCK.instant().toString()))
                .body("find { it.name == 'wms' }.expiresAt", equalTo("2027-01-01T00:00:00Z"))
                .body("find { it.name == 'wms' }.lastUsedAt", equalTo(TestClock.CLOCK.instant().toString()))
                .body("find { it.name == 'wms' }.revokedAt", nullValue())
                .extract().asString();
        assertThat(listing).doesNotContain(key).doesNotContain("sha256").doesNotContain("test-admin-key");
        admin().get(KEYS + "/wms").then().statusCode(200).body("name", equalTo("wms"));
        problem(admin().get(KEYS + "/nobody").then(), 404, KEYS + "/nobody");
    }

    @Test
    void aRevokedKeyIsRefusedStaysListedAndKeepsItsName() {
        String key = admin().body(map("name", "partner", "role", "integrator")).post(KEYS).then().statusCode(201).extract().path("key");

        admin().delete(KEYS + "/partner").then().statusCode(204);
        admin().delete(KEYS + "/partner").then().statusCode(204);

        unauthorized(withKey(key).get(ORDERS).then(), ORDERS);
        admin().get(KEYS + "/partner").then().statusCode(200).body("status", equalTo("revoked"))
                .body("revokedAt", equalTo(TestClock.CLOCK.instant().toString()));
        problem(admin().body(map("name", "partner", "role", "integrator")).post(KEYS).then(), 409, KEYS)
                .body("type", equalTo("https://waybill.io/problems/name-taken"));
        problem(admin().body(map()).post(KEYS + "/partner/rotation").then(), 409, KEYS + "/partner/rotation");
        problem(admin().delete(KEYS + "/never-issued").then(), 404, KEYS + "/never-issued");
        assertThat(keys.audit().all()).extracting(AuditEntry::action).containsExactly("api-key.issued", "api-key.revoked");
    }

    @Test
    void anExpiryInThePastExpiresTheKeyNowAndNullMakesItLastAgain() {
        String key = admin().body(map("name", "temp", "role", "integrator")).post(KEYS).then().statusCode(201).extract().path("key");

        admin().body(map("expiresAt", "2026-01-01T00:00:00Z")).put(KEYS + "/temp/expiry").then().statusCode(200)
                .body("status", equalTo("expired"));
        unauthorized(withKey(key).get(ORDERS).then(), ORDERS);
        admin().body(map("expiresAt", null)).put(KEYS + "/temp/expiry").then().statusCode(200).body("status", equalTo("active"))
                .body("expiresAt", nullValue());
        withKey(key).get(ORDERS).then().statusCode(200);
        invalidField(admin().body(map("expiresAt", "soon")).put(KEYS + "/temp/expiry").then(), KEYS + "/temp/expiry", "expiresAt");
    }

    @Test
    void aRotationGivesANewSecretAndTheOldOneWorksUntilTheOverlapEnds() {
        String old = admin().body(map("name", "wms", "role", "integrator")).post(KEYS).then().statusCode(201).extract().path("key");

        String rotated = admin().body(map("previousKeyValidUntil", "2026-11-03T09:00:00Z")).post(KEYS + "/wms/rotation").then()
                .statusCode(200).body("previousKeyValidUntil", equalTo("2026-11-03T09:00:00Z")).extract().path("key");
        assertThat(rotated).isNotEqualTo(old);
        withKey(rotated).get(ORDERS).then().statusCode(200);
        withKey(old).get(ORDERS).then().statusCode(200);

        String third = admin().body(map("previousKeyValidUntil", "2020-01-01T00:00:00Z")).post(KEYS + "/wms/rotation").then()
                .statusCode(200).extract().path("key");
        unauthorized(withKey(old).get(ORDERS).then(), ORDERS);
        unauthorized(withKey(rotated).get(ORDERS).then(), ORDERS);
        withKey(third).get(ORDERS).then().statusCode(200);
        invalidField(admin().body(map("previousKeyValidUntil", "2030-01-01T00:00:00Z")).post(KEYS + "/wms/rotation").then(),
                KEYS + "/wms/rotation", "previousKeyValidUntil");
    }

    @Test
    void anotherTenantsKeysAnswer404ToATenantAdminButNotToThePlatformAdmin() {
        platformAdmin().body(map("id", "acme", "name", "ACME")).post("/api/v1/admin/tenants").then().statusCode(201);
        String acmeAdmin = platformAdmin().body(map("name", "acme-root", "role", "admin", "tenant", "acme")).post(KEYS).then()
                .statusCode(201).body("tenant", equalTo("acme")).extract().path("key");
        withKey(acmeAdmin).body(map("name", "acme-shop", "role", "integrator")).post(KEYS).then().statusCode(201)
                .body("tenant", equalTo("acme"));

        withKey(acmeAdmin).get(KEYS).then().statusCode(200).body("name", equalTo(List.of("acme-root", "acme-shop")));
        problem(withKey(acmeAdmin).delete(KEYS + "/shop?tenant=default").then(), 404, KEYS + "/shop");
        problem(admin().delete(KEYS + "/acme-shop?tenant=acme").then(), 404, KEYS + "/acme-shop");
        problem(admin().get(KEYS + "?tenant=acme").then(), 404, KEYS);
        problem(withKey(acmeAdmin).body(map("name", "sneaky", "role", "admin", "tenant", "default")).post(KEYS).then(), 404, KEYS);
        platformAdmin().get(KEYS).then().statusCode(200).body("name", hasItems("acme-root", "acme-shop", "root"));
        platformAdmin().delete(KEYS + "/acme-shop?tenant=acme").then().statusCode(204);
        admin().get(KEYS).then().statusCode(200).body("name", not(hasItems("acme-shop")));
    }
}
