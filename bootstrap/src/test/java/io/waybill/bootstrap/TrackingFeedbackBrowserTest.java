package io.waybill.bootstrap;

import static io.restassured.RestAssured.given;
import static io.waybill.bootstrap.ApiTestData.INTEGRATOR;
import static io.waybill.bootstrap.ApiTestData.line;
import static io.waybill.bootstrap.ApiTestData.ownWms;
import static io.waybill.bootstrap.ApiTestData.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.waybill.adapters.persistence.testing.PostgresTestResource;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A customer rates a delivered order on its tracking page, in a real Chromium: the form appears only once it is
 * delivered, takes a rating and a comment once, thanks in the page's language, and refuses a rating out of range, a
 * second rating and a form from another site. axe-core finds nothing to fix.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class TrackingFeedbackBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @BeforeEach
    void keys() {
        TestKeys.register();
    }

    @Test
    void aDeliveredOrderIsRatedOnceFromItsPage() {
        String id = given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON)
                .body(ApiTestData.order(ownWms("RATE"), line("MUG-WHITE", 1))).post("/api/v1/orders").then().statusCode(201)
                .extract().path("id");
        String trackingId = given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/orders/{id}/confirmation", id).then().statusCode(200).extract().path("trackingId");
        String number = unique("RATE");
        given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON)
                .body(ApiTestData.batch(List.of(ApiTestData.packed(id, "dhl", number, "MUG-WHITE"))))
                .post("/api/v1/warehouse-events").then().statusCode(200).body("accepted", equalTo(1));
        given().get("/track/{id}", trackingId).then().statusCode(200).body(not(containsString("id=\"feedback\"")));
        given().contentType(ContentType.URLENC).formParam("rating", "5").redirects().follow(false)
                .post("/track/{id}/feedback", trackingId).then().statusCode(409);

        given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON)
                .body(ApiTestData.batch(List.of(ApiTestData.scan("dhl", number, number + "-1", "HANDED_OVER", ApiTestData.at(0, 0), "Berlin"),
                        ApiTestData.scan("dhl", number, number + "-2", "DELIVERED", ApiTestData.at(0, 0).plusMinutes(1), "Berlin"))))
                .post("/api/v1/tracking-events").then().statusCode(200).body("accepted", equalTo(2));
        given().contentType(ContentType.URLENC).formParam("rating", "9").post("/track/{id}/feedback", trackingId).then()
                .statusCode(400).body(containsString("Please choose a rating from 1 to 5."));
        given().contentType(ContentType.URLENC).formParam("rating", "5").header("Sec-Fetch-Site", "cross-site")
                .post("/track/{id}/feedback", trackingId).then().statusCode(403);

        try (Browser browser = new Browser()) {
            Page phone = browser.phone("en-GB");
            phone.navigate(base + "track/" + trackingId);
            assertThat(phone.locator("#feedback h2").textContent()).isEqualTo("How was your delivery?");
            assertThat(Browser.accessibilityViolations(phone)).as("axe-core on the feedback form").isEmpty();
            Browser.screenshot(phone, "tracking-page-feedback");
            phone.getByLabel("4", new Page.GetByLabelOptions().setExact(true)).check();
            phone.getByLabel("Anything you want to tell us (optional)").fill("Quick, and the driver was kind.");
            phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send")).click();
            phone.waitForURL("**#feedback");
            assertThat(phone.locator("#feedback .thanks").textContent()).isEqualTo("Thank you: you rated this delivery 4 of 5.");
            assertThat(phone.locator("#feedback form").count()).isZero();
            Browser.screenshot(phone, "tracking-page-feedback-thanks");

            Page german = browser.phone("de-DE");
            german.navigate(base + "track/" + trackingId);
            assertThat(german.locator("#feedback .thanks").textContent()).contains("4 von 5");
        }
        given().contentType(ContentType.URLENC).formParam("rating", "1").post("/track/{id}/feedback", trackingId).then()
                .statusCode(409).body(containsString("4 of 5"));
    }
}
