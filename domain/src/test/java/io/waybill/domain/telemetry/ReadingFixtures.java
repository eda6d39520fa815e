package io.waybill.domain.telemetry;

import io.waybill.domain.tracking.GeoPoint;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Readings of one trip, timed in minutes after {@link #T0} (1 December 2026, 12:00 UTC). */
final class ReadingFixtures {

    static final Instant T0 = Instant.parse("2026-12-01T12:00:00Z");

    private ReadingFixtures() {
    }

    static Instant minute(double minutes) {
        return T0.plus(Duration.ofSeconds(Math.round(minutes * 60)));
    }

    /** A time of 1 December 2026 in UTC: {@code clock("14:05")}. */
    static Instant clock(String hhmm) {
        return Instant.parse("2026-12-01T" + hhmm + ":00Z");
    }

    static Reading temperature(Instant at, double celsius) {
        return new Reading(at, null, null, null, null, null, celsius, null, null, null, null);
    }

    static Reading temperature(String hhmm, double celsius) {
        return temperature(clock(hhmm), celsius);
    }

    static Reading humidity(String hhmm, double percent) {
        return new Reading(clock(hhmm), null, null, null, null, null, null, percent, null, null, null);
    }

    static Reading shock(String hhmm, double g) {
        return new Reading(clock(hhmm), null, null, null, null, null, null, null, g, null, null);
    }

    static Reading light(String hhmm, double lux) {
        return new Reading(clock(hhmm), null, null, null, null, null, null, null, null, lux, null);
    }

    static Reading battery(Instant at, double percent) {
        return new Reading(at, null, null, null, null, null, null, null, null, null, percent);
    }

    static Reading position(String hhmm) {
        return Reading.at(clock(hhmm), new GeoPoint(52.52, 13.40));
    }

    /** Temperatures every {@code stepMinutes} from {@code T0}. */
    static List<Reading> every(int stepMinutes, double... celsius) {
        List<Reading> readings = new ArrayList<>();
        for (int i = 0; i < celsius.length; i++) {
            readings.add(temperature(minute(i * stepMinutes), celsius[i]));
        }
        return readings;
    }
}
