package io.waybill.adapters.carriers.royalmail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.waybill.adapters.carriers.spi.CarrierPayloadException;
import io.waybill.adapters.carriers.spi.EstimatedDelivery;
import io.waybill.adapters.carriers.spi.Parsed;
import io.waybill.application.port.in.RecordTrackingEvents;
import io.waybill.domain.order.CarrierTrackingNumber;
import io.waybill.domain.tracking.Location;
import io.waybill.domain.tracking.Milestone;
import io.waybill.domain.tracking.ProofOfDelivery;
import io.waybill.domain.tracking.TrackingEvent;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RoyalMailCarrierTest {

    private final RoyalMailCarrier royalMail = new RoyalMailCarrier(RoyalMailCarrierContractTest.CLOCK);

    private Parsed parse(String json) {
        return royalMail.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsADeliveredJourneyAcrossTheEndOfBritishSummerTime() {
        List<TrackingEvent> timeline = royalMail.parse(RoyalMailCarrierContractTest.journey()).events().stream()
                .map(RecordTrackingEvents.Event::event).sorted(TrackingEvent.CHRONOLOGICAL).toList();

        assertThat(timeline).extracting(TrackingEvent::rawCode)
                .containsExactly("EVPPA", "EVDAV", "EVIMC", "EVGPD", "EVKNA", "EVNSR", "EVGPD", "EVKSP");
        assertThat(timeline).extracting(TrackingEvent::milestone).containsExactly(Milestone.HANDED_OVER, Milestone.IN_TRANSIT,
                Milestone.IN_TRANSIT, Milestone.OUT_FOR_DELIVERY, Milestone.DELIVERY_ATTEMPT_FAILED, Milestone.IN_TRANSIT,
                Milestone.OUT_FOR_DELIVERY, Milestone.DELIVERED);
        // "Z" is kept as sent
        assertThat(timeline.get(1).occurredAt()).isEqualTo(OffsetDateTime.parse("2025-10-24T18:30:00Z"));
        // no offset, domestic item: Europe/London, still BST on 24 October
        assertThat(timeline.get(2).occurredAt()).isEqualTo(OffsetDateTime.parse("2025-10-24T21:15:00+01:00"));
        assertThat(timeline.get(2).location()).isEqualTo(new Location("Birmingham MC", null, "GB", null));
        // GMT again after 26 October, as Royal Mail sent it
        assertThat(timeline.get(7).occurredAt()).isEqualTo(OffsetDateTime.parse("2025-10-27T13:42:00Z"));
        assertThat(timeline.get(7).proofOfDelivery())
                .isEqualTo(new ProofOfDelivery("J. SMITH", "royalmail:TT473106286GB:signature", null, null));
        assertThat(timeline).filteredOn(e -> e.milestone() != Milestone.DELIVERED).allSatisfy(e -> assertThat(e.proofOfDelivery()).isNull());
    }

    @Test
    void keepsUnknownAndSenderSideCodesAsUnmapped() {
        Parsed parsed = royalMail.parse(RoyalMailCarrierContractTest.journey());

        assertThat(parsed.unmapped()).extracting(u -> u.rawCode()).containsExactly("EVGMI", "EVAIE");
        assertThat(parsed.unmapped().get(0).why()).isEqualTo("unknown Royal Mail event code EVGMI");
        assertThat(parsed.unmapped().get(0).location()).isEqualTo(new Location(null, null, "GB", null));
    }

    @Test
    void anEstimateWithoutWindowIsTheWholeDayInTheDestinationsZone() {
        assertThat(royalMail.parse(RoyalMailCarrierContractTest.journey()).estimatedDeliveries()).containsExactly(
                new EstimatedDelivery(new CarrierTrackingNumber("TT473106286GB"), OffsetDateTime.parse("2025-10-25T00:00:00+01:00"),
                        OffsetDateTime.parse("2025-10-25T23:59:59.999999999+01:00")));
    }

    @Test
    void aTimeWithoutOffsetOfAnInternationalItemIsNotReadAsUtc() {
        Parsed parsed = parse("""
                {"mailPieces":{"mailPieceId":"FQ087430672GB","summary":{"originCountryCode":"GBR","destinationCountryCode":"AUS"},
                 "events":[{"eventCode":"EVODO","eventName":"Item despatched","eventDateTime":"2025-03-01T09:00:00","locationName":"Heathrow WC"},
                           {"eventCode":"EVPPA","eventName":"Accepted at Post Office","eventDateTime":"2025-02-27T15:00:00+00:00"}]}}
                """);

        assertThat(parsed.events()).singleElement().satisfies(e -> {
            assertThat(e.event().rawCode()).isEqualTo("EVPPA");
            assertThat(e.event().location()).isNull(); // no name, and not domestic: no country either
        });
        assertThat(parsed.unmapped()).singleElement().satisfies(u -> {
            assertThat(u.occurredAt()).isNull();
            assertThat(u.rawTime()).isEqualTo("2025-03-01T09:00:00");
            assertThat(u.location()).isEqualTo(new Location("Heathrow WC", null, null, null));
        });
    }

    @Test
    void readsAListOfPiecesUsingTheSummaryWhenThereAreNoEvents() {
        Parsed parsed = parse("""
                {"mailPieces":[
                  {"mailPieceId":"FQ087430672GB","summary":{"oneDBarcode":"FQ087430672GB","originCountryCode":"GBR",
                   "destinationCountryCode":"GBR","lastEventCode":"EVKOP","lastEventName":"Delivered",
                   "lastEventDateTime":"2016-10-21T12:19:25+01:00","lastEventLocationName":"Stafford DO"}},
                  {"mailPieceId":"JV123456785GB","error":{"errorCode":"E1142","errorDescription":"Barcode reference JV123456785GB isn't recognised"}}]}
                """);

        assertThat(parsed.events()).singleElement().satisfies(e -> {
            assertThat(e.carrierTrackingNumber().value()).isEqualTo("FQ087430672GB");
            assertThat(e.event().milestone()).isEqualTo(Milestone.DELIVERED);
            assertThat(e.event().occurredAt()).isEqualTo(OffsetDateTime.parse("2016-10-21T12:19:25+01:00"));
        });
        assertThat(parsed.warnings()).singleElement().satisfies(w -> assertThat(w).contains("$.mailPieces[1]", "E1142"));
    }

    @Test
    void notFoundIsAWarningOtherErrorsFail() {
        assertThat(parse("""
                {"httpCode":"404","httpMessage":"Not Found","errors":[{"errorCode":"E1142",
                 "errorDescription":"Barcode reference FQ087430672GB isn't recognised"}]}
                """).warnings()).singleElement().satisfies(w -> assertThat(w).contains("E1142"));
        // Royal Mail's own example error answer
        assertThatThrownBy(() -> parse("""
                {"httpCode":"400","httpMessage":"Bad Request","errors":[{"errorCode":"E0004",
                 "errorDescription":"Failed header validation for X-Accept-RMG-Terms"}]}
                """)).isInstanceOf(CarrierPayloadException.class).hasMessageContaining("E0004: Failed header validation for X-Accept-RMG-Terms");
        assertThatThrownBy(() -> parse("{\"trackResponse\":{}}")).isInstanceOf(CarrierPayloadException.class)
                .hasMessageContaining("$.mailPieces is missing");
        assertThatThrownBy(() -> parse("""
                {"mailPieces":{"mailPieceId":"FQ087430672GB","events":[{"eventCode":"EVKOP","eventDateTime":"21/10/2016 12:19"}]}}
                """)).isInstanceOf(CarrierPayloadException.class).hasMessageContaining("$.mailPieces.events[0]");
    }

    @Test
    void recognisesRoyalMailS10NumbersOnlyWithTheirCheckDigit() {
        assertThat(royalMail.recognise("fq 087 430 672 gb")).hasValueSatisfying(r -> {
            assertThat(r.carrier()).isEqualTo(RoyalMailCarrier.CODE);
            assertThat(r.reason()).contains("S10");
        });
        assertThat(royalMail.recognise("JV123456785GB")).isPresent(); // the UPU standard's own example serial
        assertThat(royalMail.recognise("TT473106286GB")).isPresent();
        assertThat(royalMail.recognise("FQ087430672DE")).isEmpty(); // another postal operator
        assertThat(royalMail.recognise("FQ087430671GB")).isEmpty(); // check digit one off
        assertThat(royalMail.recognise("FQ087431672GB")).isEmpty(); // a serial digit one off
        assertThat(royalMail.recognise("090367574000000FE1E1B")).isEmpty();
        assertThat(royalMail.recognise(null)).isEmpty();
    }

    @Test
    void asksTheEventsOperationWithTheConfiguredCredentials() {
        RoyalMailCarrier configured = new RoyalMailCarrier(RoyalMailCarrierContractTest.CLOCK, Optional.of("client"), Optional.of("secret"));

        HttpRequest request = configured.trackingRequests().orElseThrow()
                .request(URI.create("https://api.royalmail.net/"), List.of(new CarrierTrackingNumber("FQ087430672GB"))).build();

        assertThat(configured.trackingRequests().orElseThrow().maxNumbersPerRequest()).isEqualTo(1);
        assertThat(request.uri()).isEqualTo(URI.create("https://api.royalmail.net/mailpieces/v2/FQ087430672GB/events"));
        assertThat(request.headers().firstValue("X-IBM-Client-Id")).contains("client");
        assertThat(request.headers().firstValue("X-IBM-Client-Secret")).contains("secret");
        assertThat(request.headers().firstValue("X-Accept-RMG-Terms")).contains("yes");
        assertThat(royalMail.trackingRequests().orElseThrow().request(URI.create("https://api.royalmail.net"),
                List.of(new CarrierTrackingNumber("FQ087430672GB"))).build().headers().firstValue("X-IBM-Client-Id")).isEmpty();
    }

    @Test
    void readsAlpha3CountryCodes() {
        assertThat(RoyalMailCarrier.alpha2("GBR")).isEqualTo("GB");
        assertThat(RoyalMailCarrier.alpha2("gb")).isEqualTo("GB");
        assertThat(RoyalMailCarrier.alpha2("XXX")).isNull();
    }
}
