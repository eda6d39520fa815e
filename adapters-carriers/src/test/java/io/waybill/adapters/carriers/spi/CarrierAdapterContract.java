package io.waybill.adapters.carriers.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.waybill.application.port.in.RecordTrackingEvents;
import io.waybill.application.shared.CarrierEstimate;
import io.waybill.domain.tracking.Location;
import io.waybill.domain.tracking.Milestone;
import io.waybill.domain.tracking.ProofOfDelivery;
import io.waybill.domain.tracking.SourceType;
import io.waybill.domain.tracking.TrackingEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The carrier adapter contract: every {@link CarrierAdapter} passes it with its carrier's real payloads. A
 * subclass names the adapter, its fixture and what the fixture must read as.
 */
public abstract class CarrierAdapterContract {

    /** One event of the expected timeline; {@code occurredAt} is compared with its offset. */
    public record Expected(Milestone milestone, String rawCode, OffsetDateTime occurredAt, Location location, ProofOfDelivery proof) {
    }

    protected abstract CarrierAdapter adapter();

    /** A real payload of the carrier. */
    protected abstract byte[] fixture();

    /** The fixture's events, chronologically. */
    protected abstract List<Expected> expectedTimeline();

    /** The fixture's estimated deliveries. */
    protected abstract List<EstimatedDelivery> expectedEstimatedDeliveries();

    /** A tracking number the fixture is about. */
    protected abstract String ownTrackingNumber();

    /** Tracking numbers of other carriers the adapter must not claim. */
    protected abstract List<String> otherCarriersNumbers();

    /** A payload holding a status code the adapter does not know, and that code. */
    protected abstract byte[] payloadWithUnknownCode();

    protected abstract String unknownCode();

