package io.waybill.adapters.rest.devices;

import static io.waybill.adapters.rest.testing.Api.anonymous;
import static io.waybill.adapters.rest.testing.Api.integrator;
import static io.waybill.adapters.rest.testing.Api.invalidField;
import static io.waybill.adapters.rest.testing.Api.operator;
import static io.waybill.adapters.rest.testing.Api.platformAdmin;
import static io.waybill.adapters.rest.testing.Api.problem;
import static io.waybill.adapters.rest.testing.Api.unauthorized;
import static io.waybill.adapters.rest.testing.Api.withKey;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Geofences over HTTP: created, changed, listed and removed by their tenant, and no other tenant's business. */
@QuarkusTest
class GeofencesResourceTest {

    private static final String FENCES = "/api/v1/geofences";
    private final String id = "hub-" + UUID.randomUUID().toString().substring(0, 8);

    private static Map<String, Object> kassel() {
        Map<String, Object> fence = new HashMap<>(Map.of("name", "Hub Kassel", "latitude", 51.3127, "longitude", 9.4797,
                "radiusMetres", 500));
        fence.put("locationCode", "DEKSF");
        fence.put("city", "Kassel");
        fence.put("countryCode", "de");
        return fence;
    }

    private String path() {
        return FENCES + "/" + id;
    }

    @Test
    void aFenceIsCreatedChangedListedAndRemoved() {
        integrator().body(kassel()).put(path()).then().statusCode(201).body("id", equalTo(id)).body("name", equalTo("Hub Kassel"))
                .body("radiusMetres", equalTo(500.0f)).body("countryCode", equalTo("DE")).body("locationCode", equalTo("DEKSF"));
        Map<String, Object> wider = kassel();
        wider.put("radiusMetres", 800);
        operator().body(wider).put(path()).then().statusCode(200).body("radiusMetres", equalTo(800.0f));
        integrator().get(path()).then().statusCode(200).body("latitude", equalTo(51.3127f));
        integrator().get(FENCES).then().statusCode(200).body("id", hasItem(id));

        integrator().delete(path()).then().statusCode(204);
        problem(integrator().get(path()).then(), 404, path());
        problem(integrator().delete(path()).then(), 404, path());
        integrator().get(FENCES).then().statusCode(200).body("id", not(hasItem(id)));
    }

    @Test
    void aBadFenceIsRefusedNamingTheFieldAndNothingIsStored() {
        for (Map.Entry<String, Object> bad : Map.<String, Object>of("radiusMetres", 5, "latitude", 95.0, "countryCode", "Germany",
                "name", " ").entrySet()) {
            Map<String, Object> fence = kassel();
            fence.put(bad.getKey(), bad.getValue());
            invalidField(integrator().body(fence).put(path()).then(), path(), bad.getKey());
        }
        Map<String, Object> noRadius = kassel();
        noRadius.remove("radiusMetres");
        invalidField(integrator().body(noRadius).put(path()).then(), path(), "radiusMetres");
        invalidField(integrator().body(kassel()).put(FENCES + "/hub kassel").then(), FENCES + "/hub kassel", "geofenceId");
        problem(integrator().get(path()).then(), 404, path());
        unauthorized(anonymous().get(FENCES).then(), FENCES);
    }

    @Test
    void anotherTenantsFenceIsNotFoundAndItsOwnOfTheSameIdIsItsOwn() {
        integrator().body(kassel()).put(path()).then().statusCode(201);
        String tenant = "geo-" + UUID.randomUUID().toString().substring(0, 8);
        platformAdmin().body(Map.of("id", tenant, "name", "Other shipper")).post("/api/v1/admin/tenants").then().statusCode(201);
        String theirs = platformAdmin().body(Map.of("name", tenant + "-int", "role", "integrator", "tenant", tenant))
                .post("/api/v1/admin/api-keys").then().statusCode(201).extract().path("key");

        problem(withKey(theirs).get(path()).then(), 404, path());
        problem(withKey(theirs).delete(path()).then(), 404, path());
        withKey(theirs).get(FENCES).then().statusCode(200).body("id", not(hasItem(id)));
        Map<String, Object> their = kassel();
        their.put("name", "Their depot");
        withKey(theirs).body(their).put(path()).then().statusCode(201);

        integrator().get(path()).then().statusCode(200).body("name", equalTo("Hub Kassel"));
    }
}
