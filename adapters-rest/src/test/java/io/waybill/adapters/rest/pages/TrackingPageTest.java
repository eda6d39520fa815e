package io.waybill.adapters.rest.pages;

import static io.restassured.RestAssured.given;
import static io.waybill.application.fakes.OrderTestData.T0;
import static io.waybill.application.fakes.OrderTestData.UPS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.waybill.adapters.rest.fakes.InMemoryFollowing;
import io.waybill.adapters.rest.fakes.InMemoryTracking;
import io.waybill.application.port.in.TrackOrder;
import io.waybill.domain.eta.DelayRisk;
import io.waybill.domain.order.CarrierTrackingNumber;
import io.waybill.domain.order.DeliveryPromise;
import io.waybill.domain.order.OrderStatus;
import io.waybill.domain.order.ShipmentStatus;
import io.waybill.domain.tracking.GeoPoint;
import io.waybill.domain.tracking.Milestone;
import io.waybill.domain.tracking.TrackingId;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The customer's tracking page as HTML: what it says, in which language and clock, and its live stream. */
@QuarkusTest
class TrackingPageTest {

    private static final OffsetDateTime HUB_SCAN = OffsetDateTime.of(2026, 11, 3, 6, 40, 0, 0, ZoneOffset.ofHours(1));

    @Inject
    InMemoryTracking tracking;
    @Inject
    InMemoryFollowing following;
    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @BeforeEach
    void reset() {
        tracking.reset();
    }

    private static TrackOrder.View inTransit(TrackingId id, DelayRisk.Level risk, Instant p50) {
        TrackOrder.ShipmentView shipment = new TrackOrder.ShipmentView(1, UPS, new CarrierTrackingNumber("1ZPAGE0001"),
                ShipmentStatus.IN_TRANSIT, 2, null, null, null, null, null).withEstimate(p50, p50.plus(Duration.ofHours(6)), risk);
        return new TrackOrder.View(id, OrderStatus.IN_TRANSIT, "DE", new DeliveryPromise(T0.plus(Duration.ofDays(1)),
                T0.plus(Duration.ofDays(2))), null, List.of(shipment), List.of(
                new TrackOrder.Step(Milestone.PLACED, "Order placed", OffsetDateTime.of(2026, 11, 2, 9, 0, 0, 0, ZoneOffset.ofHours(1)), null, null, null),
                new TrackOrder.Step(Milestone.IN_TRANSIT, "In transit", HUB_SCAN, "Leipzig", "DE", 1)),
                ZoneId.of("Europe/Berlin"));
    }

    @Test
    void showsStatusProgressEstimateInTheDestinationsClockAndTheTimelineNewestFirst() {
        TrackingId id = TrackingId.generate();
        tracking.add(inTransit(id, DelayRisk.Level.NONE, Instant.parse("2026-11-03T09:00:00Z")));

        String html = given().get("/track/" + id.value().toLowerCase()).then().statusCode(200)
                .contentType(containsString("text/html")).header("Content-Language", "en")
                .extract().asString();

        assertThat(html).contains("<html lang=\"en\">", "On its way", "Tracking ID " + id.formatted())
                .contains("Expected delivery", "Tue 3 Nov, 10:00 – 16:00", "Central European")
                .contains("aria-current=\"step\"", "2 parcels with UPS, tracking number 1ZPAGE0001")
                .contains("sse-connect=\"/track/" + id.formatted() + "/live?lang=en\"")
                .doesNotContain("running late");
        assertThat(html.indexOf("In transit")).as("newest first").isLessThan(html.indexOf("Order placed"));
        assertThat(html).contains("Leipzig, Germany", "datetime=\"2026-11-03T06:40:00+01:00\"", "Tue 3 Nov, 06:40");
    }

    @Test
    void aDeliveredOrderSaysWhatItsProofHoldsNeverWhatItSays() {
        TrackingId id = TrackingId.generate();
        Instant delivered = Instant.parse("2026-11-03T11:15:00Z");
        TrackOrder.ShipmentView shipment = new TrackOrder.ShipmentView(1, UPS, new CarrierTrackingNumber("1ZPAGE0002"),
                ShipmentStatus.DELIVERED, 1, delivered, new TrackOrder.Proof(true, false, true, false), null, null, null);
        tracking.add(new TrackOrder.View(id, OrderStatus.DELIVERED, "DE", null, delivered, List.of(shipment),
                List.of(new TrackOrder.Step(Milestone.DELIVERED, "Delivered", delivered.atOffset(ZoneOffset.ofHours(1)), "Leipzig",
                        "DE", 1, new GeoPoint(51.3, 12.4))),
                ZoneId.of("Europe/Berlin"), new TrackOrder.Destination("Leipzig", "DE", new GeoPoint(51.3, 12.4))));

        String html = given().get("/track/" + id.formatted()).then().statusCode(200).extract().asString();
        assertThat(html).contains("The carrier recorded proof of delivery:", "<li>a signature</li>", "<li>the name of who took it</li>",
                        "the sender can show you the details", "Delivered in: <span class=\"name\">Leipzig, Germany</span>")
                .doesNotContain("a photo taken on delivery", "where it was left", "Goes to");
        String german = given().header("Accept-Language", "de").get("/track/" + id.formatted()).then().statusCode(200)
                .extract().asString();
        assertThat(german).contains("Der Paketdienst hat die Zustellung festgehalten:", "<li>mit Unterschrift</li>",
                "Zugestellt in: <span class=\"name\">Leipzig, Deutschland</span>");
    }

