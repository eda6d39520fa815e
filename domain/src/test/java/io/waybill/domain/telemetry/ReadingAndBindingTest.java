package io.waybill.domain.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.shared.InvalidValueException;
import io.waybill.domain.tracking.GeoPoint;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReadingAndBindingTest {

    private static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");
    private static final DeviceId TRACKER = new DeviceId("IMEI-356938035643809");
    private static final ShipmentId SHIPMENT = new ShipmentId(UUID.randomUUID());

    @Test
    void aReadingNeedsSomethingMeasuredAndRefusesWhatNoSensorReads() {
        assertThat(Reading.at(T0, new GeoPoint(52.5, 13.4)).position()).isEqualTo(new GeoPoint(52.5, 13.4));
        assertThat(new Reading(T0, null, null, null, null, null, 5.5, null, null, null, null).temperatureCelsius()).isEqualTo(5.5);
        assertThatThrownBy(() -> new Reading(T0, null, 80.0, null, null, null, null, null, null, null, null))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("needs a position or a measurement");
        assertThatThrownBy(() -> new Reading(T0, null, null, null, null, null, null, 120.0, null, null, null))
                .hasMessageContaining("humidity").hasMessageContaining("between 0 and 100");
        assertThatThrownBy(() -> new Reading(T0, null, null, null, null, null, Double.NaN, null, null, null, null))
                .hasMessageContaining("temperature");
    }

    @Test
    void aDeviceIdIsWhatTrackersSendAndNothingElse() {
        assertThat(new DeviceId("356938035643809").value()).isEqualTo("356938035643809");
        assertThatThrownBy(() -> new DeviceId("van 7")).hasMessageContaining("deviceId");
        assertThatThrownBy(() -> new DeviceId("x".repeat(65))).hasMessageContaining("deviceId");
    }

    @Test
    void aBindingCoversItsTimeFromIncludedUntilExcludedAndOpenEndedOnes() {
        Binding closed = new Binding(UUID.randomUUID(), TRACKER, SHIPMENT, T0, T0.plusSeconds(3_600));
        assertThat(closed.covers(T0)).isTrue();
        assertThat(closed.covers(T0.plusSeconds(3_599))).isTrue();
        assertThat(closed.covers(T0.plusSeconds(3_600))).isFalse();
        assertThat(closed.covers(T0.minusSeconds(1))).isFalse();
        Binding open = new Binding(UUID.randomUUID(), TRACKER, SHIPMENT, T0.plusSeconds(3_600), null);
        assertThat(open.covers(T0.plusSeconds(999_999))).isTrue();
        assertThat(closed.overlaps(open)).as("one ends where the next begins").isFalse();
        assertThat(new Binding(UUID.randomUUID(), TRACKER, SHIPMENT, T0.plusSeconds(60), null).overlaps(closed)).isTrue();
        assertThatThrownBy(() -> new Binding(UUID.randomUUID(), TRACKER, SHIPMENT, T0, T0)).hasMessageContaining("until");
    }
}
