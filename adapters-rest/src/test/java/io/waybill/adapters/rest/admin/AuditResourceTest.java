package io.waybill.adapters.rest.admin;

import static io.waybill.adapters.rest.testing.Api.admin;
import static io.waybill.adapters.rest.testing.Api.forbidden;
import static io.waybill.adapters.rest.testing.Api.integrator;
import static io.waybill.adapters.rest.testing.Api.invalidField;
import static io.waybill.adapters.rest.testing.Api.platformAdmin;
import static io.waybill.adapters.rest.testing.Api.problem;
import static io.waybill.adapters.rest.testing.Api.withKey;
import static io.waybill.adapters.rest.testing.RestTestData.map;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.waybill.adapters.rest.fakes.TestApiKeys;
import io.waybill.adapters.rest.fakes.TestClock;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The audit log over HTTP: who did what to which target, newest first; each tenant admin sees its own tenant only. */
@QuarkusTest
class AuditResourceTest {

    private static final String AUDIT = "/api/v1/admin/audit";
    private static final String KEYS = "/api/v1/admin/api-keys";

    @Inject
    TestApiKeys keys;

    @BeforeEach
    void reset() {
        keys.reset();
    }

    @Test
    void entriesNameTheKeyItsTenantTheActionAndTheTargetNewestFirst() {
        platformAdmin().body(map("id", "acme", "name", "ACME")).post("/api/v1/admin/tenants").then().statusCode(201);
        String acmeAdmin = platformAdmin().body(map("name", "acme-root", "role", "admin", "tenant", "acme")).post(KEYS).then()
                .statusCode(201).extract().path("key");
        withKey(acmeAdmin).body(map("name", "acme-wms", "role", "integrator", "scopes", List.of("events"))).post(KEYS).then()
                .statusCode(201);
        admin().delete(KEYS + "/shop").then().statusCode(204);

        withKey(acmeAdmin).get(AUDIT).then().statusCode(200)
                .body("action", equalTo(List.of("api-key.issued", "api-key.issued", "tenant.created")))
                .body("[0].actorKey", equalTo("acme-root"))
                .body("[0].actorTenant", equalTo("acme"))
                .body("[0].tenant", equalTo("acme"))
                .body("[0].targetType", equalTo("api-key"))
                .body("[0].targetId", equalTo("acme-wms"))
                .body("[0].detail", equalTo("role=integrator scopes=events"))
                .body("[0].at", equalTo(TestClock.CLOCK.instant().toString()))
                .body("[1].actorKey", equalTo("platform"))
                .body("[1].actorTenant", equalTo("default"));
        admin().get(AUDIT).then().statusCode(200).body("action", equalTo(List.of("api-key.revoked")))
                .body("[0].targetId", equalTo("shop"));
        platformAdmin().get(AUDIT).then().statusCode(200).body("", hasSize(4));
        platformAdmin().get(AUDIT + "?tenant=acme&limit=1").then().statusCode(200).body("targetId", equalTo(List.of("acme-wms")));
        int newest = platformAdmin().get(AUDIT + "?tenant=acme").then().extract().path("[0].id");
        platformAdmin().get(AUDIT + "?tenant=acme&before=" + newest).then().statusCode(200).body("", hasSize(2));
    }

    @Test
    void anotherTenantsLogIsNotFoundAndBadParametersAre400() {
        problem(admin().get(AUDIT + "?tenant=acme").then(), 404, AUDIT);
        forbidden(integrator().get(AUDIT).then(), AUDIT);
        invalidField(admin().get(AUDIT + "?limit=abc").then(), AUDIT, "limit");
        invalidField(admin().get(AUDIT + "?limit=0").then(), AUDIT, "limit");
        invalidField(admin().get(AUDIT + "?before=x").then(), AUDIT, "before");
        invalidField(admin().get(AUDIT + "?tenant=Not!").then(), AUDIT, "tenant");
    }
}