    @Test
    void speaksGermanWhenTheBrowserAsksOrTheReaderSwitches() {
        TrackingId id = TrackingId.generate();
        tracking.add(inTransit(id, DelayRisk.Level.NONE, Instant.parse("2026-11-03T09:00:00Z")));

        String asked = given().header("Accept-Language", "de-DE,de;q=0.9,en;q=0.5").get("/track/" + id.formatted())
                .then().statusCode(200).header("Content-Language", "de").extract().asString();
        assertThat(asked).contains("<html lang=\"de\">", "Unterwegs", "Voraussichtliche Zustellung", "Leipzig, Deutschland",
                "Di. 3. Nov.", "Was bisher geschah");

        given().header("Accept-Language", "de").get("/track/" + id.formatted() + "?lang=en").then().statusCode(200)
                .header("Content-Language", "en").body(containsString("What happened"));
    }

    @Test
    void aRiskShowsABannerInPlainWordsWithTheNewEstimate() {
        TrackingId id = TrackingId.generate();
        tracking.add(inTransit(id, DelayRisk.Level.HIGH, T0.plus(Duration.ofDays(3))));

        given().get("/track/" + id.formatted()).then().statusCode(200)
                .body(containsString("Your parcel is running late: we now expect it Thu 5 Nov, 09:00 – 15:00."));
    }

    @Test
    void aCarriersNumberTypedAsATrackingIdIsSaidToBeOneInTheReadersLanguage() {
        given().queryParam("id", "1Z 999 AA1 01 2345 6784").get("/track").then().statusCode(400)
                .body(containsString("This looks like a UPS tracking number, not a tracking ID of this page"))
                .body(not(containsString("this one has")));
        given().queryParam("id", "1Z999AA10123456784").queryParam("lang", "de").get("/track").then().statusCode(400)
                .body(containsString("Das sieht nach einer Sendungsnummer von UPS aus"));
        given().get("/track/1Z999AA10123456784").then().statusCode(400).body(containsString("a UPS tracking number"));
        // shaped like a tracking ID (three groups of five): a typo, whatever a carrier's pattern says
        given().get("/track/ABCDE-FGHIJ-KLMNP").then().statusCode(400).body(not(containsString("tracking number")));
    }

    @Test
    void aTypoGetsTheCheckSymbolHintAndAnUnknownIdSaysSo() {
        String valid = TrackingId.generate().value();
        char last = valid.charAt(14);
        String typo = valid.substring(0, 14) + (last == '0' ? '2' : '0');

        given().get("/track?id=" + typo).then().statusCode(400).body(containsString("one character is wrong or two are swapped"))
                .body(containsString("aria-invalid=\"true\""));
        given().get("/track/ABC").then().statusCode(400).body(containsString("this one has 3"));
        given().queryParam("id", "8D274-RBVFG-PKA5<").get("/track").then().statusCode(400)
                .body(containsString("&quot;&lt;&quot; cannot appear")).body(not(containsString("\"<\"")));

        TrackingId unknown = TrackingId.generate();
        given().redirects().follow(false).get("/track?id=" + unknown.value().toLowerCase()).then().statusCode(303)
                .header("Location", containsString("/track/" + unknown.formatted()));
        given().get("/track/" + unknown.formatted()).then().statusCode(404).body(containsString("No order has the tracking ID"));
        given().get("/track").then().statusCode(200).body(containsString("<label for=\"tracking-id\">Tracking ID</label>"));
    }

    @Test
    void theLiveStreamSendsTheViewAgainWhenTheOrderChanges() throws Exception {
        TrackingId id = TrackingId.generate();
        tracking.add(inTransit(id, DelayRisk.Level.NONE, Instant.parse("2026-11-03T09:00:00Z")));
        HttpURLConnection stream = (HttpURLConnection) URI.create("http://localhost:" + port + "/track/" + id.formatted() + "/live")
                .toURL().openConnection();
        stream.setReadTimeout(10_000);
        assertThat(stream.getResponseCode()).isEqualTo(200);
        assertThat(stream.getContentType()).startsWith("text/event-stream");
        CompletableFuture<String> firstEvent = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream.getInputStream(), StandardCharsets.UTF_8))) {
                StringBuilder event = new StringBuilder();
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.isEmpty() && event.indexOf("data:") >= 0) {
                        return event.toString();
                    }
                    event.append(line).append('\n');
                }
                return event.toString();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        for (int i = 0; i < 50 && following.following(id) == 0; i++) {
            Thread.sleep(100);
        }
        tracking.add(new TrackOrder.View(id, OrderStatus.OUT_FOR_DELIVERY, "DE", null, null, List.of(), List.of(),
                ZoneId.of("Europe/Berlin")));
        following.changed(id);

        String event = firstEvent.get(10, TimeUnit.SECONDS);
        assertThat(event).contains("event:view").contains("Out for delivery").doesNotContain("<html");
        stream.disconnect();
    }

    @Test
    void theLiveStreamOfAnUnknownOrderEndsAtOnce() throws Exception {
        HttpURLConnection stream = (HttpURLConnection) URI.create("http://localhost:" + port + "/track/"
                + TrackingId.generate().formatted() + "/live").toURL().openConnection();
        stream.setReadTimeout(5_000); // a stream kept open would fail this read, not hang the build
        assertThat(stream.getResponseCode()).isEqualTo(200);
        try (var body = stream.getInputStream()) {
            assertThat(new String(body.readAllBytes(), StandardCharsets.UTF_8)).doesNotContain("data:");
        }
    }

    @Test
    void theLookupPageNeedsNoKeyAndServesItsAssetsFromTheApplication() {
        given().get("/assets/waybill.css").then().statusCode(200);
        given().get("/webjars/htmx.org/dist/htmx.min.js").then().statusCode(200);
        given().get("/webjars/htmx-ext-sse/sse.js").then().statusCode(200);
        given().get("/track").then().statusCode(200).header("Content-Language", equalTo("en"));
    }
}
