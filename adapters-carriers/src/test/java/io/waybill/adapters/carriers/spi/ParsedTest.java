package io.waybill.adapters.carriers.spi;

import static org.assertj.core.api.Assertions.assertThat;

import io.waybill.application.shared.CarrierEstimate;
import io.waybill.application.shared.CarrierPayload;
import io.waybill.domain.order.CarrierCode;
import io.waybill.domain.order.CarrierTrackingNumber;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParsedTest {

    private static final CarrierCode DHL = new CarrierCode("dhl");
    private static final CarrierTrackingNumber ONE = new CarrierTrackingNumber("JJD000390007");
    private static final CarrierTrackingNumber TWO = new CarrierTrackingNumber("JJD000390008");
    private static final Instant RECEIVED = Instant.parse("2026-11-02T08:00:00Z");

    @Test
    void eachTrackingNumbersLastEstimateIsRecordedAndOneWithOnlyItsEarliestEndIsDueThen() {
        OffsetDateTime morning = OffsetDateTime.parse("2026-11-04T09:00:00+01:00");
        OffsetDateTime evening = OffsetDateTime.parse("2026-11-04T18:00:00+01:00");
        OffsetDateTime nextDay = OffsetDateTime.parse("2026-11-05T12:00:00+01:00");
        Parsed parsed = new Parsed(List.of(), List.of(), List.of(new EstimatedDelivery(ONE, morning, evening),
                new EstimatedDelivery(TWO, null, evening), new EstimatedDelivery(ONE, nextDay, null)), List.of());

        assertThat(parsed.carrierEstimates(DHL, RECEIVED)).containsExactly(
                new CarrierEstimate(DHL, ONE, nextDay.toInstant(), nextDay.toInstant(), RECEIVED),
                new CarrierEstimate(DHL, TWO, null, evening.toInstant(), RECEIVED));
        assertThat(new Parsed(List.of(), List.of(), List.of(), List.of()).carrierEstimates(DHL, RECEIVED)).isEmpty();
    }

    @Test
    void anEstimateWaybillCannotKeepIsLeftOutAndTheOthersStay() {
        OffsetDateTime evening = OffsetDateTime.parse("2026-11-04T18:00:00+01:00");
        OffsetDateTime placeholder = OffsetDateTime.parse("1900-01-01T00:00:00Z");
        Parsed parsed = new Parsed(List.of(), List.of(), List.of(new EstimatedDelivery(ONE, null, placeholder),
                new EstimatedDelivery(TWO, null, evening)), List.of());

        assertThat(parsed.carrierEstimates(DHL, RECEIVED)).containsExactly(
                new CarrierEstimate(DHL, TWO, null, evening.toInstant(), RECEIVED));
    }

    @Test
    void asAPayloadItKeepsEveryWindowAsGivenBesideTheEstimatesWaybillKeepsAndTheUnmappedReports() {
        OffsetDateTime evening = OffsetDateTime.parse("2026-11-04T18:00:00+01:00");
        OffsetDateTime placeholder = OffsetDateTime.parse("1900-01-01T00:00:00Z");
        Unmapped unknown = new Unmapped(ONE, "ZZ", "Mystery", evening, "2026-11-04 18:00", null, "unknown status code");
        Parsed parsed = new Parsed(List.of(), List.of(unknown), List.of(new EstimatedDelivery(ONE, null, placeholder),
                new EstimatedDelivery(TWO, null, evening)), List.of("skipped a placeholder"));

        CarrierPayload payload = parsed.payload(DHL, RECEIVED);

        assertThat(payload.deliveryWindows()).containsExactly(new CarrierPayload.DeliveryWindow(ONE, null, placeholder),
                new CarrierPayload.DeliveryWindow(TWO, null, evening));
        assertThat(payload.estimates()).isEqualTo(parsed.carrierEstimates(DHL, RECEIVED));
        assertThat(payload.unmapped()).containsExactly(new CarrierPayload.Unmapped(ONE, "ZZ", "Mystery", evening, "unknown status code"));
        assertThat(payload.warnings()).containsExactly("skipped a placeholder");
        assertThat(payload.events()).isEmpty();
    }
}
