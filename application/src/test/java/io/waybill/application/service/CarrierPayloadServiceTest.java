package io.waybill.application.service;

import static io.waybill.application.fakes.OrderTestData.T0;
import static io.waybill.application.fakes.OrderTestData.UPS;
import static io.waybill.application.fakes.OrderTestData.carrierEvent;
import static io.waybill.application.fakes.OrderTestData.tracking;
import static io.waybill.application.fakes.OrderTestData.uniqueCarrierTrackingNumber;
import static io.waybill.application.fakes.OrderTestData.uniqueEventId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.waybill.application.fakes.InMemoryCarrierFormats;
import io.waybill.application.fakes.MutableClock;
import io.waybill.application.fakes.RecordingCarrierReports;
import io.waybill.application.fakes.RecordingCarrierReports.Estimates;
import io.waybill.application.fakes.RecordingCarrierReports.Events;
import io.waybill.application.port.in.EventOutcome;
import io.waybill.application.port.in.ReceiveCarrierPayloads.Received;
import io.waybill.application.shared.CarrierChannels;
import io.waybill.application.shared.CarrierEstimate;
import io.waybill.application.shared.CarrierPayload;
import io.waybill.application.shared.UnreadablePayloadException;
import io.waybill.domain.order.CarrierTrackingNumber;
import io.waybill.domain.tracking.Milestone;
import io.waybill.domain.tracking.TrackingEvent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class CarrierPayloadServiceTest {

    private static final CarrierChannels UPS_CHANNELS = new CarrierChannels(UPS, true, false);

    private final MutableClock clock = new MutableClock(T0);
    private final InMemoryCarrierFormats formats = new InMemoryCarrierFormats().carrier(UPS_CHANNELS);
    private final RecordingCarrierReports recorded = new RecordingCarrierReports();
    private final CarrierPayloadService service = new CarrierPayloadService(formats,
            new CarrierReportService(recorded.events(), recorded.estimates()), clock);

    @Test
    void knowsTheCarriersItsFormatsRead() {
        assertThat(service.carrier("UPS")).contains(UPS_CHANNELS);
        assertThat(service.carrier("nope")).isEmpty();
    }

    @Test
    void readsThePayloadAsReceivedNowAndRecordsItsEstimatesThenItsEventsUnderItsCarrier() {
        CarrierTrackingNumber number = uniqueCarrierTrackingNumber();
        TrackingEvent pickup = carrierEvent(uniqueEventId("pickup"), Milestone.HANDED_OVER, T0.minusSeconds(600));
        CarrierEstimate estimate = new CarrierEstimate(UPS, number, null, T0.plus(Duration.ofHours(34)), T0);
        CarrierPayload says = new CarrierPayload(List.of(new CarrierPayload.Scan(number, pickup)),
                List.of(new CarrierPayload.Unmapped(number, "ZZ", "Mystery scan", null, "unknown status code")),
                List.of(new CarrierPayload.DeliveryWindow(number, null, T0.plus(Duration.ofHours(34)).atOffset(ZoneOffset.UTC))),
                List.of(estimate), List.of("a warning"));
        formats.teach("pickup", says);
        clock.advance(Duration.ofSeconds(5));

        Received received = service.receive(UPS, "pickup".getBytes(StandardCharsets.UTF_8));

        assertThat(formats.reads()).containsExactly(new InMemoryCarrierFormats.Read(UPS, "pickup", T0.plusSeconds(5)));
        assertThat(recorded.calls()).containsExactly(new Estimates(List.of(estimate)),
                new Events(List.of(tracking(UPS, number, pickup))));
        assertThat(received.payload()).isEqualTo(says);
        assertThat(received.outcomes()).extracting(EventOutcome::result).containsExactly(EventOutcome.Result.ACCEPTED);
    }

    @Test
    void anUnreadablePayloadIsRefusedWholeAndRecordsNothing() {
        assertThatThrownBy(() -> service.receive(UPS, "{oops".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadablePayloadException.class).hasMessageContaining("not a payload of ups");
        assertThat(recorded.calls()).isEmpty();
    }
}
