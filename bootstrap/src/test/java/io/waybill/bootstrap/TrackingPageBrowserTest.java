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

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.waybill.adapters.persistence.testing.PostgresTestResource;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The customer's tracking page in a real Chromium, as a customer meets it: found through the lookup form (a typo gets
 * the check-symbol hint), showing status, estimate and timeline, following a scan posted while it is open without a
 * reload, in German when the browser asks for it, and free of the accessibility faults axe-core knows (WCAG 2.1 AA).
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class TrackingPageBrowserTest {

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
    void thePageShowsTheOrderAndFollowsAScanPostedWhileItIsOpen() {
        Packed order = packedOrder("LIVE");
        Page page = browser.phone("en-GB");
        // htmx announces the open event stream on the document: note it before the page's own scripts run
        page.addInitScript("document.addEventListener('htmx:sseOpen', () => { window.waybillLive = true; }, true);");
        page.navigate(url("track/" + order.trackingId()));

        assertThat(page.locator("h1").textContent()).isEqualTo("Packed, waiting for the carrier");
        assertThat(page.locator(".progress [aria-current=step]").textContent()).startsWith("Packed");
        assertThat(page.locator(".eta h2").textContent()).isIn("Expected delivery", "Promised delivery");
        assertThat(page.locator(".eta .when").textContent()).isNotBlank();
        assertThat(page.locator(".eta .zone").textContent()).startsWith("Times in Central European");
        assertThat(page.locator(".timeline li .what").allTextContents()).as("newest first")
                .containsExactlyInAnyOrder("Order placed", "Payment confirmed, tracking ID issued", "Packed").endsWith("Order placed");
        assertThat(page.locator(".live").isVisible()).isTrue();
        assertThat(Browser.accessibilityViolations(page)).as("axe-core").isEmpty();
        page.waitForFunction("() => window.waybillLive === true");
        page.evaluate("() => { window.sameDocument = 'yes'; }");

        given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON)
                .body(batch(List.of(scan("ups", order.parcel(), order.parcel() + "-transit", "IN_TRANSIT", at(0, 1), "Kassel"))))
                .post("/api/v1/tracking-events").then().statusCode(200).body("accepted", equalTo(1));

        Locator newest = page.locator(".timeline li.latest");
        newest.locator(".where", new Locator.LocatorOptions().setHasText("Kassel")).waitFor();
        assertThat(newest.locator(".what").textContent()).isEqualTo("In transit");
        assertThat(page.locator("h1").textContent()).isEqualTo("On its way");
        assertThat(page.locator(".progress [aria-current=step]").textContent()).startsWith("Shipped");
        assertThat(page.evaluate("() => window.sameDocument")).as("updated without a reload").isEqualTo("yes");
        assertThat(Browser.accessibilityViolations(page)).as("axe-core after the update").isEmpty();
        Browser.screenshot(page, "tracking-page-mobile");
        page.context().close();
    }

    @Test
    void theMapDrawsTheRouteSoFarFromTheApplicationAloneAndAtTownLevel() {
        Packed order = packedOrder("MAP");
        scans(located(scan("ups", order.parcel(), order.parcel() + "-hh", "HANDED_OVER", at(0, 1).plusMinutes(1), "Hamburg"), 53.551086, 9.993682),
                located(scan("ups", order.parcel(), order.parcel() + "-ks", "IN_TRANSIT", at(0, 1).plusMinutes(2), "Kassel"), 51.312711, 9.479746));
        Page page = browser.desktop("en-GB");
        List<String> requests = new CopyOnWriteArrayList<>();
        page.onRequest(request -> requests.add(request.url()));
        page.addInitScript("document.addEventListener('htmx:sseOpen', () => { window.waybillLive = true; }, true);");
        page.navigate(url("track/" + order.trackingId()));

        Locator markers = page.locator(".route-map path.leaflet-interactive");
        markers.nth(1).waitFor();
        assertThat(markers.count()).as("Hamburg and Kassel").isEqualTo(2);
        assertThat(page.locator(".route-map .leaflet-tooltip").textContent()).as("the latest place, named").isEqualTo("2. Kassel, Germany");
        assertThat(page.locator(".route-map path").count()).as("the outline of the world and the line, besides the markers")
                .isGreaterThan(100);
        assertThat(Browser.accessibilityViolations(page)).as("axe-core with the map").isEmpty();
        page.waitForFunction("() => window.waybillLive === true");

        scans(located(scan("ups", order.parcel(), order.parcel() + "-out", "OUT_FOR_DELIVERY", at(0, 1).plusMinutes(3), "Berlin"),
                52.520008, 13.404954));
        page.locator(".route .destination").waitFor();
        page.waitForFunction("() => document.querySelectorAll('.route-map path.leaflet-interactive').length === 4");
        assertThat(page.locator(".route .destination").textContent()).isEqualTo("Goes to: Berlin, Germany");
        assertThat(page.locator(".places li .name").allTextContents()).as("oldest first, one place per town")
                .containsExactly("Hamburg, Germany", "Kassel, Germany", "Berlin, Germany");

        String origin = base.getProtocol() + "://" + base.getAuthority() + "/";
        assertThat(requests).as("every request to the application itself").isNotEmpty().allMatch(u -> u.startsWith(origin), origin)
                .anyMatch(u -> u.endsWith("/webjars/leaflet/dist/leaflet.js")).anyMatch(u -> u.endsWith("/assets/map/world-110m.json"));
        assertThat(Browser.accessibilityViolations(page)).as("axe-core after the update").isEmpty();
        Browser.screenshot(page, "tracking-page-map-desktop");
        page.context().close();

        scans(scan("ups", order.parcel(), order.parcel() + "-pod", "DELIVERED", at(0, 1).plusMinutes(4), "Berlin"));
        Page phone = browser.phone("de-DE");
        phone.navigate(url("track/" + order.trackingId()));
        phone.locator(".route-map path.leaflet-interactive").nth(3).waitFor();
        assertThat(phone.locator(".route .destination").textContent()).isEqualTo("Zugestellt in: Berlin, Deutschland");
        assertThat(phone.locator(".proof li").allTextContents()).as("what the proof holds, in words")
                .containsExactly("mit Unterschrift", "mit einem Foto bei der Zustellung", "mit dem Namen des Empfängers",
                        "mit dem Ort, an dem es abgelegt wurde");
        String html = phone.content();
        assertThat(html).as("none of the proof itself").doesNotContain("Lovelace", "secret-signature", "doorstep");
        assertThat(html).as("no exact position: hubs, depot, the door's proof of delivery")
                .doesNotContain("53.551086", "9.993682", "51.312711", "9.479746", "52.520008", "13.404954", "52.52001", "13.40495");
        @SuppressWarnings("unchecked")
        List<String> degrees = (List<String>) phone.evaluate("() => Array.from(document.querySelectorAll('[data-lat],[data-lon]'))"
                + ".flatMap(e => [e.dataset.lat, e.dataset.lon]).filter(v => v !== undefined)");
        assertThat(degrees).isNotEmpty().allMatch(d -> d.matches("-?\\d{1,3}\\.\\d"), "one decimal");
        assertThat(Browser.accessibilityViolations(phone)).as("axe-core, German, phone").isEmpty();
        Browser.screenshot(phone, "tracking-page-map");
        phone.context().close();

        Page plain = browser.phoneWithoutScripts("en-GB");
        plain.navigate(url("track/" + order.trackingId()));
        assertThat(plain.locator(".places li .name").allTextContents()).as("the places, without scripts")
                .containsExactly("Hamburg, Germany", "Kassel, Germany", "Berlin, Germany");
        assertThat(plain.locator(".route-map").isVisible()).as("no empty map box").isFalse();
        Browser.screenshot(plain, "tracking-page-map-noscript");
        plain.context().close();
    }

    @SafeVarargs
    private static void scans(Map<String, Object>... events) {
        given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON).body(batch(List.of(events)))
                .post("/api/v1/tracking-events").then().statusCode(200).body("accepted", equalTo(events.length));
    }

    /** The scan at a hub's exact position (the test data's scans all share one). */
    private static Map<String, Object> located(Map<String, Object> scan, double latitude, double longitude) {
        String city = (String) ((Map<?, ?>) scan.get("location")).get("city");
        scan.put("location", Map.of("facility", city + " hub", "city", city, "countryCode", "DE", "latitude", latitude,
                "longitude", longitude));
        return scan;
    }

    @Test
    void theLookupFormCatchesATypoAndFindsTheOrder() {
        Packed order = packedOrder("LOOKUP");
        Page page = browser.desktop("en-US");
        page.navigate(url("track"));
        assertThat(Browser.accessibilityViolations(page)).as("axe-core on the form").isEmpty();
        Browser.screenshot(page, "tracking-lookup");

        Locator field = page.getByLabel("Tracking ID");
        field.fill(swapped(order.trackingId()));
        field.press("Enter");
        assertThat(page.getByRole(AriaRole.ALERT).textContent()).contains("typo");
        assertThat(field.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(Browser.accessibilityViolations(page)).as("axe-core with the hint").isEmpty();
        Browser.screenshot(page, "tracking-lookup-typo");

        field.fill(order.trackingId().toLowerCase().replace("-", " "));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Track")).click();
        page.waitForURL("**/track/" + order.trackingId() + "**");
        assertThat(page.locator("h1").textContent()).isEqualTo("Packed, waiting for the carrier");
        page.context().close();
    }

    @Test
    void aGermanBrowserGetsTheGermanPageAndCanSwitchToEnglish() {
        Packed order = packedOrder("DEUTSCH");
        Page page = browser.desktop("de-DE");
        page.navigate(url("track/" + order.trackingId()));
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("de");
        assertThat(page.locator("#timeline-heading").textContent()).isEqualTo("Was bisher geschah");
        assertThat(Browser.accessibilityViolations(page)).as("axe-core in German").isEmpty();
        Browser.screenshot(page, "tracking-page-de");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();
        page.waitForURL("**lang=en**");
        assertThat(page.locator("#timeline-heading").textContent()).isEqualTo("What happened");
        page.context().close();
    }

    private String url(String path) {
        return base.toString() + path;
    }

    private record Packed(String trackingId, String parcel) {
    }

    /** An order placed, paid and packed into one UPS parcel, as the API leaves it. */
    private static Packed packedOrder(String prefix) {
        String id = given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON)
                .body(ApiTestData.order(ownWms(prefix), line("MUG-WHITE", 1))).post("/api/v1/orders").then().statusCode(201)
                .extract().path("id");
        String trackingId = given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/orders/{id}/confirmation", id).then().statusCode(200).extract().path("trackingId");
        String parcel = unique("1Z").replace("-", "");
        given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON)
                .body(batch(List.of(ApiTestData.packed(id, "ups", parcel, "MUG-WHITE")))).post("/api/v1/warehouse-events").then()
                .statusCode(200).body("accepted", equalTo(1));
        return new Packed(trackingId, parcel);
    }

    /** The tracking ID with its first two different neighbouring characters swapped: a typo the check symbol catches. */
    private static String swapped(String trackingId) {
        char[] c = trackingId.toCharArray();
        for (int i = 0; i + 1 < c.length; i++) {
            if (c[i] != c[i + 1] && c[i] != '-' && c[i + 1] != '-') {
                char t = c[i];
                c[i] = c[i + 1];
                c[i + 1] = t;
                return new String(c);
            }
        }
        throw new IllegalArgumentException("no two different neighbours in " + trackingId);
    }
}
