package io.waybill.adapters.rest.carriers;

import static io.restassured.RestAssured.given;
import static io.waybill.adapters.rest.testing.Api.admin;
import static io.waybill.adapters.rest.testing.Api.anonymous;
import static io.waybill.adapters.rest.testing.Api.forbidden;
import static io.waybill.adapters.rest.testing.Api.integrator;
import static io.waybill.adapters.rest.testing.Api.operator;
import static io.waybill.adapters.rest.testing.Api.problem;
import static io.waybill.adapters.rest.testing.Api.unauthorized;
import static io.waybill.adapters.rest.testing.Api.withKey;
import static io.waybill.application.fakes.OrderTestData.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.restassured.http.ContentType;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.waybill.adapters.rest.fakes.ScriptedCarrierPayloads;
import io.waybill.application.port.in.EventOutcome;
import io.waybill.application.port.in.ReceiveCarrierPayloads.Received;
import io.waybill.application.shared.CarrierChannels;
import io.waybill.application.shared.CarrierPayload;
import io.waybill.application.shared.CarrierPayload.DeliveryWindow;
import io.waybill.application.shared.CarrierPayload.Scan;
import io.waybill.application.shared.CarrierPayload.Unmapped;
import io.waybill.domain.order.CarrierCode;
import io.waybill.domain.order.CarrierTrackingNumber;
import io.waybill.domain.order.OrderId;
import io.waybill.domain.tracking.EventKey;
import io.waybill.domain.tracking.EventSource;
import io.waybill.domain.tracking.Milestone;
import io.waybill.domain.tracking.SourceType;
import io.waybill.domain.tracking.TrackingEvent;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Carrier payloads over HTTP with the use case scripted: who may send to which endpoint, the refusals in the documented
 * order (each a problem saying what to fix, with nothing handed over), and the answer rendering what became of a
 * payload. The secret of {@code testpush} is set in the test {@code application.properties}.
 */
@QuarkusTest
class CarrierInboundResourceTest {

    private static final String SECRET = "test-push-secret";
    private static final String PUSHES = "/api/v1/carriers/testpush/events";
    private static final String EDI = "/api/v1/carriers/testedi/interchanges";
    private static final byte[] BODY = "{\"trackResponse\": {\"shipment\": []}}\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] INTERCHANGE = "ISA*00*          *00*          *ZZ*CARRIER~".getBytes(StandardCharsets.US_ASCII);
    private static final String UNREADABLE = "X12 SE (segment 19) in transaction set 0001: SE01 says 99 segments, transaction set has 17";

    private static final CarrierTrackingNumber FIRST = new CarrierTrackingNumber("1ZTEST0001");
    private static final CarrierTrackingNumber SECOND = new CarrierTrackingNumber("1ZTEST0002");
    private static final OffsetDateTime LOUISVILLE_NIGHT = OffsetDateTime.parse("2026-11-02T03:00:00-05:00");
    private static final OffsetDateTime LONDON_MORNING = OffsetDateTime.parse("2026-11-03T07:45:00Z");

    @Inject
    ScriptedCarrierPayloads payloads;

    @BeforeEach
    void reset() {
        payloads.reset();
        payloads.carrier(new CarrierChannels(new CarrierCode("testpush"), true, false));
        payloads.carrier(new CarrierChannels(new CarrierCode("testedi"), false, true));
        payloads.carrier(new CarrierChannels(new CarrierCode("polled"), true, false));
        payloads.carrier(new CarrierChannels(new CarrierCode("unset"), true, false));
    }

