package io.waybill.adapters.carriers.ups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.waybill.adapters.carriers.spi.CarrierPayloadException;
import io.waybill.adapters.carriers.spi.EstimatedDelivery;
import io.waybill.adapters.carriers.spi.Parsed;
import io.waybill.application.port.in.RecordTrackingEvents;
import io.waybill.domain.order.CarrierTrackingNumber;
import io.waybill.domain.tracking.Milestone;
import io.waybill.domain.tracking.ProofOfDelivery;
import io.waybill.domain.tracking.TrackingEvent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class UpsCarrierTest {

    private final UpsCarrier ups = new UpsCarrier(UpsCarrierContractTest.CLOCK);

    private static byte[] journey() throws IOException {
        try (InputStream in = UpsCarrierTest.class.getResourceAsStream("/fixtures/carriers/ups-delivered-journey.json")) {
            return in.readAllBytes();
        }
    }

    @Test
    void readsADeliveredJourneyInLocalZonesAcrossTheDaylightSavingChange() throws IOException {
        Parsed parsed = ups.parse(journey());
        List<TrackingEvent> timeline = parsed.events().stream().map(RecordTrackingEvents.Event::event)
                .sorted(TrackingEvent.CHRONOLOGICAL).toList();

        assertThat(timeline).extracting(TrackingEvent::milestone).containsExactly(Milestone.HANDED_OVER, Milestone.IN_TRANSIT,
                Milestone.IN_TRANSIT, Milestone.OUT_FOR_DELIVERY, Milestone.DELIVERED);
        assertThat(timeline).extracting(TrackingEvent::occurredAt).containsExactly(
                OffsetDateTime.parse("2024-03-09T17:00-05:00"), // Wayne NJ, still EST
                OffsetDateTime.parse("2024-03-10T23:00-04:00"), // Louisville KY, EDT since 2 a.m. that day
                OffsetDateTime.parse("2024-03-11T12:00-05:00"), // Dallas: UPS's gmtOffset wins
                OffsetDateTime.parse("2024-03-12T08:05-04:00"),
                OffsetDateTime.parse("2024-03-12T14:30-04:00"));
        assertThat(timeline.getLast().proofOfDelivery())
                .isEqualTo(new ProofOfDelivery("J SMITH", "ups:1ZV5R1230300123451:signature", null, null));
        assertThat(timeline).allSatisfy(e -> assertThat(e.receivedAt()).isEqualTo(Instant.parse("2026-01-15T10:00:00Z")));
        assertThat(parsed.events()).allSatisfy(e -> assertThat(e.carrierTrackingNumber()).isEqualTo(new CarrierTrackingNumber("1ZV5R1230300123451")));
    }

    @Test
    void reportsUnknownTypesAndLabelCreationAsUnmapped() throws IOException {
        Parsed parsed = ups.parse(journey());

        assertThat(parsed.unmapped()).hasSize(2);
        assertThat(parsed.unmapped().get(0).rawCode()).isEqualTo("YY/ZZ");
        assertThat(parsed.unmapped().get(0).occurredAt()).isEqualTo(OffsetDateTime.parse("2024-03-10T04:00-04:00"));
        assertThat(parsed.unmapped().get(0).why()).contains("unknown UPS status type YY");
        // the label-creation record has no state: its zone is unknown, so it is kept with its raw time, not read as UTC
        assertThat(parsed.unmapped().get(1).rawCode()).isEqualTo("M/MP");
        assertThat(parsed.unmapped().get(1).occurredAt()).isNull();
        assertThat(parsed.unmapped().get(1).rawTime()).isEqualTo("20240309 120000");
    }

    @Test
    void readsTheScheduledDeliveryWindowInTheDestinationsZone() throws IOException {
        Parsed parsed = ups.parse(journey());

        assertThat(parsed.estimatedDelivery(new CarrierTrackingNumber("1ZV5R1230300123451"))).contains(new EstimatedDelivery(
                new CarrierTrackingNumber("1ZV5R1230300123451"), OffsetDateTime.parse("2024-03-12T09:00-04:00"),
                OffsetDateTime.parse("2024-03-12T17:00-04:00")));
    }

    @Test
    void reportsTheExamplesPlaceholderWarnings() {
        Parsed parsed = ups.parse(readFixture());

        assertThat(parsed.warnings()).anySatisfy(w -> assertThat(w).contains("UPS warning"));
        assertThat(parsed.events()).singleElement().satisfies(e -> {
            assertThat(e.carrierTrackingNumber()).isEqualTo(new CarrierTrackingNumber("1Z023E2X0214323462"));
            assertThat(e.event().reason()).isEqualTo("UPS exception: Your package was released by the customs agency.");
            assertThat(e.event().rawText()).isEqualTo("Your package was released by the customs agency.");
        });
    }

    private static byte[] readFixture() {
        try (InputStream in = UpsCarrierTest.class.getResourceAsStream("/fixtures/carriers/ups-track-response.json")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void namesWhatIsWrongInAMalformedPayload() {
        assertThatThrownBy(() -> ups.parse("{\"trackResponse\":{\"shipment\":[{\"inquiryNumber\":\"1Z023E2X0214323462\",\"package\":[{\"activity\":[{\"date\":\"2021-02-10\",\"time\":\"071356\",\"status\":{\"type\":\"I\"}}]}]}]}}"
                .getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CarrierPayloadException.class)
                .hasMessageContaining("$.trackResponse.shipment[0].package[0].activity[0]")
                .hasMessageContaining("yyyyMMdd");
        assertThatThrownBy(() -> ups.parse("{\"output\":{}}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CarrierPayloadException.class).hasMessageContaining("$.trackResponse is missing");
        assertThatThrownBy(() -> ups.parse("{\"trackResponse\":".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CarrierPayloadException.class).hasMessageContaining("not valid JSON");
    }

    @Test
    void recognisesOneZNumbersOnlyWithTheirCheckDigit() {
        assertThat(ups.recognise("1z 023e2x 02 1432346 2")).hasValueSatisfying(r -> {
            assertThat(r.confidence()).isGreaterThan(0.9);
            assertThat(r.reason()).isEqualTo("UPS 1Z format with valid check digit");
        });
        assertThat(ups.recognise("1Z999AA10123456784")).isPresent();
        assertThat(ups.recognise("1Z999AA10123456785")).isEmpty();
        assertThat(ups.recognise("1Z999AA1012345678")).isEmpty();
        assertThat(ups.recognise("")).isEmpty();
        assertThat(ups.recognise(null)).isEmpty();
    }
}
