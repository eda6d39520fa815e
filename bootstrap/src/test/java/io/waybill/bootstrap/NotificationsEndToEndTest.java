package io.waybill.bootstrap;

import static io.restassured.RestAssured.given;
import static io.waybill.bootstrap.ApiTestData.INTEGRATOR;
import static io.waybill.bootstrap.ApiTestData.at;
import static io.waybill.bootstrap.ApiTestData.batch;
import static io.waybill.bootstrap.ApiTestData.line;
import static io.waybill.bootstrap.ApiTestData.order;
import static io.waybill.bootstrap.ApiTestData.scan;
import static io.waybill.bootstrap.ApiTestData.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.waybill.adapters.persistence.testing.PostgresTestResource;
import io.waybill.application.fakes.Await;
import io.waybill.application.port.in.ReadDailyReports;
import io.waybill.application.port.in.SendDailyReports;
import io.waybill.application.shared.DailyReport;
import io.waybill.application.shared.TenantScope;
import io.waybill.domain.tenant.TenantId;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Customers and integrators hear of an order's progress: e-mail through a real SMTP server (GreenMail) in the
 * customer's language, and signed webhooks to a real local receiver that checks every signature, retried while the
 * receiver fails, in order, never twice for a duplicate event; dead letters are listed and replayed, and a
 * subscription that keeps failing is suspended with its reason.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(value = MailAndHooks.class, restrictToAnnotatedClass = true)
class NotificationsEndToEndTest {

    @TestHTTPResource("/")
    URL base;

    private static final Duration WAIT = Duration.ofSeconds(30);

    @BeforeEach
    void keys() {
        TestKeys.register();
    }

    @Test
    void customersGetMailInTheirLanguageAndIntegratorsSignedWebhooksInOrderDespiteFailures() throws Exception {
        WebhookReceiver hooks = MailAndHooks.hooks;
        String path = "/shop-" + unique("h");
        hooks.fail(path, 503, 2); // two failures in a row: one short of suspension (suspend-after=3 here)
        String secret = subscribe(hooks.url(path), List.of("order.confirmed", "shipment.status_changed"));
        hooks.secret(path, secret);

        String email = unique("kunde").toLowerCase() + "@example.de";
        given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON)
                .body(Map.of("channels", List.of("EMAIL", "SMS"), "language", "de", "optedOut", false))
                .put("/api/v1/customers/{email}/notification-preferences", email).then().statusCode(200)
                .body("language", equalTo("de"));

