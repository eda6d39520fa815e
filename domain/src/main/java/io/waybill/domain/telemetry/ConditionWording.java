package io.waybill.domain.telemetry;

import io.waybill.domain.telemetry.ConditionProfile.Band;
import io.waybill.domain.telemetry.Conditions.Runs;
import io.waybill.domain.telemetry.Excursion.Measure;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;

/**
 * The reasons of a {@link ConditionReport} in words a person acts on: what left which band, for how long against what
 * is allowed, and the worst value with its time in UTC (the date too when the readings span more than one UTC day).
 * Nothing about people: only measurements, limits and times.
 */
final class ConditionWording {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final boolean oneDay;

    ConditionWording(List<Reading> inOrder) {
        this.oneDay = inOrder.isEmpty()
                || DAY.format(inOrder.getFirst().at()).equals(DAY.format(inOrder.getLast().at()));
    }

    /** "Temperature above 8 °C for 47 min in total (allowed 30 min); highest 11.2 °C at 14:05 UTC". */
    String band(Measure measure, Band band, Runs runs, Duration outside, boolean total, Duration longest, boolean oneGo) {
        List<Excursion> excursions = runs.excursions();
        List<Excursion> highs = excursions.stream().filter(excursion -> excursion.kind().high()).toList();
        List<Excursion> lows = excursions.stream().filter(excursion -> !excursion.kind().high()).toList();
        String unit = " " + measure.unit();
        String side = lows.isEmpty() ? "above " + number(band.max()) + unit
                : highs.isEmpty() ? "below " + number(band.min()) + unit
                : "outside " + number(band.min()) + "–" + number(band.max()) + unit;
        StringBuilder text = new StringBuilder(measure.label()).append(' ').append(side);
        if (total) {
            text.append(" for ").append(Conditions.minutesUp(outside)).append(" min in total (allowed ")
                    .append(Conditions.minutesUp(band.allowedInTotal())).append(" min)");
        }
        if (oneGo) {
            Excursion longestOne = excursions.stream().filter(excursion -> excursion.duration().equals(longest)).findFirst()
                    .orElseThrow();
            text.append(total ? " and " : " for ").append(Conditions.minutesUp(longest)).append(" min in one go from ")
                    .append(time(longestOne.from())).append(" (allowed ").append(Conditions.minutesUp(band.allowedInOneGo()))
                    .append(" min in one go)");
        }
        if (!highs.isEmpty()) {
            Excursion worst = highs.stream().max(Comparator.comparingDouble(Excursion::worst)).orElseThrow();
            text.append("; highest ").append(number(worst.worst())).append(unit).append(" at ").append(time(worst.worstAt()));
        }
        if (!lows.isEmpty()) {
            Excursion worst = lows.stream().min(Comparator.comparingDouble(Excursion::worst)).orElseThrow();
            text.append("; lowest ").append(number(worst.worst())).append(unit).append(" at ").append(time(worst.worstAt()));
        }
        Excursion latest = excursions.getLast();
        if (latest.ongoing()) {
            text.append("; still ").append(latest.kind().high() ? "above" : "below").append(" at the last reading");
        }
        if (!runs.unknown().isZero()) {
            text.append("; ").append(Conditions.minutesUp(runs.unknown())).append(" min without readings not counted");
        }
        return text.toString();
    }

    /** "Shock above 5 g twice; strongest 9.3 g at 14:05 UTC". */
    String limit(Measure measure, Band band, List<Excursion> excursions) {
        String unit = " " + measure.unit();
        Excursion worst = excursions.stream().max(Comparator.comparingDouble(Excursion::worst)).orElseThrow();
        int count = excursions.size();
        return measure.label() + " above " + number(band.max()) + unit + (measure == Measure.LIGHT ? " (package opened)" : "")
                + " " + (count == 1 ? "once" : count == 2 ? "twice" : count + " times") + "; "
                + (measure == Measure.LIGHT ? "brightest " : "strongest ") + number(worst.worst()) + unit + " at "
                + time(worst.worstAt());
    }

    private String time(Instant at) {
        return CLOCK.format(at) + " UTC" + (oneDay ? "" : " on " + DAY.format(at));
    }

    /** One decimal at most, none when whole: 8, 11.2, -15. */
    static String number(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