    @Test
    void aSignedPushAnswersWhatBecameOfEachEventAndWhatDidNotBecomeOne() {
        payloads.answer(sixScans());
        push(PUSHES, BODY, sign(SECRET, BODY)).statusCode(200).contentType(ContentType.JSON)
                .body("carrier", equalTo("testpush"))
                .body("events", equalTo(6))
                .body("accepted", equalTo(1)).body("duplicates", equalTo(2)).body("rejected", equalTo(3))
                .body("results.index", equalTo(List.of(0, 1, 2, 3, 4, 5)))
                .body("results.trackingNumber", equalTo(List.of("1ZTEST0001", "1ZTEST0001", "1ZTEST0002", "1ZTEST0002", "1ZTEST0002",
                        "1ZTEST0001")))
                .body("results.milestone", equalTo(List.of("IN_TRANSIT", "OUT_FOR_DELIVERY", "DELIVERED", "IN_TRANSIT", "HELD",
                        "DELIVERED")))
                .body("results.result", equalTo(List.of("ACCEPTED", "DUPLICATE", "REJECTED", "DUPLICATE", "REJECTED", "REJECTED")))
                .body("results[0].occurredAt", equalTo("2026-11-02T03:00-05:00"))
                .body("results[2].occurredAt", equalTo("2026-11-03T07:45Z"))
                .body("results[0]", not(hasKey("reason")))
                .body("results[1]", not(hasKey("reason")))
                .body("results[2].reason", containsString("is the PACKED event recorded?"))
                .body("results[5].reason", equalTo("already recorded with different content"))
                .body("unmapped[0].trackingNumber", equalTo("1ZTEST0001"))
                .body("unmapped[0].rawCode", equalTo("YY/ZZ"))
                .body("unmapped[0].rawText", equalTo("A status we have not been told about"))
                .body("unmapped[0].occurredAt", equalTo("2026-11-02T03:00-05:00"))
                .body("unmapped[0].why", equalTo("unknown status type YY"))
                .body("unmapped[1].rawCode", equalTo("M/MP"))
                .body("unmapped[1]", not(hasKey("rawText")))
                .body("unmapped[1]", not(hasKey("occurredAt")))
                .body("estimatedDeliveries[0].trackingNumber", equalTo("1ZTEST0002"))
                .body("estimatedDeliveries[0]", not(hasKey("earliest")))
                .body("estimatedDeliveries[0].latest", equalTo("2026-11-04T18:00+01:00"))
                .body("warnings", equalTo(List.of("shipment[2] skipped: no tracking number")));
        assertThat(payloads.received()).singleElement().satisfies(payload -> {
            assertThat(payload.carrier()).isEqualTo(new CarrierCode("testpush"));
            assertThat(payload.body()).isEqualTo(BODY);
        });
    }

    @Test
    void theCarrierCodeIsReadInAnyCaseAndTheSignatureInAnyCaseWithOrWithoutItsPrefix() {
        String hex = sign(SECRET, BODY).substring("sha256=".length());
        push("/api/v1/carriers/TestPush/events", BODY, "SHA256=" + hex.toUpperCase()).statusCode(200)
                .body("carrier", equalTo("testpush")).body("events", equalTo(0)).body("results", equalTo(List.of()));
        push(PUSHES, BODY, hex).statusCode(200);
        // no timestamp or nonce: a replay is taken again (its events answer DUPLICATE)
        push(PUSHES, BODY, sign(SECRET, BODY)).statusCode(200);
        assertThat(payloads.received()).hasSize(3).allSatisfy(payload ->
                assertThat(payload.carrier()).isEqualTo(new CarrierCode("testpush")));
    }

    @Test
    void aMissingOrWrongSignatureIs401AndNothingIsHandedOver() {
        byte[] withoutNewline = "{\"trackResponse\": {\"shipment\": []}}".getBytes(StandardCharsets.UTF_8);
        badSignature(given().contentType(ContentType.JSON).body(BODY).post(PUSHES).then());
        badSignature(push(PUSHES, BODY, sign(SECRET, withoutNewline)));
        badSignature(push(PUSHES, BODY, sign("another-secret", BODY)));
        badSignature(push(PUSHES, BODY, sign(SECRET, BODY).substring(0, 39)));
        badSignature(push(PUSHES, BODY, "sha256=not-hex"));
        badSignature(push(PUSHES, BODY, ""));
        assertThat(payloads.received()).isEmpty();
    }

    @Test
    void aCarrierWithoutSecretCannotPushEvenWithPollerSettings() {
        for (String carrier : List.of("polled", "unset")) {
            String path = "/api/v1/carriers/" + carrier + "/events";
            problem(push(path, BODY, sign(SECRET, BODY)), 403, path)
                    .body("type", equalTo("https://waybill.io/problems/push-not-enabled"))
                    .body("title", equalTo("Pushes not enabled"))
                    .body("detail", containsString("waybill.carriers." + carrier + ".secret"));
        }
        assertThat(payloads.received()).isEmpty();
    }