        Map<String, Object> order = new java.util.LinkedHashMap<>(order(unique("NOTIFY"), line("MUG-WHITE", 1)));
        order.put("customer", Map.of("name", "Grete Kunde", "email", email, "phone", "+4915112345678"));
        String id = given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON).body(order)
                .post("/api/v1/orders").then().statusCode(201).extract().path("id");
        String trackingId = given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON)
                .body(Map.of("paymentReference", "psp-1")).post("/api/v1/orders/{id}/confirmation", id)
                .then().statusCode(200).extract().path("trackingId");

        Await.until(WAIT, "the order is packed by the simulated WMS", () -> "PACKED".equals(orderView(id).getString("status")));
        JsonPath packed = orderView(id);
        String carrier = packed.getString("shipments[0].carrier");
        String number = packed.getString("shipments[0].carrierTrackingNumber");
        OffsetDateTime t = at(1, 1);
        List<Map<String, Object>> scans = List.of(
                scan(carrier, number, number + "-n1", "HANDED_OVER", t, "Berlin"),
                scan(carrier, number, number + "-n2", "IN_TRANSIT", t.plusHours(5), "Leipzig"),
                scan(carrier, number, number + "-n3", "OUT_FOR_DELIVERY", t.plusHours(20), "Munich"),
                scan(carrier, number, number + "-n4", "DELIVERED", t.plusHours(22), "Munich"));
        for (Map<String, Object> scan : scans) { // the carrier reports as it goes
            given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON).body(batch(List.of(scan)))
                    .post("/api/v1/tracking-events").then().statusCode(200).body("accepted", equalTo(1));
        }
        // then re-sends everything, shuffled and twice over: duplicates change nothing and notify nobody
        List<Map<String, Object>> again = new ArrayList<>(scans);
        again.addAll(scans);
        Collections.shuffle(again, new Random(3));
        given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON).body(batch(again))
                .post("/api/v1/tracking-events").then().statusCode(200).body("duplicates", equalTo(8));

        try {
            Await.until(WAIT, "the delivery webhook arrived", () -> hooksFor(path, id).stream()
                    .anyMatch(b -> "DELIVERED".equals(b.getString("data.to"))));
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; received on " + path + ": " + hooks.on(path) + "; order: "
                    + orderView(id).prettify(), e);
        }
        List<JsonPath> webhooks = hooksFor(path, id);
        Await.pause(Duration.ofMillis(500));
        webhooks = hooksFor(path, id);
        assertThat(webhooks).extracting(b -> b.getString("type") + ":" + b.getString("data.to")).containsExactly(
                "order.confirmed:null", "shipment.status_changed:PACKED", "shipment.status_changed:SHIPPED",
                "shipment.status_changed:IN_TRANSIT", "shipment.status_changed:OUT_FOR_DELIVERY",
                "shipment.status_changed:DELIVERED");
        assertThat(webhooks).extracting(b -> b.getString("id")).doesNotHaveDuplicates();
        assertThat(webhooks.getFirst().getString("data.trackingId")).isEqualTo(trackingId);
        assertThat(webhooks).allSatisfy(b -> assertThat(b.prettify()).doesNotContain(email).doesNotContain("Grete"));
        assertThat(hooks.badSignatures.get()).isZero();
        assertThat(hooks.calls.get()).as("the receiver failures were retried").isGreaterThanOrEqualTo(webhooks.size() + 2);

        Await.until(WAIT, "four e-mails arrived", () -> mailsTo(email).size() >= 4);
        Await.pause(Duration.ofMillis(500));
        List<MimeMessage> mails = mailsTo(email);
        assertThat(mails).hasSize(4);
        String all = String.join("\n---\n", mails.stream().map(NotificationsEndToEndTest::text).toList());
        assertThat(all).contains(trackingId).contains("Grete").doesNotContain("null");
        assertThat(mails.getFirst().getSubject()).as("German subject of the confirmation").isNotBlank();
        assertThat(Arrays.stream(mails.getFirst().getAllRecipients()).map(Object::toString)).containsExactly(email);

        // the delivery mail carries a signed feedback link: it admits this order once, with no API key
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("/api/v1/feedback/([A-Za-z0-9_.-]+)").matcher(all);
        assertThat(link.find()).as("a feedback link in the delivery mail").isTrue();
        String token = link.group(1);
        given().get("/api/v1/feedback/{t}", token).then().statusCode(200).body("orderNumber", equalTo(order.get("orderNumber")))
                .body("given", equalTo(false));
        given().contentType(ContentType.JSON).body(Map.of("rating", 9)).post("/api/v1/feedback/{t}", token).then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("rating", 5, "comment", "schnell und freundlich"))
                .post("/api/v1/feedback/{t}", token).then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("rating", 1)).post("/api/v1/feedback/{t}", token).then().statusCode(409);
        given().get("/api/v1/feedback/{t}", token).then().statusCode(200).body("given", equalTo(true)).body("rating", equalTo(5));
        String forged = token.substring(0, token.indexOf('.')) + ".AAAA" + token.substring(token.indexOf('.') + 5);
        given().get("/api/v1/feedback/{t}", forged).then().statusCode(403).contentType("application/problem+json");

        // the console's order page lists what was sent: the e-mails and SMS to the customer, the webhook calls
        String console = given().contentType(ContentType.URLENC).formParam("key", ApiTestData.OPERATOR).redirects()
                .follow(false).post("/console/sign-in").then().statusCode(303).extract().cookie("waybill_console");
        String orderPage = given().cookie("waybill_console", console).get("/console/orders/{id}", id).then().statusCode(200)
                .extract().asString();
        assertThat(orderPage).contains("Messages sent").contains(email).contains("+4915112345678").contains("WEBHOOK")
                .contains(hooks.url(path)).contains(">SENT<");
        assertThat(orderPage.split(">EMAIL<", -1)).as("one line per e-mail sent").hasSizeGreaterThanOrEqualTo(5);

        given().header("X-API-Key", ApiTestData.OPERATOR).get("/api/v1/admin/simulated-sms").then().statusCode(403);
        given().header("X-API-Key", ApiTestData.PLATFORM_ADMIN).get("/api/v1/admin/simulated-sms").then().statusCode(200)
                .body("findAll { it.to == '+4915112345678' }.size()", org.hamcrest.Matchers.greaterThanOrEqualTo(4));
        given().header("X-API-Key", INTEGRATOR).get("/api/v1/admin/simulated-sms").then().statusCode(403);
        given().header("X-API-Key", ApiTestData.PLATFORM_ADMIN).get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("waybill_domain_events_total"));
    }

    @Test
    void deliveriesGivenUpOnAreListedAndReplayedAndASubscriptionThatKeepsFailingIsSuspended() {
        WebhookReceiver hooks = MailAndHooks.hooks;
        String gone = "/gone-" + unique("h");
        hooks.answer(gone, 410);
        String goneSecret = subscribe(hooks.url(gone), List.of("order.confirmed"));
        hooks.secret(gone, goneSecret);
        String broken = "/broken-" + unique("h");
        hooks.answer(broken, 500);
        String brokenId = given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON)
                .body(Map.of("url", hooks.url(broken), "eventTypes", List.of("order.placed", "order.confirmed", "order.status_changed")))
                .post("/api/v1/webhooks/subscriptions").then().statusCode(201).extract().path("id");

        String id = given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON)
                .body(order(unique("DEAD"), line("MUG-WHITE", 1))).post("/api/v1/orders").then().statusCode(201).extract().path("id");
        given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON).body(Map.of("paymentReference", "psp-2"))
                .post("/api/v1/orders/{id}/confirmation", id).then().statusCode(200);

        Await.until(WAIT, "the refused delivery is a dead letter", () -> !deadLetters(id).isEmpty());
        Map<String, Object> dead = deadLetters(id).getFirst();
        assertThat(dead.get("lastError")).isEqualTo("receiver answered 410");
        assertThat(dead.get("eventType")).isEqualTo("order.confirmed");

        hooks.answer(gone, 200);
        given().header("X-API-Key", ApiTestData.ADMIN).post("/api/v1/webhooks/dead-letters/{d}/replay", dead.get("id"))
                .then().statusCode(404).body("status", equalTo(404));
        given().header("X-API-Key", INTEGRATOR).post("/api/v1/webhooks/dead-letters/{d}/replay", dead.get("id")).then().statusCode(202);
        Await.until(WAIT, "the replayed delivery arrived", () -> hooks.on(gone).stream()
                .anyMatch(r -> r.idempotencyKey().equals(dead.get("idempotencyKey"))));
        assertThat(deadLetters(id)).isEmpty();

        Await.until(WAIT, "the failing subscription is suspended", () -> "SUSPENDED".equals(given().header("X-API-Key", INTEGRATOR)
                .get("/api/v1/webhooks/subscriptions/{s}", brokenId).then().statusCode(200).extract().path("status")));
        given().header("X-API-Key", INTEGRATOR).get("/api/v1/webhooks/subscriptions/{s}", brokenId).then()
                .body("suspendedReason", startsWith("3 deliveries in a row failed; last: receiver answered 500"))
                .body("secret", equalTo(null));
        given().header("X-API-Key", ApiTestData.ADMIN).get("/api/v1/webhooks/subscriptions/{s}", brokenId).then().statusCode(404);

        hooks.answer(broken, 200);
        hooks.secret(broken, "unknown");
        given().header("X-API-Key", INTEGRATOR).post("/api/v1/webhooks/subscriptions/{s}/reactivate", brokenId).then()
                .statusCode(200).body("status", equalTo("ACTIVE"));
    }

    @Test
    void refusesSubscriptionsAndPreferencesItCannotUseWithAProblem() {
        given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON)
                .body(Map.of("url", "ftp://example.org/hook", "eventTypes", List.of("order.confirmed")))
                .post("/api/v1/webhooks/subscriptions").then().statusCode(400).contentType("application/problem+json");
        given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON)
                .body(Map.of("url", "https://example.org/hook", "eventTypes", List.of("order.teleported")))
                .post("/api/v1/webhooks/subscriptions").then().statusCode(400).contentType("application/problem+json");
        given().header("X-API-Key", ApiTestData.OPERATOR).contentType(ContentType.JSON)
                .body(Map.of("url", "https://example.org/hook", "eventTypes", List.of("*")))
                .post("/api/v1/webhooks/subscriptions").then().statusCode(403);
        given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON).body(Map.of("quietFrom", "22:00"))
                .put("/api/v1/customers/{email}/notification-preferences", "a@example.org").then().statusCode(400)
                .contentType("application/problem+json");
        given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON).body(Map.of("zone", "Mars/Olympus"))
                .put("/api/v1/customers/{email}/notification-preferences", "a@example.org").then().statusCode(400);
        given().header("X-API-Key", INTEGRATOR).get("/api/v1/customers/{email}/notification-preferences", "not-an-address")
                .then().statusCode(400);
    }

    private static String subscribe(String url, List<String> types) {
        return given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON).body(Map.of("url", url, "eventTypes", types))
                .post("/api/v1/webhooks/subscriptions").then().statusCode(201).body("status", equalTo("ACTIVE"))
                .body("secret", startsWith("whsec_")).extract().path("secret");
    }

    /**
     * The wall between tenants for what leaves Waybill: tenant B's subscription hears nothing of tenant A's orders (and A's
     * nothing of B's), and a customer's choice told to B (opted out) changes nothing of what A sends that customer.
     */
    @Test
    void webhooksAndMailStayWithinTheirTenant() throws Exception {
        String run = unique("t").toLowerCase();
        Map<String, String> integrators = new java.util.HashMap<>();
        for (String tenant : List.of(run + "-a", run + "-b")) {
            given().header("X-API-Key", ApiTestData.PLATFORM_ADMIN).contentType(ContentType.JSON)
                    .body(Map.of("id", tenant, "name", "Shop " + tenant)).post("/api/v1/admin/tenants").then().statusCode(201);
            integrators.put(tenant, given().header("X-API-Key", ApiTestData.PLATFORM_ADMIN).contentType(ContentType.JSON)
                    .body(Map.of("name", "shop", "role", "integrator", "tenant", tenant)).post("/api/v1/admin/api-keys")
                    .then().statusCode(201).extract().path("key"));
        }
        String email = run + "@example.de";
        Map<String, String> orders = new java.util.HashMap<>();
        for (Map.Entry<String, String> tenant : integrators.entrySet()) {
            String path = "/" + tenant.getKey();
            String secret = given().header("X-API-Key", tenant.getValue()).contentType(ContentType.JSON)
                    .body(Map.of("url", MailAndHooks.hooks.url(path), "eventTypes", List.of("order.confirmed")))
                    .post("/api/v1/webhooks/subscriptions").then().statusCode(201).extract().path("secret");
            MailAndHooks.hooks.secret(path, secret);
            boolean optedOut = tenant.getKey().endsWith("-b");
            given().header("X-API-Key", tenant.getValue()).contentType(ContentType.JSON)
                    .body(Map.of("channels", List.of("EMAIL"), "language", "de", "optedOut", optedOut))
                    .put("/api/v1/customers/{email}/notification-preferences", email).then().statusCode(200);
        }
        for (Map.Entry<String, String> tenant : integrators.entrySet()) {
            Map<String, Object> order = new java.util.LinkedHashMap<>(order(ApiTestData.ownWms("ISO"), line("MUG-WHITE", 1)));
            order.put("customer", Map.of("name", "Grete Kunde", "email", email));
            String id = given().header("X-API-Key", tenant.getValue()).contentType(ContentType.JSON).body(order)
                    .post("/api/v1/orders").then().statusCode(201).extract().path("id");
            given().header("X-API-Key", tenant.getValue()).contentType(ContentType.JSON).body("{}")
                    .post("/api/v1/orders/{id}/confirmation", id).then().statusCode(200);
            orders.put(tenant.getKey(), id);
        }
        String a = run + "-a";
        String b = run + "-b";
        Await.until(WAIT, "each tenant hears of its own confirmation", () -> !hooksFor("/" + a, orders.get(a)).isEmpty()
                && !hooksFor("/" + b, orders.get(b)).isEmpty());
        Await.until(WAIT, "tenant A's customer is mailed", () -> !mailsTo(email).isEmpty());
        Thread.sleep(1_000); // what would wrongly cross is planned in the same relay rounds as what arrived
        assertThat(hooksFor("/" + a, orders.get(b))).as("B's order on A's subscription").isEmpty();
        assertThat(hooksFor("/" + b, orders.get(a))).as("A's order on B's subscription").isEmpty();
        assertThat(mailsTo(email)).as("one mail: A's confirmation; the customer opted out of B's only").hasSize(1);
    }

    private static JsonPath orderView(String id) {
        return given().header("X-API-Key", INTEGRATOR).get("/api/v1/orders/{id}", id).then().statusCode(200).extract().jsonPath();
    }

    private static List<JsonPath> hooksFor(String path, String orderId) {
        return MailAndHooks.hooks.on(path).stream().map(r -> new JsonPath(r.body()))
                .filter(b -> orderId.equals(b.getString("data.orderId"))).toList();
    }

    private static List<Map<String, Object>> deadLetters(String orderId) {
        List<Map<String, Object>> all = given().header("X-API-Key", INTEGRATOR).get("/api/v1/webhooks/dead-letters")
                .then().statusCode(200).extract().jsonPath().getList("$");
        return all.stream().filter(d -> orderId.equals(d.get("orderId"))).toList();
    }

    private static List<MimeMessage> mailsTo(String email) {
        return Arrays.stream(MailAndHooks.mail.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().contains(email));
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    private static String text(MimeMessage message) {
        try {
            return message.getSubject() + "\n" + com.icegreen.greenmail.util.GreenMailUtil.getBody(message);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Inject
    SendDailyReports dailyReports;
    @Inject
    ReadDailyReports reportArchive;

    @Test
    void theDailyReportIsMailedWithItsCsvAttachedArchivedAndMadeOnce() throws Exception {
        LocalDate day = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        int before = MailAndHooks.mail.getReceivedMessages().length;
        DailyReport report = dailyReports.sendNow(new TenantId("default"), day);
        assertThat(report.recipients()).containsExactly("ops-lead@example.org", "ops-desk@example.org");
        Await.until(WAIT, "the report's e-mail arrives", () -> MailAndHooks.mail.getReceivedMessages().length >= before + 2);
        MimeMessage mail = Arrays.stream(MailAndHooks.mail.getReceivedMessages())
                .filter(m -> subjectOf(m).startsWith("Waybill daily report " + day)).findFirst().orElseThrow();
        assertThat(subjectOf(mail)).contains("delivered").contains("on time").contains("open exceptions");
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        String html = null;
        String csv = null;
        String csvName = null;
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.getContent() instanceof MimeMultipart inner) {
                for (int j = 0; j < inner.getCount(); j++) {
                    if (inner.getBodyPart(j).isMimeType("text/html")) {
                        html = (String) inner.getBodyPart(j).getContent();
                    }
                }
            } else if (part.isMimeType("text/html")) {
                html = (String) part.getContent();
            } else if (part.getFileName() != null) {
                csvName = part.getFileName();
                csv = new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        assertThat(html).contains("Daily report, " + day).contains("Worst lanes").contains("Open exceptions")
                .contains("At risk now");
        assertThat(csvName).isEqualTo("waybill-report-default-" + day + ".csv");
        assertThat(csv).startsWith("scope,day,carrier,service,lane,closed,").contains("\r\norders,").isEqualTo(report.csv());

        DailyReport archived = TenantScope.of(new TenantId("default"), () -> reportArchive.of(day)).orElseThrow();
        assertThat(archived.html()).isEqualTo(report.html());
        assertThat(TenantScope.of(new TenantId("default"), () -> reportArchive.recent(10)))
                .anySatisfy(e -> assertThat(e.day()).isEqualTo(day));
        assertThat(TenantScope.of(new TenantId("tenant-b"), () -> reportArchive.of(day))).isEmpty();

        // the console's archive: the list, the report as it was sent, its CSV; looked at in Chromium
        String cookie = given().contentType(ContentType.URLENC).formParam("key", ApiTestData.OPERATOR).redirects().follow(false)
                .post("/console/sign-in").then().statusCode(303).extract().cookie("waybill_console");
        given().cookie("waybill_console", cookie).get("/console/reports").then().statusCode(200)
                .body(containsString("/console/reports/" + day)).body(containsString(report.subject()));
        given().cookie("waybill_console", cookie).get("/console/reports/{day}", day.toString()).then().statusCode(200)
                .header("Content-Security-Policy", containsString("default-src 'none'")).body(equalTo(report.html()));
        given().cookie("waybill_console", cookie).get("/console/reports/{day}/csv", day.toString()).then().statusCode(200)
                .body(equalTo(report.csv()));
        given().cookie("waybill_console", cookie).get("/console/reports/{day}", "1999-01-01").then().statusCode(404);
        given().cookie("waybill_console", cookie).get("/console/reports/{day}", "yesterday").then().statusCode(404);
        try (Browser browser = new Browser()) {
            Page page = browser.desktop("en-GB");
            page.context().addCookies(List.of(new Cookie("waybill_console", cookie).setUrl(base + "console")));
            page.navigate(base + "console/reports");
            assertThat(page.locator("#reports tbody tr").count()).isPositive();
            assertThat(Browser.accessibilityViolations(page)).as("axe-core on the reports list").isEmpty();
            Browser.screenshot(page, "console-reports");
            page.navigate(base + "console/reports/" + day);
            assertThat(page.locator("h1").textContent()).isEqualTo("Daily report, " + day);
            Browser.screenshot(page, "daily-report");
        }

        // the schedule's check makes no second report of that day, however often it runs
        dailyReports.sendDue();
        dailyReports.sendDue();
        Thread.sleep(500);
        assertThat(Arrays.stream(MailAndHooks.mail.getReceivedMessages())
                .filter(m -> subjectOf(m).startsWith("Waybill daily report " + day) && subjectOf(m).contains("Default tenant")))
                .hasSize(2); // one copy per recipient
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
