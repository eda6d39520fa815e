package io.waybill.adapters.rest.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.waybill.adapters.rest.fakes.InMemoryTracking;
import io.waybill.adapters.rest.fakes.TestApiKeys;
import io.waybill.application.port.in.TrackOrder;
import io.waybill.domain.order.OrderStatus;
import io.waybill.domain.tracking.TrackingId;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * CORS for the public tracking view from the configured origins (https://shop.example.com, http://localhost:3000 in
 * this suite's settings), with preflight; no CORS header anywhere else or for any other origin.
 */
@QuarkusTest
class TrackingCorsTest {

    private static final String SHOP = "https://shop.example.com";

    @Inject
    InMemoryTracking tracking;

    @Test
    void theShopsPageReadsTheTrackingViewAndItsETag() {
        String path = trackedPath();
        given().header("Origin", SHOP).get(path).then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(SHOP))
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Vary", containsString("Origin"));
        given().header("Origin", "http://localhost:3000").get(path).then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("http://localhost:3000"));
    }

    @Test
    void aPreflightIsAnsweredForGetWithIfNoneMatch() {
        given().header("Origin", SHOP).header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "if-none-match").options(trackedPath()).then().statusCode(204)
                .header("Access-Control-Allow-Origin", equalTo(SHOP))
                .header("Access-Control-Allow-Methods", containsString("GET"))
                .header("Access-Control-Allow-Headers", containsString("If-None-Match"))
                .header("Access-Control-Max-Age", equalTo("600"));
    }

    @Test
    void anotherOriginGetsNoCorsHeaders() {
        String path = trackedPath();
        noCors(given().header("Origin", "https://evil.example.net").get(path).then().statusCode(200));
        noCors(given().header("Origin", "https://shop.example.com.evil.example.net").get(path).then());
        noCors(given().header("Origin", "https://evil.example.net").header("Access-Control-Request-Method", "GET")
                .options(path).then());
    }

    @Test
    void noOtherPathGetsCorsHeadersEvenFromTheShop() {
        noCors(given().header("Origin", SHOP).header("X-API-Key", TestApiKeys.OPERATOR).get("/api/v1/orders").then()
                .statusCode(200));
        noCors(given().header("Origin", SHOP).header("Access-Control-Request-Method", "POST").options("/api/v1/orders").then());
        noCors(given().header("Origin", SHOP).get("/q/openapi").then());
    }

    @Test
    void aConfiguredOriginMustBeAnOriginOnly() {
        assertThat(TrackingCors.origin("https://Shop.example.com:8443"))
                .isEqualTo("https://shop.example.com:8443");
        for (String bad : new String[] {"*", "shop.example.com", "https://shop.example.com/", "https://shop.example.com/track",
                "ftp://shop.example.com"}) {
            assertThatThrownBy(() -> TrackingCors.origin(bad))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("waybill.tracking.cors-origins");
        }
    }

    private String trackedPath() {
        TrackingId id = TrackingId.generate();
        tracking.add(new TrackOrder.View(id, OrderStatus.SHIPPED, "DE", null, null, List.of(), List.of(), ZoneId.of("Europe/Berlin")));
        return "/api/v1/tracking/" + id.value();
    }

    private static void noCors(ValidatableResponse response) {
        response.header("Access-Control-Allow-Origin", nullValue()).header("Access-Control-Allow-Methods", nullValue())
                .header("Access-Control-Expose-Headers", nullValue());
    }
}
