package io.waybill.domain.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import io.waybill.domain.tracking.GeoPoint;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A logger running low or gone quiet: said in words, since a moment that stays the same while it goes on. */
class DeviceAttentionTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final ConditionProfile CHILLED = ConditionProfile.chilled();

    @Test
    void aBatteryBelowTheLimitNeedsAPersonSinceItFirstStayedBelow() {
        List<Reading> readings = new ArrayList<>();
        double[] battery = {40, 14, 20, 13, 12, 11};
        for (int i = 0; i < battery.length; i++) {
            readings.add(reading(NOW.minus(Duration.ofMinutes(60 - i * 10)), battery[i]));
        }
        ConditionReport report = Conditions.judge(CHILLED, readings, NOW);

        assertThat(DeviceAttention.of(report, readings)).hasValueSatisfying(why -> {
            assertThat(why.since()).as("the last run below 15 %, not the first dip").isEqualTo(NOW.minus(Duration.ofMinutes(30)));
            assertThat(why.reason()).isEqualTo("Battery of the shipment's device at 11 % (below 15 %) since 1 Dec 11:30 UTC: it may"
                    + " stop reporting before delivery");
        });
        assertThat(DeviceAttention.of(Conditions.judge(CHILLED, readings.subList(0, 3), NOW), readings.subList(0, 3)))
                .as("back at 20 % after the first dip").isEmpty();
    }

    @Test
    void silenceOverTwoHoursNeedsAPersonSinceTheNewestReading() {
        List<Reading> readings = List.of(reading(NOW.minus(Duration.ofHours(4)), 80), reading(NOW.minus(Duration.ofHours(3)), 79));

        assertThat(DeviceAttention.of(Conditions.judge(CHILLED, readings, NOW), readings)).hasValueSatisfying(why -> {
            assertThat(why.since()).isEqualTo(NOW.minus(Duration.ofHours(3)));
            assertThat(why.reason()).startsWith("No reading from the shipment's devices since 1 Dec 09:00 UTC (silent for over 2 h)");
        });
        assertThat(DeviceAttention.of(Conditions.judge(CHILLED, readings, NOW.minus(Duration.ofMinutes(170))), readings))
                .as("an hour after the last reading").isEmpty();
    }

    private static Reading reading(Instant at, double battery) {
        return new Reading(at, new GeoPoint(52.5, 13.4), null, null, null, null, 5.0, null, null, null, battery);
    }
}
