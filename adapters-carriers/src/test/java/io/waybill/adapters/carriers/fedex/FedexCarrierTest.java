package io.waybill.adapters.carriers.fedex;

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
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class FedexCarrierTest {

    private final FedexCarrier fedex = new FedexCarrier(FedexCarrierContractTest.CLOCK);

    private static byte[] resource(String name) {
        try (InputStream in = FedexCarrierTest.class.getResourceAsStream("/fixtures/carriers/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void readsADeliveredJourneyWithProofOfDelivery() {
        Parsed parsed = fedex.parse(resource("fedex-delivered-journey.json"));
        List<TrackingEvent> timeline = parsed.events().stream().map(RecordTrackingEvents.Event::event)
                .sorted(TrackingEvent.CHRONOLOGICAL).toList();

        assertThat(timeline).extracting(TrackingEvent::milestone).containsExactly(Milestone.HANDED_OVER, Milestone.IN_TRANSIT,
                Milestone.OUT_FOR_DELIVERY, Milestone.DELIVERED);
        assertThat(timeline).extracting(TrackingEvent::occurredAt).containsExactly(
                OffsetDateTime.parse("2024-11-02T18:00-07:00"),
                OffsetDateTime.parse("2024-11-04T23:10-06:00"), // no offset given: Chicago, CST since 3 November
                OffsetDateTime.parse("2024-11-05T07:40-06:00"),
                OffsetDateTime.parse("2024-11-05T10:12-06:00"));
        assertThat(timeline.getLast().proofOfDelivery()).isEqualTo(new ProofOfDelivery("M.MILLER", null, null, null));
        assertThat(parsed.unmapped()).extracting(u -> u.rawCode()).containsExactly("QQ", "OC");
        assertThat(parsed.unmapped().getFirst().occurredAt()).isEqualTo(OffsetDateTime.parse("2024-11-03T01:30-04:00"));
        assertThat(parsed.estimatedDeliveries()).containsExactly(new EstimatedDelivery(new CarrierTrackingNumber("128667043726"),
                null, OffsetDateTime.parse("2024-11-05T20:00-06:00")));
    }

    @Test
    void keepsTheExceptionInTheReasonAndReportsTrackingErrorsAsWarnings() {
        Parsed parsed = fedex.parse(resource("fedex-track-response.json"));

        assertThat(parsed.events()).singleElement().satisfies(e ->
                assertThat(e.event().reason()).isEqualTo("picked up; exception A25: Package available for clearance"));
        assertThat(parsed.warnings()).anySatisfy(w -> assertThat(w).contains("39936862321").contains("TRACKING.TRACKINGNUMBER.NOTFOUND"));
    }

    @Test
    void namesWhatIsWrongInAMalformedPayload() {
        String badDate = """
                {"output":{"completeTrackResults":[{"trackingNumber":"128667043726","trackResults":[{"scanEvents":[
                {"date":"yesterday","eventType":"PU"}]}]}]}}""";
        assertThatThrownBy(() -> fedex.parse(badDate.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CarrierPayloadException.class)
                .hasMessageContaining("$.output.completeTrackResults[0].trackResults[0].scanEvents[0].date")
                .hasMessageContaining("'yesterday'");
        assertThatThrownBy(() -> fedex.parse("{\"errors\":[{\"code\":\"NOT.AUTHORIZED\"}]}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CarrierPayloadException.class).hasMessageContaining("NOT.AUTHORIZED");
    }

    @Test
    void recognisesFedexNumbersByShapeAndCheckDigit() {
        assertThat(fedex.recognise("1286 6704 3726")).hasValueSatisfying(r -> assertThat(r.reason()).contains("12-digit"));
        assertThat(fedex.recognise("128667043725")).isEmpty();
        assertThat(fedex.recognise("012345678905")).isEmpty(); // GS1-valid but not a FedEx Express check digit
        assertThat(fedex.recognise("123456789012344")).isEmpty();
        assertThat(fedex.recognise("123456789012343")).hasValueSatisfying(r -> assertThat(r.reason()).contains("Ground"));
        assertThat(fedex.recognise("9612345123456789012343")).hasValueSatisfying(r -> assertThat(r.reason()).contains("96"));
        assertThat(fedex.recognise("1Z023E2X0214323462")).isEmpty();
    }
}
