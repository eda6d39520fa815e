package io.waybill.bootstrap;

import static io.restassured.RestAssured.given;
import static io.waybill.bootstrap.ApiTestData.INTEGRATOR;
import static io.waybill.bootstrap.ApiTestData.at;
import static io.waybill.bootstrap.ApiTestData.batch;
import static io.waybill.bootstrap.ApiTestData.line;
import static io.waybill.bootstrap.ApiTestData.ownWms;
import static io.waybill.bootstrap.ApiTestData.scan;
import static io.waybill.bootstrap.ApiTestData.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.waybill.adapters.persistence.testing.PostgresTestResource;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The tracker's position on the public page and in the public JSON: at its town's area (0.1°) and to the minute while
 * the parcel travels, drawn as an approximate area, never the exact fix nor the device, and gone from out for delivery on.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class TrackingPositionBrowserTest {

    /** A van on the A7 south of Hamburg: rounded, 52.8° N, 9.9° E. */
    private static final double LAT = 52.787654;
    private static final double LON = 9.934567;

    private static Browser browser;

    @TestHTTPResource("/")
    URL base;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void keys() {
        TestKeys.register();
    }

    @Test
    void thePageShowsTheTrackersAreaWhileInTransitAndDropsItOnceOutForDelivery() {
        Tracked order = trackedOrder("AROUND");
        Page page = browser.desktop("en-GB");
        page.addInitScript("document.addEventListener('htmx:sseOpen', () => { window.waybillLive = true; }, true);");
        page.navigate(url("track/" + order.trackingId()));

        Locator label = page.locator(".route-map .leaflet-tooltip", new Page.LocatorOptions()
                .setHasText("Your parcel is around here (approximate)"));
        label.waitFor();
        assertThat(page.locator(".route .around").textContent())
                .startsWith("Your parcel is around here (approximate): 52.8° N, 9.9° E, last reported");
        assertThat(page.locator(".route .around").getAttribute("data-lat")).isEqualTo("52.8");
        assertThat(page.locator(".route .around").getAttribute("data-lon")).isEqualTo("9.9");
        assertThat(page.content()).as("neither the exact fix nor the device")
                .doesNotContain(String.valueOf(LAT), String.valueOf(LON), "52.7877", "9.9346", order.device());
        assertThat(Browser.accessibilityViolations(page)).as("axe-core with the area").isEmpty();
        Browser.screenshot(page, "tracking-page-around");
        page.waitForFunction("() => window.waybillLive === true");

        scans(scan("ups", order.parcel(), order.parcel() + "-out", "OUT_FOR_DELIVERY", at(0, 1).plusMinutes(4), "Berlin"));
        readings(order.device(), Instant.now().plus(Duration.ofMinutes(4)), 52.5211, 13.4111);

        page.locator(".route .around").waitFor(new Locator.WaitForOptions()
                .setState(WaitForSelectorState.DETACHED));
        assertThat(page.locator(".route-map .leaflet-tooltip").allTextContents()).noneMatch(t -> t.contains("around here"));
        assertThat(page.content()).doesNotContain("52.5211", "13.4111", "around here");
        page.context().close();
    }

    @Test
    void theJsonViewHasOnlyTheAreaToTheMinuteAndNothingFromOutForDeliveryOn() {
        Tracked order = trackedOrder("AROUNDJSON");

        String json = given().get("/api/v1/tracking/{id}", order.trackingId()).then().statusCode(200)
                .body("shipments[0].approximatePosition.latitude", equalTo(52.8f))
                .body("shipments[0].approximatePosition.longitude", equalTo(9.9f))
                .body("shipments[0].approximatePosition.at", equalTo(order.reportedAt().truncatedTo(ChronoUnit.MINUTES).toString()))
                .extract().asString();
        assertThat(json).doesNotContain(String.valueOf(LAT), String.valueOf(LON), "52.79", "9.93", order.device(), "speed");

        scans(scan("ups", order.parcel(), order.parcel() + "-out", "OUT_FOR_DELIVERY", at(0, 1).plusMinutes(4), "Berlin"));
        readings(order.device(), Instant.now().plus(Duration.ofMinutes(4)), 52.5211, 13.4111);

        String after = given().get("/api/v1/tracking/{id}", order.trackingId()).then().statusCode(200)
                .body("shipments[0].status", equalTo("OUT_FOR_DELIVERY"))
                .body("shipments[0]", not(hasKey("approximatePosition"))).extract().asString();
        assertThat(after).doesNotContain("52.5", "13.4", "approximatePosition");

        scans(scan("ups", order.parcel(), order.parcel() + "-pod", "DELIVERED", at(0, 1).plusMinutes(5), "Berlin"));
        given().get("/api/v1/tracking/{id}", order.trackingId()).then().statusCode(200)
                .body("shipments[0].status", equalTo("DELIVERED")).body("shipments[0]", not(hasKey("approximatePosition")));
    }

    private String url(String path) {
        return base.toString() + path;
    }

    private record Tracked(String trackingId, String parcel, String device, Instant reportedAt) {
    }

    /** An order packed into one UPS parcel, handed over in Hamburg, with a tracker bound that last reported on the A7. */
    private static Tracked trackedOrder(String prefix) {
        String id = given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON)
                .body(ApiTestData.order(ownWms(prefix), line("MUG-WHITE", 1))).post("/api/v1/orders").then().statusCode(201)
                .extract().path("id");
        String trackingId = given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/orders/{id}/confirmation", id).then().statusCode(200).extract().path("trackingId");
        String parcel = unique("1Z").replace("-", "");
        given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON)
                .body(batch(List.of(ApiTestData.packed(id, "ups", parcel, "MUG-WHITE")))).post("/api/v1/warehouse-events").then()
                .statusCode(200).body("accepted", equalTo(1));
        Map<String, Object> handedOver = scan("ups", parcel, parcel + "-hh", "HANDED_OVER", at(0, 1).plusMinutes(1), "Hamburg");
        handedOver.put("location", Map.of("facility", "Hamburg hub", "city", "Hamburg", "countryCode", "DE",
                "latitude", 53.551086, "longitude", 9.993682));
        scans(handedOver);
        String shipment = given().header("X-API-Key", INTEGRATOR).get("/api/v1/orders/{id}", id).then().statusCode(200)
                .extract().path("shipments[0].id");
        String device = "TRK-" + UUID.randomUUID().toString().substring(0, 12);
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(3));
        given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON).body(Map.of("kind", "GPS_TRACKER", "label", "Van 7"))
                .put("/api/v1/devices/{id}", device).then().statusCode(201);
        given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON)
                .body(Map.of("shipmentId", shipment, "from", start.toString())).post("/api/v1/devices/{id}/bindings", device).then()
                .statusCode(201);
        // a device's clock may run up to 5 min ahead: the drive south begins just after the scan in Hamburg
        readings(device, Instant.now().plus(Duration.ofMinutes(2)), 53.2417, 9.8861);
        Instant last = Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofMinutes(3));
        readings(device, last, LAT, LON);
        return new Tracked(trackingId, parcel, device, last);
    }

    private static void readings(String device, Instant at, double latitude, double longitude) {
        given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON)
                .body(List.of(Map.of("at", at.truncatedTo(ChronoUnit.SECONDS).toString(), "latitude", latitude, "longitude", longitude,
                        "speedKmh", 72)))
                .post("/api/v1/devices/{id}/readings", device).then().statusCode(200).body("stored", equalTo(1));
    }

    @SafeVarargs
    private static void scans(Map<String, Object>... events) {
        given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON).body(batch(List.of(events)))
                .post("/api/v1/tracking-events").then().statusCode(200).body("accepted", equalTo(events.length));
    }
}
