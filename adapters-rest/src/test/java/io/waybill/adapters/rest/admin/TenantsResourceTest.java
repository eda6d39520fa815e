package io.waybill.adapters.rest.admin;

import static io.waybill.adapters.rest.testing.Api.admin;
import static io.waybill.adapters.rest.testing.Api.forbidden;
import static io.waybill.adapters.rest.testing.Api.invalidField;
import static io.waybill.adapters.rest.testing.Api.platformAdmin;
import static io.waybill.adapters.rest.testing.Api.problem;
import static io.waybill.adapters.rest.testing.RestTestData.map;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.waybill.adapters.rest.fakes.TestApiKeys;
import io.waybill.adapters.rest.fakes.TestClock;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Platform admins create and list tenants; tenant admins may not; ids are slugs, taken once. */
@QuarkusTest
class TenantsResourceTest {

    private static final String TENANTS = "/api/v1/admin/tenants";

    @Inject
    TestApiKeys keys;

    @BeforeEach
    void reset() {
        keys.reset();
    }

    @Test
    void aPlatformAdminCreatesATenantOnce() {
        platformAdmin().body(map("id", "acme-shop", "name", "ACME Shop")).post(TENANTS).then().statusCode(201)
                .body("id", equalTo("acme-shop"))
                .body("name", equalTo("ACME Shop"))
                .body("createdAt", equalTo(TestClock.CLOCK.instant().toString()));

        platformAdmin().get(TENANTS).then().statusCode(200).body("id", equalTo(List.of("acme-shop", "default")));
        problem(platformAdmin().body(map("id", "acme-shop", "name", "Again")).post(TENANTS).then(), 409, TENANTS)
                .body("type", equalTo("https://waybill.io/problems/name-taken"));
    }

    @Test
    void badTenantsAreA400NamingTheField() {
        invalidField(platformAdmin().body(map("id", "ACME Shop!", "name", "ACME")).post(TENANTS).then(), TENANTS, "id");
        invalidField(platformAdmin().body(map("name", "ACME")).post(TENANTS).then(), TENANTS, "id");
        invalidField(platformAdmin().body(map("id", "acme")).post(TENANTS).then(), TENANTS, "name");
        invalidField(platformAdmin().body("null").post(TENANTS).then(), TENANTS, "body");
        platformAdmin().get(TENANTS).then().statusCode(200).body("id", equalTo(List.of("default")));
    }

    @Test
    void tenantAdminsNeitherCreateNorListTenants() {
        forbidden(admin().body(map("id", "acme", "name", "ACME")).post(TENANTS).then(), TENANTS);
        forbidden(admin().get(TENANTS).then(), TENANTS);
    }
}