    @Test
    void anUnknownCarrierIs404OnBothEndpointsOnceTheKeyIsChecked() {
        String events = "/api/v1/carriers/nosuch/events";
        String interchanges = "/api/v1/carriers/nosuch/interchanges";
        problem(push(events, BODY, sign(SECRET, BODY)), 404, events)
                .body("type", equalTo("https://waybill.io/problems/http-404"))
                .body("detail", containsString("no carrier adapter for 'nosuch'"));
        problem(upload(integrator(), interchanges, INTERCHANGE), 404, interchanges)
                .body("type", equalTo("https://waybill.io/problems/http-404"))
                .body("detail", containsString("'nosuch'"));
        unauthorized(upload(anonymous(), interchanges, INTERCHANGE), interchanges);
        assertThat(payloads.received()).isEmpty();
    }

    @Test
    void anEdiCarrierPushedToEventsIsToldToUseTheInterchangeUpload() {
        String path = "/api/v1/carriers/testedi/events";
        problem(push(path, INTERCHANGE, sign(SECRET, INTERCHANGE)), 400, path)
                .body("type", equalTo("https://waybill.io/problems/wrong-channel"))
                .body("title", equalTo("Use the interchange upload"))
                .body("detail", containsString("POST it to /api/v1/carriers/testedi/interchanges with an API key"));
        assertThat(payloads.received()).isEmpty();
    }

    @Test
    void anEmptyBodyIs400OnBothEndpoints() {
        byte[] empty = new byte[0];
        emptyPayload(push(PUSHES, empty, sign(SECRET, empty)), PUSHES);
        emptyPayload(upload(integrator(), EDI, empty), EDI);
        assertThat(payloads.received()).isEmpty();
    }

    @Test
    void aPayloadTheCarriersFormatCannotReadIs400WithTheReason() {
        payloads.refuse(UNREADABLE);
        unreadable(push(PUSHES, BODY, sign(SECRET, BODY)), PUSHES);
        unreadable(upload(integrator(), EDI, INTERCHANGE), EDI);
        assertThat(payloads.received()).isEmpty();
    }

    @Test
    void anInterchangeUploadedByAnIntegratorOrAdminIsAnswered() {
        payloads.answer(sixScans());
        upload(integrator(), EDI, INTERCHANGE).statusCode(200).contentType(ContentType.JSON)
                .body("carrier", equalTo("testedi"))
                .body("events", equalTo(6))
                .body("accepted", equalTo(1)).body("duplicates", equalTo(2)).body("rejected", equalTo(3))
                .body("results.result", equalTo(List.of("ACCEPTED", "DUPLICATE", "REJECTED", "DUPLICATE", "REJECTED", "REJECTED")))
                .body("results[4].reason", equalTo("a HELD event needs a reason"))
                .body("unmapped.rawCode", equalTo(List.of("YY/ZZ", "M/MP")))
                .body("estimatedDeliveries[0].latest", equalTo("2026-11-04T18:00+01:00"));
        upload(admin(), "/api/v1/carriers/TESTEDI/interchanges", INTERCHANGE).statusCode(200).body("carrier", equalTo("testedi"));
        assertThat(payloads.received()).hasSize(2).allSatisfy(payload -> {
            assertThat(payload.carrier()).isEqualTo(new CarrierCode("testedi"));
            assertThat(payload.body()).isEqualTo(INTERCHANGE);
        });
    }

    @Test
    void theInterchangeUploadNeedsAnIntegratorOrAdminKey() {
        unauthorized(upload(anonymous(), EDI, INTERCHANGE), EDI);
        unauthorized(upload(withKey("wb_not-a-real-key"), EDI, INTERCHANGE), EDI);
        forbidden(upload(operator(), EDI, INTERCHANGE), EDI);
        // a carrier's push signature is no key for the upload
        unauthorized(upload(anonymous().header(CarrierInboundResource.SIGNATURE_HEADER, sign(SECRET, INTERCHANGE)), EDI, INTERCHANGE),
                EDI);
        assertThat(payloads.received()).isEmpty();
    }

