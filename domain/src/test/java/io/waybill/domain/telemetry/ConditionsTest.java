package io.waybill.domain.telemetry;

import static io.waybill.domain.telemetry.ReadingFixtures.battery;
import static io.waybill.domain.telemetry.ReadingFixtures.clock;
import static io.waybill.domain.telemetry.ReadingFixtures.every;
import static io.waybill.domain.telemetry.ReadingFixtures.humidity;
import static io.waybill.domain.telemetry.ReadingFixtures.light;
import static io.waybill.domain.telemetry.ReadingFixtures.position;
import static io.waybill.domain.telemetry.ReadingFixtures.shock;
import static io.waybill.domain.telemetry.ReadingFixtures.temperature;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.waybill.domain.telemetry.ConditionProfile.Band;
import io.waybill.domain.telemetry.ConditionReport.Check;
import io.waybill.domain.telemetry.Excursion.Kind;
import io.waybill.domain.telemetry.Excursion.Measure;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ConditionsTest {

    private static final Instant NOW = clock("16:00");

    /** 13:50 in band, 14:00 out, highest 11.2 °C at 14:05, back in at 14:47: 47 minutes above 8 °C. */
    private static List<Reading> oneLongExcursion() {
        return List.of(temperature("13:50", 5.0), temperature("14:00", 9.0), temperature("14:05", 11.2),
                temperature("14:20", 10.1), temperature("14:40", 8.5), temperature("14:47", 7.5), temperature("15:00", 6.0));
    }

    @Test
    void aCleanTripHasNoExcursionAndNoReason() {
        ConditionReport report = Conditions.judge(ConditionProfile.chilled(), every(5, 4, 5, 6, 8, 7.9, 5, 2, 3, 4), ReadingFixtures.minute(50));

        assertThat(report.excursions()).isEmpty();
        assertThat(report.breached()).isFalse();
        assertThat(report.reasons()).isEmpty();
        Check temperature = report.check(Measure.TEMPERATURE);
        assertThat(temperature.outside()).as("8 °C and 2 °C are inside 2–8 °C").isZero();
        assertThat(temperature.unknownMinutes()).isZero();
        assertThat(report.check(Measure.HUMIDITY)).as("not constrained, not checked").isNull();
        assertThat(report.mktCelsius()).isBetween(4.0, 6.0);
    }

    @Test
    void oneLongExcursionBreachesWithItsDurationFromFirstReadingOutToFirstBackIn() {
        ConditionReport report = Conditions.judge(ConditionProfile.chilled(), oneLongExcursion(), NOW);

        assertThat(report.excursions()).singleElement().satisfies(excursion -> {
            assertThat(excursion.kind()).isEqualTo(Kind.TEMPERATURE_HIGH);
            assertThat(excursion.from()).isEqualTo(clock("14:00"));
            assertThat(excursion.until()).isEqualTo(clock("14:47"));
            assertThat(excursion.duration()).isEqualTo(Duration.ofMinutes(47));
            assertThat(excursion.worst()).isEqualTo(11.2);
            assertThat(excursion.worstAt()).isEqualTo(clock("14:05"));
            assertThat(excursion.ongoing()).isFalse();
        });
        assertThat(report.breached()).isTrue();
        assertThat(report.check(Measure.TEMPERATURE).minutesOutside()).isEqualTo(47);
        assertThat(report.reasons()).containsExactly(
                "Temperature above 8 °C for 47 min in total (allowed 30 min); highest 11.2 °C at 14:05 UTC");
    }

    @Test
    void shortExcursionsAddUpToABreachAndExactlyTheToleranceDoesNot() {
        List<Reading> tenTwelveTen = List.of(temperature("14:00", 9), temperature("14:10", 5), temperature("14:30", 1.5),
                temperature("14:42", 3), temperature("15:00", 8.4), temperature("15:10", 7));
        ConditionReport breached = Conditions.judge(ConditionProfile.chilled(), tenTwelveTen, NOW);

        assertThat(breached.excursions()).extracting(Excursion::duration)
                .containsExactly(Duration.ofMinutes(10), Duration.ofMinutes(12), Duration.ofMinutes(10));
        assertThat(breached.excursions()).extracting(Excursion::kind)
                .containsExactly(Kind.TEMPERATURE_HIGH, Kind.TEMPERATURE_LOW, Kind.TEMPERATURE_HIGH);
        assertThat(breached.reasons()).containsExactly("Temperature outside 2–8 °C for 32 min in total (allowed 30 min);"
                + " highest 9 °C at 14:00 UTC; lowest 1.5 °C at 14:30 UTC");

        List<Reading> tenTwentyExactly = List.of(temperature("14:00", 9), temperature("14:10", 5), temperature("14:30", 9),
                temperature("14:50", 5));
        assertThat(Conditions.judge(ConditionProfile.chilled(), tenTwentyExactly, NOW).breached())
                .as("at most 30 minutes: 30 is allowed").isFalse();

        List<Reading> tenSecondsMore = List.of(temperature("14:00", 9), temperature("14:20", 9),
                temperature(clock("14:30").plusSeconds(10), 5));
        ConditionReport justOver = Conditions.judge(ConditionProfile.chilled(), tenSecondsMore, NOW);
        assertThat(justOver.breached()).isTrue();
        assertThat(justOver.reasons().getFirst()).as("rounded up, never shown as within while over")
                .startsWith("Temperature above 8 °C for 31 min in total (allowed 30 min)");
    }

    @Test
    void oneExcursionLongerThanTheLimitInOneGoBreachesWithinTheTotal() {
        ConditionProfile profile = new ConditionProfile(Band.between(2, 8, Duration.ofMinutes(60)).inOneGoAtMost(Duration.ofMinutes(20)),
                null, null, null);
        List<Reading> readings = List.of(temperature("14:00", 8.6), temperature("14:10", 9.4), temperature("14:25", 6),
                temperature("14:40", 9), temperature("14:45", 7));

        ConditionReport report = Conditions.judge(profile, readings, NOW);

        Check temperature = report.check(Measure.TEMPERATURE);
        assertThat(temperature.outside()).isEqualTo(Duration.ofMinutes(30));
        assertThat(temperature.longest()).isEqualTo(Duration.ofMinutes(25));
        assertThat(report.reasons()).containsExactly("Temperature above 8 °C for 25 min in one go from 14:00 UTC"
                + " (allowed 20 min in one go); highest 9.4 °C at 14:10 UTC");
    }

    @Test
    void aGapLongerThanMaxGapIsUnknownNeitherInNorOutAndEndsTheExcursion() {
        List<Reading> readings = List.of(temperature("12:00", 9), temperature("12:20", 9), temperature("14:20", 9),
                temperature("14:30", 9), temperature("14:40", 5));

        ConditionReport report = Conditions.judge(ConditionProfile.chilled(), readings, NOW);

        assertThat(report.excursions()).extracting(Excursion::from, Excursion::until).containsExactly(
                tuple(clock("12:00"), clock("12:20")),
                tuple(clock("14:20"), clock("14:40")));
        Check temperature = report.check(Measure.TEMPERATURE);
        assertThat(temperature.minutesOutside()).as("the two hours between 12:20 and 14:20 are not counted").isEqualTo(40);
        assertThat(temperature.unknownMinutes()).isEqualTo(120);
        assertThat(report.reasons()).containsExactly("Temperature above 8 °C for 40 min in total (allowed 30 min); highest 9 °C"
                + " at 12:00 UTC; 120 min without readings not counted");

        ConditionReport wider = Conditions.judge(ConditionProfile.chilled(), readings, NOW,
                Conditions.Settings.DEFAULTS.withMaxGap(Duration.ofHours(3)));
        assertThat(wider.check(Measure.TEMPERATURE).minutesOutside()).as("with a 3 h gap limit the gap is known").isEqualTo(160);
        assertThat(wider.check(Measure.TEMPERATURE).unknownMinutes()).isZero();
    }

    @Test
    void readingsInAnyOrderGiveTheSameReport() {
        List<Reading> shuffled = new ArrayList<>(oneLongExcursion());
        Collections.shuffle(shuffled, new Random(14));

        assertThat(Conditions.judge(ConditionProfile.chilled(), shuffled, NOW))
                .isEqualTo(Conditions.judge(ConditionProfile.chilled(), oneLongExcursion(), NOW));
    }

    @Test
    void readingsWithoutATemperatureNeitherEndAnExcursionNorBridgeAGap() {
        List<Reading> readings = List.of(temperature("14:00", 9), position("14:05"), battery(clock("14:10"), 80), position("14:15"),
                temperature("14:20", 9.5), temperature("14:25", 5), position("14:35"), position("14:45"), position("14:55"),
                temperature("15:05", 5));

        ConditionReport report = Conditions.judge(ConditionProfile.chilled(), readings, NOW);

        assertThat(report.excursions()).singleElement().extracting(Excursion::duration).isEqualTo(Duration.ofMinutes(25));
        assertThat(report.check(Measure.TEMPERATURE).unknownMinutes())
                .as("14:25 to 15:05 has positions but no temperature: 40 min unknown").isEqualTo(40);
        assertThat(report.mktCelsius()).isNotNull();
    }

    @Test
    void oneShockOrOneLightReadingAboveTheLimitBreachesWhateverItLasted() {
        ConditionProfile profile = ConditionProfile.chilled().withShockLimit(5).withLightLimit(100);
        List<Reading> readings = List.of(shock("14:00", 2), shock("14:05", 9.3), shock("14:06", 3), shock("14:20", 6),
                light("14:00", 0), light("14:10", 850), light("14:22", 40), shock("14:25", 5));

        ConditionReport report = Conditions.judge(profile, readings, NOW);

        assertThat(report.excursions()).extracting(Excursion::kind).containsExactly(Kind.SHOCK, Kind.LIGHT, Kind.SHOCK);
        assertThat(report.check(Measure.TEMPERATURE).breached()).as("no temperature read, nothing outside").isFalse();
        assertThat(report.reasons()).containsExactly("Shock above 5 g twice; strongest 9.3 g at 14:05 UTC",
                "Light above 100 lux (package opened) once; brightest 850 lux at 14:10 UTC");
    }

    @Test
    void humidityBandBothWaysAndAnExcursionStillGoingAtTheLastReading() {
        ConditionProfile profile = new ConditionProfile(null, Band.between(30, 60, Duration.ofMinutes(15)), null, null);
        List<Reading> readings = List.of(humidity("14:00", 45), humidity("14:10", 25), humidity("14:20", 50),
                humidity("14:30", 72.25), humidity("14:50", 80));

        ConditionReport report = Conditions.judge(profile, readings, NOW);

        assertThat(report.excursions().getLast().ongoing()).isTrue();
        assertThat(report.excursions().getLast().until()).isEqualTo(clock("14:50"));
        assertThat(report.reasons()).containsExactly("Humidity outside 30–60 % for 30 min in total (allowed 15 min);"
                + " highest 80 % at 14:50 UTC; lowest 25 % at 14:10 UTC; still above at the last reading");
    }

    @Test
    void aSingleReadingOutAtTheEndIsAnOngoingExcursionOfNoTimeYet() {
        ConditionReport report = Conditions.judge(ConditionProfile.frozen(), List.of(temperature("14:00", -20),
                temperature("14:15", -12)), NOW);

        assertThat(report.excursions()).singleElement().satisfies(excursion -> {
            assertThat(excursion.ongoing()).isTrue();
            assertThat(excursion.duration()).isZero();
        });
        assertThat(report.breached()).as("0 min outside is within the 0 min tolerance until the next reading tells").isFalse();

        ConditionReport next = Conditions.judge(ConditionProfile.frozen(), List.of(temperature("14:00", -20),
                temperature("14:15", -12), temperature("14:20", -13)), NOW);
        assertThat(next.reasons()).containsExactly("Temperature above -15 °C for 5 min in total (allowed 0 min);"
                + " highest -12 °C at 14:15 UTC; still above at the last reading");
    }

    @Test
    void reasonsNameTheDateWhenTheTripSpansMoreThanOneUtcDay() {
        List<Reading> readings = List.of(temperature("23:45", 5), temperature("23:50", 12.04),
                temperature(Instant.parse("2026-12-02T00:15:00Z"), 9), temperature(Instant.parse("2026-12-02T00:25:00Z"), 5));

        ConditionReport report = Conditions.judge(ConditionProfile.chilled(), readings, Instant.parse("2026-12-02T01:00:00Z"));

        assertThat(report.reasons()).containsExactly("Temperature above 8 °C for 35 min in total (allowed 30 min);"
                + " highest 12 °C at 23:50 UTC on 2026-12-01");
    }

    @Test
    void lowBatteryFromTheLastBatteryReadingAndSilenceFromTheNewestReading() {
        List<Reading> draining = List.of(battery(clock("12:00"), 40), battery(clock("13:00"), 12), position("13:30"));
        ConditionReport low = Conditions.judge(ConditionProfile.chilled(), draining, clock("15:29"));
        assertThat(low.lowBattery()).isTrue();
        assertThat(low.lastBatteryPercent()).isEqualTo(12);
        assertThat(low.silentSince()).as("1 h 59 min since the newest reading").isNull();

        List<Reading> charged = List.of(battery(clock("12:00"), 12), battery(clock("13:00"), 15));
        ConditionReport fine = Conditions.judge(ConditionProfile.chilled(), charged, clock("16:00"));
        assertThat(fine.lowBattery()).as("15 % is not below 15 %").isFalse();
        assertThat(fine.silentSince()).isEqualTo(clock("13:00"));
        assertThat(fine.silent()).isTrue();

        ConditionReport nothing = Conditions.judge(ConditionProfile.chilled(), List.of(), NOW);
        assertThat(nothing.lowBattery()).isFalse();
        assertThat(nothing.lastBatteryPercent()).isNull();
        assertThat(nothing.silentSince()).as("never heard from: no time to name").isNull();
        assertThat(nothing.mktCelsius()).isNull();
        assertThat(nothing.breached()).isFalse();
    }
}
