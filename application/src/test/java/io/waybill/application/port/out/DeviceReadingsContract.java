package io.waybill.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.waybill.application.fakes.InDefaultTenant;
import io.waybill.domain.telemetry.DeviceId;
import io.waybill.domain.telemetry.Reading;
import io.waybill.domain.tracking.GeoPoint;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What every {@link DeviceReadings} store does: one reading per device and instant, ranges oldest first. */
public abstract class DeviceReadingsContract implements InDefaultTenant {

    protected static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    protected abstract DeviceReadings readings();

    /** A device of the default tenant, registered (a real store checks the reading's device). */
    protected abstract DeviceId aDevice();

    @Test
    void aReadingSentTwiceIsStoredOnceAndEveryMeasurementComesBackAsSent() {
        DeviceId device = aDevice();
        Reading full = new Reading(NOW.minusSeconds(60), new GeoPoint(52.520008, 13.404954), 48.5, 270.0, 34.0, 8.0, 4.2, 61.5,
                1.8, 0.0, 87.0);
        assertThat(readings().append(device, List.of(full, Reading.at(NOW.minusSeconds(30), new GeoPoint(1, 2))), NOW)).isEqualTo(2);
        assertThat(readings().append(device, List.of(full), NOW)).isZero();

        assertThat(readings().between(device, NOW.minusSeconds(3_600), null, 10)).containsExactly(full,
                Reading.at(NOW.minusSeconds(30), new GeoPoint(1, 2)));
    }

    @Test
    void aRangeIsOldestFirstFromIncludedUntilExcludedAndTheLastPositionSkipsReadingsWithoutOne() {
        DeviceId device = aDevice();
        Instant t = NOW.minus(Duration.ofHours(2));
        Reading cold = new Reading(t.plusSeconds(120), null, null, null, null, null, 3.5, null, null, null, null);
        readings().append(device, List.of(cold, Reading.at(t.plusSeconds(60), new GeoPoint(50, 8)),
                Reading.at(t, new GeoPoint(49, 8))), NOW);

        assertThat(readings().between(device, t, t.plusSeconds(120), 10)).extracting(Reading::at).containsExactly(t, t.plusSeconds(60));
        assertThat(readings().between(device, t, null, 2)).hasSize(2);
        assertThat(readings().lastPosition(device, t, null)).hasValueSatisfying(r -> assertThat(r.at()).isEqualTo(t.plusSeconds(60)));
        assertThat(readings().lastPosition(device, t, t.plusSeconds(60))).hasValueSatisfying(r -> assertThat(r.at()).isEqualTo(t));
        assertThat(readings().between(aDevice(), t, null, 10)).as("another device").isEmpty();
    }

    @Test
    void theReadingsOfSeveralDevicesAreStoredTogetherEachUnderItsOwnDevice() {
        DeviceId first = aDevice();
        DeviceId second = aDevice();
        Reading a = Reading.at(NOW.minusSeconds(90), new GeoPoint(48.1, 11.5));
        Reading b = Reading.at(NOW.minusSeconds(60), new GeoPoint(48.2, 11.6));
        readings().append(first, List.of(a), NOW);

        assertThat(readings().appendAll(Map.of(first, List.of(a, b), second, List.of(a)), NOW)).as("a was stored before for the first").isEqualTo(2);
        assertThat(readings().between(first, NOW.minusSeconds(3_600), null, 10)).containsExactly(a, b);
        assertThat(readings().between(second, NOW.minusSeconds(3_600), null, 10)).containsExactly(a);
    }

    @Test
    void readingsAreKeptForAtLeastTheRetention() {
        assertThat(readings().keptSince(NOW)).isBefore(NOW.minus(Duration.ofDays(28)));
    }
}
