package io.waybill.bootstrap;

import static io.restassured.RestAssured.given;
import static io.waybill.bootstrap.ApiTestData.PLATFORM_ADMIN;
import static io.waybill.bootstrap.ApiTestData.line;
import static io.waybill.bootstrap.ApiTestData.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.microsoft.playwright.Page;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.waybill.adapters.persistence.testing.PostgresTestResource;
import java.net.URL;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A tenant's admin brands its customers' tracking page: name, accent colour (refused when it would not read on white)
 * and logo (refused when it is not the PNG or JPEG it claims); the page of the tenant's order shows them, another
 * tenant's page does not, and the logo is served by tracking ID, never by tenant id. Looked at in Chromium with axe.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class BrandingEndToEndTest {

    /** A 1×1 PNG (the smallest valid one). */
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    @TestHTTPResource("/")
    URL base;

    @BeforeEach
    void keys() {
        TestKeys.register();
    }

    @Test
    void aTenantsBrandingShowsOnItsCustomersTrackingPagesOnly() {
        String tenant = "brand-" + unique("t").toLowerCase().substring(2);
        given().header("X-API-Key", PLATFORM_ADMIN).contentType(ContentType.JSON).body(Map.of("id", tenant, "name", "Brand Co"))
                .post("/api/v1/admin/tenants").then().statusCode(201);
        String admin = key(tenant, "admin");
        String integrator = key(tenant, "integrator");

        given().header("X-API-Key", admin).get("/api/v1/admin/branding").then().statusCode(200).body("configured", equalTo(false));
        given().header("X-API-Key", admin).contentType("image/png").body(PNG).put("/api/v1/admin/branding/logo").then()
                .statusCode(409).body("detail", containsString("display name first"));
        given().header("X-API-Key", admin).contentType(ContentType.JSON).body(Map.of("displayName", "Brand Co", "colour", "#ffcc00"))
                .put("/api/v1/admin/branding").then().statusCode(400).body("errors[0].field", equalTo("colour"))
                .body("errors[0].message", containsString("4.5:1"));
        given().header("X-API-Key", integrator).contentType(ContentType.JSON).body(Map.of("displayName", "Brand Co"))
                .put("/api/v1/admin/branding").then().statusCode(403);
        given().header("X-API-Key", admin).contentType(ContentType.JSON).body(Map.of("displayName", "Brand Co", "colour", "#0F5132"))
                .put("/api/v1/admin/branding").then().statusCode(200).body("colour", equalTo("#0f5132")).body("logo", equalTo(false));
        given().header("X-API-Key", admin).contentType("image/png").body("GIF89a not a png".getBytes())
                .put("/api/v1/admin/branding/logo").then().statusCode(400).body("errors[0].field", equalTo("logo"));
        given().header("X-API-Key", admin).contentType("image/png").body(PNG).put("/api/v1/admin/branding/logo").then()
                .statusCode(200).body("logo", equalTo(true));
        given().header("X-API-Key", admin).get("/api/v1/admin/branding").then().statusCode(200).body("configured", equalTo(true))
                .body("displayName", equalTo("Brand Co")).body("logo", equalTo(true));

        String orderId = given().header("X-API-Key", integrator).contentType(ContentType.JSON)
                .body(ApiTestData.order(unique("BRAND"), line("MUG-WHITE", 1))).post("/api/v1/orders").then().statusCode(201)
                .extract().path("id");
        String trackingId = given().header("X-API-Key", integrator).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/orders/{id}/confirmation", orderId).then().statusCode(200).extract().path("trackingId");
        String page = given().get("/track/{id}", trackingId).then().statusCode(200).extract().asString();
        assertThat(page).contains("Brand Co").contains("--accent: #0f5132").contains("/track/" + trackingId + "/logo")
                .doesNotContain(tenant);
        byte[] logo = given().get("/track/{id}/logo", trackingId).then().statusCode(200).contentType("image/png")
                .header("X-Content-Type-Options", "nosniff").extract().asByteArray();
        assertThat(logo).isEqualTo(PNG);

        String otherOrder = given().header("X-API-Key", ApiTestData.INTEGRATOR).contentType(ContentType.JSON)
                .body(ApiTestData.order(unique("PLAIN"), line("MUG-WHITE", 1))).post("/api/v1/orders").then().statusCode(201)
                .extract().path("id");
        String otherTracking = given().header("X-API-Key", ApiTestData.INTEGRATOR).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/orders/{id}/confirmation", otherOrder).then().statusCode(200).extract().path("trackingId");
        assertThat(given().get("/track/{id}", otherTracking).then().statusCode(200).extract().asString())
                .doesNotContain("Brand Co").doesNotContain("--accent:");
        given().get("/track/{id}/logo", otherTracking).then().statusCode(404);
        given().get("/track/{id}/logo", "not-a-tracking-id").then().statusCode(404);

        try (Browser browser = new Browser()) {
            Page phone = browser.phone("en-GB");
            phone.navigate(base + "track/" + trackingId);
            assertThat(phone.locator(".brand").textContent()).contains("Brand Co");
            assertThat((Number) phone.evaluate("() => document.querySelector('.brand img').naturalWidth")).isEqualTo(1);
            assertThat(Browser.accessibilityViolations(phone)).as("axe-core on a branded tracking page").isEmpty();
            Browser.screenshot(phone, "tracking-page-branded");
        }
    }

    private static String key(String tenant, String role) {
        return given().header("X-API-Key", PLATFORM_ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", "brand-" + role, "role", role, "tenant", tenant)).post("/api/v1/admin/api-keys")
                .then().statusCode(201).extract().path("key");
    }
}