    @Test
    void aCarrierThatDoesNotReportByEdiCannotUploadInterchanges() {
        String path = "/api/v1/carriers/testpush/interchanges";
        problem(upload(integrator(), path, INTERCHANGE), 400, path)
                .body("type", equalTo("https://waybill.io/problems/wrong-channel"))
                .body("title", equalTo("Not an EDI carrier"))
                .body("detail", equalTo("testpush does not report by EDI"));
        assertThat(payloads.received()).isEmpty();
    }

    /**
     * Six scans of two shipments: one accepted, two duplicates, three rejected (counts that differ, so none can stand in
     * for another), two reports that did not become events (the second without text or time) and an open-ended
     * delivery window.
     */
    private static Received sixScans() {
        List<Scan> scans = List.of(scan(FIRST, "a", Milestone.IN_TRANSIT, LOUISVILLE_NIGHT),
                scan(FIRST, "b", Milestone.OUT_FOR_DELIVERY, LOUISVILLE_NIGHT.plusHours(20)),
                scan(SECOND, "c", Milestone.DELIVERED, LONDON_MORNING),
                scan(SECOND, "d", Milestone.IN_TRANSIT, LONDON_MORNING.minusDays(1)),
                scan(SECOND, "e", Milestone.HELD, LONDON_MORNING.minusHours(2)),
                scan(FIRST, "f", Milestone.DELIVERED, LOUISVILLE_NIGHT.plusHours(30)));
        List<Unmapped> unmapped = List.of(
                new Unmapped(FIRST, "YY/ZZ", "A status we have not been told about", LOUISVILLE_NIGHT, "unknown status type YY"),
                new Unmapped(FIRST, "M/MP", null, null, "local time without a known zone"));
        List<DeliveryWindow> windows = List.of(new DeliveryWindow(SECOND, null, OffsetDateTime.parse("2026-11-04T18:00:00+01:00")));
        CarrierPayload payload = new CarrierPayload(scans, unmapped, windows, List.of(),
                List.of("shipment[2] skipped: no tracking number"));
        return new Received(payload, List.of(
                new EventOutcome(0, EventOutcome.Result.ACCEPTED, null, OrderId.random()),
                new EventOutcome(1, EventOutcome.Result.DUPLICATE, null, null),
                EventOutcome.rejected(2, "no shipment with testpush tracking number 1ZTEST0002 (is the PACKED event recorded?)"),
                new EventOutcome(3, EventOutcome.Result.DUPLICATE, null, null),
                EventOutcome.rejected(4, "a HELD event needs a reason"),
                EventOutcome.rejected(5, "already recorded with different content")));
    }

    private static Scan scan(CarrierTrackingNumber number, String id, Milestone milestone, OffsetDateTime at) {
        EventKey key = new EventKey(new EventSource(SourceType.CARRIER, "testpush"), number + "-" + id);
        return new Scan(number, new TrackingEvent(key, milestone, "C" + milestone.ordinal(), "Carrier " + milestone, null, at, T0,
                null, null));
    }

    /** The header a carrier holding {@code secret} sends with {@code body}. */
    private static String sign(String secret, byte[] body) {
        return PushSignaturesTest.header(secret, body);
    }

    private static ValidatableResponse push(String path, byte[] body, String signature) {
        return given().contentType(ContentType.JSON).header(CarrierInboundResource.SIGNATURE_HEADER, signature).body(body).post(path)
                .then();
    }

    private static ValidatableResponse upload(RequestSpecification caller, String path, byte[] body) {
        return caller.contentType("application/edi-x12").body(body).post(path).then();
    }

    private static void badSignature(ValidatableResponse response) {
        problem(response, 401, PUSHES)
                .body("type", equalTo("https://waybill.io/problems/bad-signature"))
                .body("title", equalTo("Signature missing or wrong"))
                .body("detail", containsString("HMAC-SHA256"))
                .body("detail", containsString("X-Waybill-Signature: sha256=<hex>"));
    }

    private static void emptyPayload(ValidatableResponse response, String path) {
        problem(response, 400, path)
                .body("type", equalTo("https://waybill.io/problems/empty-payload"))
                .body("detail", equalTo("the body is empty"));
    }

    private static void unreadable(ValidatableResponse response, String path) {
        problem(response, 400, path)
                .body("type", equalTo("https://waybill.io/problems/unreadable-payload"))
                .body("title", equalTo("Payload not readable"))
                .body("detail", equalTo(UNREADABLE));
    }
}
