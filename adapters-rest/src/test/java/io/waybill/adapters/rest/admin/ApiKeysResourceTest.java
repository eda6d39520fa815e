package io.waybill.adapters.rest.admin;

import static io.waybill.adapters.rest.testing.Api.admin;
import static io.waybill.adapters.rest.testing.Api.anonymous;
import static io.waybill.adapters.rest.testing.Api.forbidden;
import static io.waybill.adapters.rest.testing.Api.integrator;
import static io.waybill.adapters.rest.testing.Api.invalidField;
import static io.waybill.adapters.rest.testing.Api.operator;
import static io.waybill.adapters.rest.testing.Api.problem;
import static io.waybill.adapters.rest.testing.Api.unauthorized;
import static io.waybill.adapters.rest.testing.Api.withKey;
import static io.waybill.adapters.rest.testing.RestTestData.map;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.waybill.adapters.rest.fakes.TestApiKeys;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Administrators issue keys; the key is in the answer only, and it works at once with its role. */
@QuarkusTest
class ApiKeysResourceTest {

    private static final String KEYS = "/api/v1/admin/api-keys";

    @Inject
    TestApiKeys keys;

    @BeforeEach
    void reset() {
        keys.reset();
    }

    @Test
    void anIssuedKeyWorksWithItsRole() {
        String key = admin().body(map("name", "partner", "role", "Operator")).post(KEYS).then().statusCode(201)
                .contentType("application/json")
                .body("name", equalTo("partner"))
                .body("role", equalTo("operator"))
                .extract().path("key");
        withKey(key).get("/api/v1/orders").then().statusCode(200);
        forbidden(withKey(key).body(map("name", "x", "role", "admin")).post(KEYS).then(), KEYS);
    }

    @Test
    void aRequestWithoutNameOrWithAnUnknownRoleIsA400() {
        invalidField(admin().body(map("role", "operator")).post(KEYS).then(), KEYS, "name");
        invalidField(admin().body(map("name", "x", "role", "superuser")).post(KEYS).then(), KEYS, "role")
                .body("detail", containsString("INTEGRATOR"));
        invalidField(admin().body("null").post(KEYS).then(), KEYS, "body");
    }

    @Test
    void onlyAdministratorsIssueKeys() {
        unauthorized(anonymous().body(map("name", "x", "role", "admin")).post(KEYS).then(), KEYS);
        forbidden(integrator().body(map("name", "x", "role", "admin")).post(KEYS).then(), KEYS);
        forbidden(operator().body(map("name", "x", "role", "admin")).post(KEYS).then(), KEYS);
        unauthorized(withKey("wb_issued_x").get("/api/v1/orders").then(), "/api/v1/orders");
    }

    @Test
    void keysCannotBeListed() {
        problem(admin().get(KEYS).then(), 405, KEYS).body("type", endsWith("/http-405"));
        problem(admin().get(KEYS + "/partner").then(), 404, KEYS + "/partner");
    }
}