    protected static byte[] resource(String path) {
        try (InputStream in = CarrierAdapterContract.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<TrackingEvent> timeline(Parsed parsed) {
        return parsed.events().stream().map(RecordTrackingEvents.Event::event).sorted(TrackingEvent.CHRONOLOGICAL).toList();
    }

    @Test
    void readsTheFixtureAsTheExpectedTimeline() {
        List<TrackingEvent> timeline = timeline(adapter().parse(fixture()));

        assertThat(timeline).hasSize(expectedTimeline().size());
        for (int i = 0; i < timeline.size(); i++) {
            TrackingEvent actual = timeline.get(i);
            Expected expected = expectedTimeline().get(i);
            assertThat(actual.milestone()).as("milestone of event %d", i).isEqualTo(expected.milestone());
            assertThat(actual.rawCode()).as("raw code of event %d", i).isEqualTo(expected.rawCode());
            assertThat(actual.occurredAt()).as("occurred-at of event %d, offset included", i).isEqualTo(expected.occurredAt());
            assertThat(actual.location()).as("location of event %d", i).isEqualTo(expected.location());
            assertThat(actual.proofOfDelivery()).as("proof of delivery of event %d", i).isEqualTo(expected.proof());
        }
    }

    @Test
    void readsTheFixturesEstimatedDelivery() {
        assertThat(adapter().parse(fixture()).estimatedDeliveries()).isEqualTo(expectedEstimatedDeliveries());
    }

    @Test
    void theFixturesEstimatesAreRecordedAsTheCarriersOwnWhenReceived() {
        Instant received = Instant.parse("2026-11-02T08:00:00Z");
        Map<String, EstimatedDelivery> lastPerNumber = new LinkedHashMap<>();
        expectedEstimatedDeliveries().forEach(e -> lastPerNumber.put(e.trackingNumber().value(), e));

        List<CarrierEstimate> recorded = adapter().parse(fixture()).carrierEstimates(adapter().code(), received);

        assertThat(recorded).hasSize(lastPerNumber.size()).allSatisfy(estimate -> {
            EstimatedDelivery given = lastPerNumber.get(estimate.number().value());
            assertThat(estimate.carrier()).isEqualTo(adapter().code());
            assertThat(estimate.reportedAt()).isEqualTo(received);
            assertThat(estimate.earliest()).isEqualTo(given.earliest() == null ? null : given.earliest().toInstant());
            assertThat(estimate.latest()).isEqualTo((given.latest() != null ? given.latest() : given.earliest()).toInstant());
        });
    }

    @Test
    void everyEventHasAUniqueSourceEventIdStableAcrossParses() {
        Parsed first = adapter().parse(fixture());
        Parsed second = adapter().parse(fixture());

        List<String> ids = first.events().stream().map(e -> e.event().key().sourceEventId()).toList();
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(second.events().stream().map(e -> e.event().key().sourceEventId()).toList()).isEqualTo(ids);
        for (int i = 0; i < first.events().size(); i++) {
            assertThat(second.events().get(i).event().sameContentAs(first.events().get(i).event())).isTrue();
        }
    }

    @Test
    void eventsComeFromTheCarrierByItsCodeAndNameTheShipment() {
        Parsed parsed = adapter().parse(fixture());

        assertThat(parsed.events()).isNotEmpty().allSatisfy(event -> {
            assertThat(event.event().key().source().type()).isEqualTo(SourceType.CARRIER);
            assertThat(event.event().key().source().name()).isEqualTo(adapter().code().value());
            assertThat(event.carrier()).isEqualTo(adapter().code());
            assertThat(event.carrierTrackingNumber()).isNotNull();
            assertThat(event.event().milestone().isCarrierMilestone()).isTrue();
        });
    }

    @Test
    void occurredAtKeepsTheOffsetOfWhereItHappened() {
        Parsed parsed = adapter().parse(fixture());

        assertThat(parsed.events()).allSatisfy(event -> assertThat(event.event().occurredAt().getOffset()).isNotNull());
        // an offset that is not UTC proves that local times were not read as UTC
        assertThat(parsed.events()).anySatisfy(event -> assertThat(event.event().occurredAt().getOffset().getTotalSeconds()).isNotZero());
    }

    @Test
    void refusesGarbageWithAMessage() {
        byte[] garbage = "this is no carrier payload {".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> adapter().parse(garbage)).isInstanceOf(CarrierPayloadException.class)
                .satisfies(e -> assertThat(e.getMessage()).isNotBlank());
    }

    @Test
    void refusesAnEmptyPayloadWithAMessage() {
        assertThatThrownBy(() -> adapter().parse(new byte[0])).isInstanceOf(CarrierPayloadException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void keepsUnknownCodesAsUnmappedNotAsEvents() {
        Parsed parsed = adapter().parse(payloadWithUnknownCode());

        assertThat(parsed.unmapped()).anySatisfy(unmapped -> {
            assertThat(unmapped.rawCode()).contains(unknownCode());
            assertThat(unmapped.why()).isNotBlank();
            assertThat(unmapped.trackingNumber()).isNotNull();
        });
        assertThat(parsed.events()).noneSatisfy(event -> assertThat(event.event().rawCode()).isEqualTo(unknownCode()));
    }

    @Test
    void recognisesItsOwnTrackingNumber() {
        assertThat(adapter().recognise(ownTrackingNumber())).hasValueSatisfying(recognition -> {
            assertThat(recognition.carrier()).isEqualTo(adapter().code());
            assertThat(recognition.confidence()).isBetween(0.0, 1.0);
            assertThat(recognition.reason()).isNotBlank();
        });
    }

    @Test
    void rejectsOtherCarriersNumbers() {
        assertThat(otherCarriersNumbers()).isNotEmpty().allSatisfy(number -> assertThat(adapter().recognise(number)).as(number).isEmpty());
    }

    @Test
    void canBeAskedOverHttpExactlyWhenItSaysItCanBePolled() {
        CarrierAdapter adapter = adapter();
        assertThat(adapter.trackingRequests().isPresent()).as("tracking requests if and only if it can be polled")
                .isEqualTo(adapter.modes().contains(CarrierAdapter.Mode.POLL));
        adapter.trackingRequests().ifPresent(requests -> {
            assertThat(requests.maxNumbersPerRequest()).isPositive();
            java.net.http.HttpRequest request = requests.request(java.net.URI.create("https://carrier.example/api/"),
                    List.of(new io.waybill.domain.order.CarrierTrackingNumber(ownTrackingNumber()))).build();
            assertThat(request.uri().toString()).startsWith("https://carrier.example/api/").doesNotContain("api//");
            if (request.method().equals("GET")) {
                assertThat(request.uri().toString()).contains(ownTrackingNumber());
            } else {
                assertThat(request.method()).isEqualTo("POST");
                assertThat(request.bodyPublisher()).isPresent();
            }
        });
    }

    @Test
    void describesItself() {
        assertThat(adapter().displayName()).isNotBlank();
        assertThat(adapter().modes()).isNotEmpty();
    }
}
