package io.waybill.bootstrap;

import static io.restassured.RestAssured.given;
import static io.waybill.bootstrap.ApiTestData.INTEGRATOR;
import static io.waybill.bootstrap.ApiTestData.OPERATOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.microsoft.playwright.options.Cookie;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.waybill.adapters.persistence.testing.PostgresTestResource;
import io.waybill.application.fakes.Await;
import io.waybill.application.shared.TenantScope;
import jakarta.inject.Inject;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The exceptions queue in a real Chromium, as an operator works it: a held shipment and a failed delivery attempt open
 * items; the operator acknowledges the held one in time (it never escalates), watches the failed attempt escalate when
 * its deadline passes (the test profile gives failed attempts 4 s: first an e-mail to the ops lead, then the webhook),
 * then acknowledges and resolves it; the audit trail names who did what when. A forged form is refused. axe-core finds
 * no WCAG 2.1 AA fault on the queue or an item's page.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class ExceptionsBrowserTest {

    private static final String CARRIER = "dhl"; // nobody polls it: the shipments move only when the test says so
    private static Browser browser;

    @TestHTTPResource("/")
    URL base;

    @Inject
    MockMailbox mailbox;

    @Inject
    DataSource dataSource;

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
    void anOperatorAcknowledgesOneItemWatchesAnotherEscalateAtItsDeadlineAndResolvesIt() {
        Shipped held = shipped("EXC-HELD");
        Shipped failed = shipped("EXC-FAIL");
        ExceptionsConsole console = new ExceptionsConsole(browser.desktop("en-GB"), base.toString()).queue(OPERATOR);
        assertThat(console.heading()).isEqualTo("Exceptions");
        console.page().waitForTimeout(1500); // the queue's live stream connects
        console.page().evaluate("() => { window.notReloaded = true; }");

        String heldItem = ExceptionsTestData.itemFor(INTEGRATOR, OPERATOR, CARRIER, held.number(), held.shipmentId(), "HELD",
                ApiTestData.at(0, 1));
        String failedItem = ExceptionsTestData.itemFor(INTEGRATOR, OPERATOR, CARRIER, failed.number(), failed.shipmentId(),
                "DELIVERY_ATTEMPT_FAILED", ApiTestData.at(0, 1));
        Await.until(Duration.ofSeconds(15), "the new items appear in the open queue", () -> console.lines().stream()
                .anyMatch(l -> l.contains(failed.orderNumber())) && console.lines().stream().anyMatch(l -> l.contains(held.orderNumber())));
        assertThat((Boolean) console.page().evaluate("() => window.notReloaded === true")).as("updated in place, not reloaded")
                .isTrue();
        assertThat(console.lines()).anySatisfy(l -> assertThat(l).contains("Held", held.orderNumber(),
                "customs: commercial invoice missing", "—"));
        assertThat(console.lines()).anySatisfy(l -> assertThat(l).contains("Failed attempt", failed.orderNumber()));
        assertThat(Browser.accessibilityViolations(console.page())).as("axe-core on the queue").isEmpty();

        console.item(held.orderNumber());
        assertThat(console.heading()).contains("Held", held.orderNumber(), "Open");
        assertThat(console.facts()).contains("Deadline", "not escalated");
        assertThat(Browser.accessibilityViolations(console.page())).as("axe-core on an open item").isEmpty();
        console.acknowledge();
        assertThat(console.said()).startsWith("Acknowledged");
        assertThat(console.heading()).contains("Acknowledged");
        assertThat(console.offers("Acknowledge")).isFalse();
        console.assign("Grace Hopper").note("Customs want the commercial invoice;\nasked the warehouse for it.");
        assertThat(console.facts()).contains("Grace Hopper");

        console.open(failedItem);
        Await.until(Duration.ofSeconds(30), "the failed attempt escalates twice", reloaded(console,
                () -> console.facts().contains("level 2")));
        assertThat(console.trail()).anySatisfy(t -> assertThat(t).contains("system", "Escalate",
                "Level 1: e-mail to ops-lead@example.com"));
        assertThat(console.trail()).anySatisfy(t -> assertThat(t).contains("system", "Escalate", "Level 2: webhook"));
        assertThat(mailbox.getMailsSentTo("ops-lead@example.com")).anySatisfy(m -> {
            assertThat(m.getSubject()).isEqualTo("Escalated (level 1): delivery attempt failed on order " + failed.orderNumber());
            assertThat(m.getText()).contains("/console/exceptions/" + failedItem);
        });
        assertThat(outboxEscalations(failedItem)).as("the webhook level goes through the outbox").isEqualTo(1);
        Await.until(Duration.ofSeconds(20), "past its last deadline, it shows as overdue", reloaded(console,
                () -> console.facts().contains("overdue by")));
        assertThat(Browser.accessibilityViolations(console.page())).as("axe-core on an escalated item").isEmpty();
        Browser.screenshot(console.page(), "console-exception-escalated");
        console.queue(OPERATOR);
        assertThat(console.lines()).anySatisfy(l -> assertThat(l).contains("Failed attempt", "overdue by", "2", "Open"));
        assertThat(console.lines()).anySatisfy(l -> assertThat(l).contains("Held", "acknowledged", "Grace Hopper", "0"));
        Browser.screenshot(console.page(), "console-exceptions");
        console.open(failedItem);

        console.acknowledge().resolve("Rebooked delivery for tomorrow with the customer.");
        assertThat(console.said()).isEqualTo("Resolved.");
        assertThat(console.heading()).contains("Resolved");
        assertThat(console.offers("Resolve")).isFalse();
        assertThat(console.trail()).first().asString().contains("system", "Open");
        assertThat(console.trail()).anySatisfy(t -> assertThat(t).matches("(?s)\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC\\s+test-operator"
                + "\\s+Acknowledge.*"));
        assertThat(console.trail().getLast()).contains("test-operator", "Resolve", "Rebooked delivery for tomorrow");
        Browser.screenshot(console.page(), "console-exception-resolved");

        console.open(heldItem).resolve("Invoice sent; customs released it.");
        assertThat(console.trail()).extracting(t -> t.split("\t")[2].strip())
                .containsExactly("Open", "Acknowledge", "Assign", "Note", "Resolve");
        console.queue(OPERATOR);
        assertThat(console.lines()).noneMatch(l -> l.contains(held.orderNumber()) || l.contains(failed.orderNumber()));
        console.show("resolved", "");
        assertThat(console.lines()).anySatisfy(l -> assertThat(l).contains(held.orderNumber(), "Grace Hopper", "Resolved"));
        assertThat(Browser.accessibilityViolations(console.page())).as("axe-core on the filtered queue").isEmpty();
        forgedFormsAreRefused(console, heldItem);
        console.page().context().close();
    }

    /** A form from another site, or without the session's token, changes nothing. */
    private void forgedFormsAreRefused(ExceptionsConsole console, String item) {
        Cookie session = console.page().context().cookies().stream().filter(c -> c.name.equals("waybill_console")).findFirst()
                .orElseThrow();
        String actions = "/console/exceptions/" + item + "/actions";
        given().cookie("waybill_console", session.value).contentType(ContentType.URLENC).formParam("action", "note")
                .formParam("text", "forged").formParam("csrf", "wrong").redirects().follow(false).post(actions).then().statusCode(403);
        given().cookie("waybill_console", session.value).contentType(ContentType.URLENC).formParam("action", "note")
                .formParam("text", "forged").header("Sec-Fetch-Site", "cross-site").redirects().follow(false).post(actions).then()
                .statusCode(403);
        given().contentType(ContentType.URLENC).formParam("action", "note").formParam("text", "no session").redirects().follow(false)
                .post(actions).then().statusCode(303);
        given().header("X-API-Key", OPERATOR).get("/api/v1/exceptions/{id}", item).then().statusCode(200)
                .body("actions.text", not(hasItem("forged")));
    }

    /** Reloads the page before each look, every half second. */
    private static BooleanSupplier reloaded(ExceptionsConsole console, Supplier<Boolean> look) {
        return () -> {
            Await.pause(Duration.ofMillis(500));
            console.reload();
            return look.get();
        };
    }

    private record Shipped(String orderId, String orderNumber, String shipmentId, String number) {
    }

    /** An order placed, paid, packed into a shipment of {@link #CARRIER} and handed over. */
    private static Shipped shipped(String prefix) {
        String orderNumber = ApiTestData.ownWms(prefix);
        String orderId = given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON)
                .body(ApiTestData.order(orderNumber, ApiTestData.line("MUG-WHITE", 1))).post("/api/v1/orders").then().statusCode(201)
                .extract().path("id");
        ApiTestData.confirm(orderId);
        String number = "JD" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase();
        given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON)
                .body(ApiTestData.batch(List.of(ApiTestData.packed(orderId, CARRIER, number, "MUG-WHITE"))))
                .post("/api/v1/warehouse-events").then().statusCode(200);
        Map<String, Object> handover = ApiTestData.scan(CARRIER, number, "handover-" + number, "HANDED_OVER", ApiTestData.at(-2, 1),
                "Berlin");
        given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON).body(ApiTestData.batch(List.of(handover)))
                .post("/api/v1/tracking-events").then().statusCode(200);
        String shipmentId = given().header("X-API-Key", INTEGRATOR).get("/api/v1/orders/{id}", orderId).then().statusCode(200)
                .extract().path("shipments[0].id");
        return new Shipped(orderId, orderNumber, shipmentId, number);
    }

    private long outboxEscalations(String item) {
        try (TenantScope.Entered ignored = TenantScope.enterPlatform(); Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select count(*) from outbox where type = 'ExceptionEscalated'"
                        + " and exception_id = ?::uuid")) {
            ps.setString(1, item);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
