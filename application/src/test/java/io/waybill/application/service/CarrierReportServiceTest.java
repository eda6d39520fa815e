package io.waybill.application.service;

import static io.waybill.application.fakes.OrderTestData.T0;
import static io.waybill.application.fakes.OrderTestData.UPS;
import static io.waybill.application.fakes.OrderTestData.carrierEvent;
import static io.waybill.application.fakes.OrderTestData.tracking;
import static io.waybill.application.fakes.OrderTestData.uniqueCarrierTrackingNumber;
import static io.waybill.application.fakes.OrderTestData.uniqueEventId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.waybill.application.fakes.RecordingCarrierReports;
import io.waybill.application.fakes.RecordingCarrierReports.Estimates;
import io.waybill.application.fakes.RecordingCarrierReports.Events;
import io.waybill.application.port.in.EventOutcome;
import io.waybill.application.port.in.RecordCarrierReports.CarrierReport;
import io.waybill.application.port.in.RecordTrackingEvents;
import io.waybill.application.shared.CarrierEstimate;
import io.waybill.domain.order.CarrierTrackingNumber;
import io.waybill.domain.tracking.Milestone;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CarrierReportServiceTest {

    private final RecordingCarrierReports recorded = new RecordingCarrierReports();
    private final CarrierReportService service = new CarrierReportService(recorded.events(), recorded.estimates());

    @Test
    void recordsTheCarriersEstimatesBeforeItsEvents() {
        CarrierTrackingNumber number = uniqueCarrierTrackingNumber();
        CarrierEstimate estimate = estimate(number);
        RecordTrackingEvents.Event pickup = pickup(number);

        List<EventOutcome> outcomes = service.recordReport(new CarrierReport(UPS, List.of(estimate), List.of(pickup)));

        assertThat(recorded.calls()).containsExactly(new Estimates(List.of(estimate)), new Events(List.of(pickup)));
        assertThat(outcomes).extracting(EventOutcome::index, EventOutcome::result)
                .containsExactly(tuple(0, EventOutcome.Result.ACCEPTED));
    }

    @Test
    void anEstimateThatCannotBeKeptCostsNoneOfTheEvents() {
        CarrierTrackingNumber number = uniqueCarrierTrackingNumber();
        recorded.failEstimatesWith(new IllegalStateException("predictions store: connection refused"));

        List<EventOutcome> outcomes = service.recordReport(new CarrierReport(UPS, List.of(estimate(number)), List.of(pickup(number))));

        assertThat(outcomes).extracting(EventOutcome::result).containsExactly(EventOutcome.Result.ACCEPTED);
        assertThat(recorded.recordedEvents()).hasSize(1);
        assertThat(recorded.recordedEstimates()).isEmpty();
    }

    @Test
    void asksForNothingThatTheReportDoesNotHold() {
        assertThat(service.recordReport(new CarrierReport(UPS, List.of(), List.of()))).isEmpty();
        assertThat(recorded.calls()).isEmpty();
    }

    @Test
    void recordsALargeReportInBatchesWithOneOutcomePerEventNumberedAcrossThem() {
        CarrierTrackingNumber number = uniqueCarrierTrackingNumber();
        int size = 2 * CarrierReportService.BATCH + 500;
        List<RecordTrackingEvents.Event> events = IntStream.range(0, size).mapToObj(i -> pickup(number)).toList();

        List<EventOutcome> outcomes = service.recordReport(new CarrierReport(UPS, List.of(), events));

        assertThat(recorded.calls()).extracting(call -> ((Events) call).events().size())
                .containsExactly(CarrierReportService.BATCH, CarrierReportService.BATCH, 500);
        assertThat(recorded.recordedEvents()).isEqualTo(events);
        assertThat(outcomes).extracting(EventOutcome::index).isEqualTo(IntStream.range(0, size).boxed().toList());
    }

    private static CarrierEstimate estimate(CarrierTrackingNumber number) {
        return new CarrierEstimate(UPS, number, T0.plus(Duration.ofHours(30)), T0.plus(Duration.ofHours(34)), T0);
    }

    private static RecordTrackingEvents.Event pickup(CarrierTrackingNumber number) {
        return tracking(UPS, number, carrierEvent(uniqueEventId("pickup"), Milestone.HANDED_OVER, T0.plusSeconds(60)));
    }
}
