package io.waybill.bootstrap;

import static io.restassured.RestAssured.given;
import static io.waybill.bootstrap.ApiTestData.INTEGRATOR;
import static io.waybill.bootstrap.ApiTestData.OPERATOR;
import static io.waybill.bootstrap.ApiTestData.line;
import static io.waybill.bootstrap.ApiTestData.ownWms;
import static io.waybill.bootstrap.ApiTestData.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.waybill.adapters.persistence.testing.PostgresTestResource;
import io.waybill.application.port.in.RefreshKpis;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The operations console in a real Chromium: an operator signs in with their key in a form (the browser then holds only
 * an HttpOnly, SameSite session cookie), sees the overview, finds an order by its customer's e-mail and reads its
 * page; an integrator's key, a forged cross-site form and a visit without a session are turned away. axe-core finds no
 * WCAG 2.1 AA fault on any page.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class ConsoleBrowserTest {

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
    void anOperatorSignsInFindsAnOrderByEmailAndReadsIt() {
        String number = ownWms("CONSOLE");
        Map<String, Object> order = ApiTestData.order(number, line("MUG-WHITE", 2));
        String email = "grace." + number.toLowerCase() + "@example.org";
        order.put("customer", Map.of("name", "Grace Hopper", "email", email));
        String id = given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON).body(order).post("/api/v1/orders")
                .then().statusCode(201).extract().path("id");
        ApiTestData.confirm(id);

        Page page = browser.desktop("en-GB");
        page.navigate(base + "console/find?q=x");
        assertThat(page.url()).as("no session: to the sign-in, which comes back").contains("/console/sign-in?next=");
        assertThat(Browser.accessibilityViolations(page)).as("axe-core on the sign-in").isEmpty();
        Browser.screenshot(page, "console-sign-in");

        page.getByLabel("API key").fill(OPERATOR);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL("**/console/find?q=x");
        Cookie session = page.context().cookies().stream().filter(c -> c.name.equals("waybill_console")).findFirst().orElseThrow();
        assertThat(session.httpOnly).isTrue();
        assertThat(session.sameSite).hasToString("LAX");
        assertThat(session.value).doesNotContain(OPERATOR);
        assertThat(page.url()).doesNotContain(OPERATOR);

        page.navigate(base + "console");
        assertThat(page.locator("h1").textContent()).isEqualTo("Overview");
        assertThat(page.locator(".tile .label").allTextContents()).contains("Awaiting payment", "In the warehouse").anySatisfy(l -> assertThat(l).isEqualTo("Delivered in the period"));
        assertThat(Browser.accessibilityViolations(page)).as("axe-core on the overview").isEmpty();
        Browser.screenshot(page, "console-overview");
        page.evaluate("() => { window.notReloaded = true; }");
        long awaiting = awaitingPayment(page);
        given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON)
                .body(ApiTestData.order(ownWms("OVERVIEW"), line("MUG-WHITE", 1))).post("/api/v1/orders").then().statusCode(201);
        page.waitForCondition(() -> awaitingPayment(page) > awaiting, new Page.WaitForConditionOptions().setTimeout(15_000));
        assertThat((Boolean) page.evaluate("() => window.notReloaded === true")).as("the overview reads itself again in place")
                .isTrue();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Find")).click();
        page.getByLabel("Order number, tracking ID, carrier tracking number or customer e-mail").fill(email.toUpperCase());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find")).click();
        page.waitForURL("**/console/orders/" + id);
        assertThat(page.locator("h1").textContent()).contains(number).contains("CONFIRMED");
        assertThat(page.locator(".facts").allTextContents()).anySatisfy(t -> assertThat(t).contains("Grace Hopper", email));
        assertThat(page.locator("table").last().textContent()).contains("CONFIRMED", "PLACED");
        assertThat(Browser.accessibilityViolations(page)).as("axe-core on the order page").isEmpty();
        Browser.screenshot(page, "console-order");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        page.waitForURL("**/console/sign-in");
        page.navigate(base + "console");
        assertThat(page.url()).contains("/console/sign-in");
        page.context().close();
    }

    @Test
    void anIntegratorsKeyAForgedFormAndAForgedCookieAreTurnedAway() {
        given().contentType(ContentType.URLENC).formParam("key", INTEGRATOR).redirects().follow(false).post("/console/sign-in")
                .then().statusCode(401).body(containsString("integrator"));
        given().contentType(ContentType.URLENC).formParam("key", OPERATOR).header("Origin", "https://evil.example")
                .redirects().follow(false).post("/console/sign-in").then().statusCode(403);
        given().contentType(ContentType.URLENC).formParam("key", OPERATOR).header("Sec-Fetch-Site", "cross-site")
                .redirects().follow(false).post("/console/sign-in").then().statusCode(403);
        String cookie = given().contentType(ContentType.URLENC).formParam("key", OPERATOR).redirects().follow(false)
                .post("/console/sign-in").then().statusCode(303).extract().cookie("waybill_console");
        given().cookie("waybill_console", cookie).redirects().follow(false).get("/console").then().statusCode(200);
        String forged = cookie.substring(0, cookie.length() - 2) + (cookie.endsWith("A") ? "BB" : "AA");
        given().cookie("waybill_console", forged).redirects().follow(false).get("/console").then().statusCode(303);
        given().cookie("waybill_console", cookie).contentType(ContentType.URLENC).formParam("csrf", "wrong").redirects()
                .follow(false).post("/console/sign-out").then().statusCode(403);
        given().redirects().follow(false).get("/").then().statusCode(303).header("Location", containsString("/console"));
        assertThat(List.of(cookie)).noneMatch(c -> c.contains(OPERATOR));
    }

    @Inject
    RefreshKpis kpis;

    @Test
    void theKpiTilesAndTheScorecardShowTheApisFigures() {
        String id = given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON)
                .body(ApiTestData.order(ownWms("KPI"), line("MUG-WHITE", 1))).post("/api/v1/orders").then().statusCode(201)
                .extract().path("id");
        ApiTestData.confirm(id);
        String number = unique("KPI");
        given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON)
                .body(ApiTestData.batch(List.of(ApiTestData.packed(id, "dhl", number, "MUG-WHITE"))))
                .post("/api/v1/warehouse-events").then().statusCode(200).body("accepted", equalTo(1));
        given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON)
                .body(ApiTestData.batch(List.of(ApiTestData.scan("dhl", number, number + "-1", "HANDED_OVER", ApiTestData.at(0, 0), "Berlin"),
                        ApiTestData.scan("dhl", number, number + "-2", "DELIVERED", ApiTestData.at(0, 0).plusMinutes(1), "Berlin"))))
                .post("/api/v1/tracking-events").then().statusCode(200).body("accepted", equalTo(2));
        kpis.refresh();

        JsonPath api = given().header("X-API-Key", OPERATOR).get("/api/v1/kpis").then().statusCode(200).extract().jsonPath();
        assertThat(api.getLong("orders.delivered")).isPositive();
        long atRisk = Long.parseLong(given().header("X-API-Key", OPERATOR).get("/api/v1/shipments/at-risk").then().statusCode(200)
                .extract().header("X-Total-Count"));

        Page page = browser.desktop("en-GB");
        page.navigate(base + "console/sign-in");
        page.getByLabel("API key").fill(OPERATOR);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL("**/console");
        assertThat(tile(page, "on-time")).isEqualTo(percent(api, "orders.onTime") + " " + api.getLong("orders.onTime.count")
                + " of " + api.getLong("orders.onTime.of") + " delivered orders with a promise");
        assertThat(tile(page, "first-attempt")).startsWith(percent(api, "orders.firstAttempt") + " "
                + api.getLong("orders.firstAttempt.count") + " of " + api.getLong("orders.firstAttempt.of"));
        assertThat(tile(page, "exceptions")).startsWith(percent(api, "orders.exceptions") + " "
                + api.getLong("orders.exceptions.count") + " of " + api.getLong("orders.exceptions.of"));
        assertThat(tile(page, "accuracy")).startsWith(percent(api, "orders.accurate") + " "
                + api.getLong("orders.accurate.count") + " of " + api.getLong("orders.accurate.of"));
        assertThat(tile(page, "order-to-delivery-median")).startsWith(hours(api.getInt("orders.orderToDelivery.medianHours"))
                + " " + api.getLong("orders.orderToDelivery.count") + " delivered");
        assertThat(tile(page, "order-to-delivery-p95")).startsWith(hours(api.getInt("orders.orderToDelivery.p95Hours")));
        assertThat(tile(page, "at-risk")).startsWith(atRisk + " ");
        List<String> carriers = page.locator("#scorecard tbody tr").allTextContents();
        assertThat(carriers).hasSize(api.getList("carriers").size());
        assertThat(carriers.getFirst()).startsWith(api.getString("carriers[0].carrier") + api.getString("carriers[0].service")
                + api.getLong("carriers[0].shipments.closed"));
        assertThat(page.locator(".chart rect.on-time").count()).isEqualTo(30);
        assertThat(Browser.accessibilityViolations(page)).as("axe-core on the overview with KPIs").isEmpty();
        Browser.screenshot(page, "console-overview-kpis");

        page.navigate(base + "console?from=2026-13-01");
        assertThat(page.locator(".error").textContent()).contains("from").contains("last 30 days");
        page.context().close();
    }

    @Test
    void anOpenOrderPageShowsANewScanWithoutReload() {
        String id = given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON)
                .body(ApiTestData.order(ownWms("LIVE"), line("MUG-WHITE", 1))).post("/api/v1/orders").then().statusCode(201)
                .extract().path("id");
        ApiTestData.confirm(id);
        String number = unique("LIVE");
        given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON)
                .body(ApiTestData.batch(List.of(ApiTestData.packed(id, "dhl", number, "MUG-WHITE"))))
                .post("/api/v1/warehouse-events").then().statusCode(200).body("accepted", equalTo(1));

        Page page = browser.desktop("en-GB");
        page.navigate(base + "console/sign-in?next=/console/orders/" + id);
        page.getByLabel("API key").fill(OPERATOR);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL("**/console/orders/" + id);
        assertThat(page.locator("h1 .badge").textContent()).isEqualTo("PACKED");
        page.waitForTimeout(1500); // the page's live stream connects
        page.evaluate("() => { window.notReloaded = true; }");

        given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON)
                .body(ApiTestData.batch(List.of(ApiTestData.scan("dhl", number, number + "-1", "HANDED_OVER", ApiTestData.at(0, 0), "Berlin"))))
                .post("/api/v1/tracking-events").then().statusCode(200).body("accepted", equalTo(1));
        page.waitForCondition(() -> "SHIPPED".equals(page.locator("h1 .badge").textContent()),
                new Page.WaitForConditionOptions().setTimeout(15_000));
        assertThat(page.locator("#order-live table").last().textContent()).contains("HANDED_OVER");
        assertThat((Boolean) page.evaluate("() => window.notReloaded === true")).as("updated in place, not reloaded").isTrue();
        assertThat(Browser.accessibilityViolations(page)).as("axe-core on the live order page").isEmpty();
        Browser.screenshot(page, "console-order-live");

        given().redirects().follow(false).get("/console/orders/{id}/live", id).then().statusCode(200)
                .body(emptyString()); // without a session the stream ends at once
        page.context().close();
    }

    private static long awaitingPayment(Page page) {
        String figure = page.locator("#overview-live .tile").filter(new Locator.FilterOptions().setHasText("Awaiting payment"))
                .locator(".figure").textContent();
        return Long.parseLong(figure.replaceAll("\\D", ""));
    }

    private static String tile(Page page, String id) {
        return String.join(" ", page.locator("#kpi-" + id + " .figure").textContent(),
                page.locator("#kpi-" + id + " .detail").textContent());
    }

    private static String percent(JsonPath api, String rate) {
        Float value = api.get(rate + ".rate");
        return value == null ? "\u2014" : String.format(Locale.ENGLISH, "%.1f %%", api.getDouble(rate + ".rate") * 100);
    }

    private static String hours(int h) {
        return h == 0 ? "< 30 min" : h < 48 ? h + " h" : String.format(Locale.ENGLISH, "%.1f d", h / 24.0);
    }
}
