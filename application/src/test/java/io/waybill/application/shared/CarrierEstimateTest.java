package io.waybill.application.shared;

import static io.waybill.application.fakes.OrderTestData.T0;
import static io.waybill.application.fakes.OrderTestData.UPS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.waybill.domain.order.CarrierTrackingNumber;
import io.waybill.domain.shared.InvalidValueException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CarrierEstimateTest {

    private static final CarrierTrackingNumber NUMBER = new CarrierTrackingNumber("1ZV5R1230300123451");

    @Test
    void aWindowMayLackItsEarliestEndButNeverEndsBeforeItBegins() {
        CarrierEstimate latestOnly = new CarrierEstimate(UPS, NUMBER, null, T0.plusNanos(1_234_567), T0);
        assertThat(latestOnly.earliest()).isNull();
        assertThat(latestOnly.latest()).as("kept to the microsecond, as stored").isEqualTo(T0.plusNanos(1_234_000));

        assertThatThrownBy(() -> new CarrierEstimate(UPS, NUMBER, T0.plus(Duration.ofHours(2)), T0.plus(Duration.ofHours(1)), T0))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("latest"))
                .hasMessageContaining("ends (2026-11-02T09:00:00Z) before it begins (2026-11-02T10:00:00Z)");
    }

    @Test
    void theCarrierTheNumberTheLatestEndAndTheReportTimeAreRequired() {
        assertThatThrownBy(() -> new CarrierEstimate(null, NUMBER, null, T0, T0))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("carrier"));
        assertThatThrownBy(() -> new CarrierEstimate(UPS, null, null, T0, T0))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("carrierTrackingNumber"));
        assertThatThrownBy(() -> new CarrierEstimate(UPS, NUMBER, T0, null, T0))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("latest"));
        assertThatThrownBy(() -> new CarrierEstimate(UPS, NUMBER, T0, T0, null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("reportedAt"));
    }

    @Test
    void aReportReplacesOnlyAnEarlierOne() {
        CarrierEstimate earlier = new CarrierEstimate(UPS, NUMBER, null, T0.plus(Duration.ofDays(1)), T0);
        CarrierEstimate later = new CarrierEstimate(UPS, NUMBER, null, T0.plus(Duration.ofDays(2)), T0.plusSeconds(1));

        assertThat(later.newerThan(earlier)).isTrue();
        assertThat(earlier.newerThan(later)).isFalse();
        assertThat(later.newerThan(later)).as("the same instant is not newer").isFalse();
    }
}
