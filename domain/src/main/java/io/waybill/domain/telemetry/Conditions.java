package io.waybill.domain.telemetry;

import io.waybill.domain.shared.InvalidValueException;
import io.waybill.domain.telemetry.ConditionProfile.Band;
import io.waybill.domain.telemetry.ConditionReport.Check;
import io.waybill.domain.telemetry.Excursion.Kind;
import io.waybill.domain.telemetry.Excursion.Measure;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Judges a shipment's readings against its {@link ConditionProfile}. The rules, per measurement (temperature,
 * humidity, shock, light), on the readings that carry a value of it (the others are skipped for it):
 * <ul>
 * <li>Each value holds until the next reading of that measurement. So an excursion starts at the first reading outside
 * the band and ends at the first reading back inside; when no reading came back, it ends at the last reading and is
 * {@code ongoing}. A single reading outside followed by one inside 10 minutes later counts 10 minutes.</li>
 * <li>When two consecutive readings are more than {@link Settings#maxGap()} apart, nobody knows what happened between
 * them: that time counts neither inside nor outside, is reported as {@link Check#unknown()}, and ends an excursion at
 * the last reading before it (one continuing after the gap is a new excursion).</li>
 * <li>A band is breached when the time outside in total exceeds its tolerance, or one excursion exceeds its
 * in-one-go limit; a shock or light limit when there is any excursion at all.</li>
 * </ul>
 * Readings are taken in time order whatever order they come in (sorted here, not refused): a batch that arrives late
 * gives the same report as if it had come on time.
 */
public final class Conditions {

    private static final double ZERO_CELSIUS_KELVIN = 273.15;

    /**
     * The knobs: the longest time between two readings that still tells what happened between them (30 min); the
     * battery level below which a device needs charging (15 %); how long without any reading before the shipment is
     * silent (2 h); and ΔH/R for the mean kinetic temperature in kelvin (10,000 K, i.e. ΔH = 83.144 kJ/mol as USP
     * &lt;1160&gt; has it).
     */
    public record Settings(Duration maxGap, double lowBatteryPercent, Duration offlineAfter, double activationKelvin) {

        public static final Settings DEFAULTS = new Settings(Duration.ofMinutes(30), 15, Duration.ofHours(2), 10_000);

        public Settings {
            InvalidValueException.required(maxGap, "maxGap");
            InvalidValueException.required(offlineAfter, "offlineAfter");
            if (maxGap.isNegative() || maxGap.isZero() || offlineAfter.isNegative() || offlineAfter.isZero()) {
                throw new InvalidValueException("settings", "maxGap and offlineAfter must be positive (got " + maxGap
                        + " and " + offlineAfter + ")");
            }
            if (!(lowBatteryPercent >= 0 && lowBatteryPercent <= 100)) {
                throw new InvalidValueException("lowBatteryPercent", "must be between 0 and 100 (got " + lowBatteryPercent + ")");
            }
            if (!(activationKelvin > 0 && Double.isFinite(activationKelvin))) {
                throw new InvalidValueException("activationKelvin", "must be positive (got " + activationKelvin + ")");
            }
        }

        /** The same settings with another gap limit. */
        public Settings withMaxGap(Duration gap) {
            return new Settings(gap, lowBatteryPercent, offlineAfter, activationKelvin);
        }
    }

    private Conditions() {
    }

    /** {@link #judge(ConditionProfile, List, Instant, Settings)} with the {@link Settings#DEFAULTS}. */
    public static ConditionReport judge(ConditionProfile profile, List<Reading> readings, Instant now) {
        return judge(profile, readings, now, Settings.DEFAULTS);
    }

    /** The report of {@code readings} (any order) against {@code profile}, as it stands at {@code now}. */
    public static ConditionReport judge(ConditionProfile profile, List<Reading> readings, Instant now, Settings settings) {
        InvalidValueException.required(profile, "conditionProfile");
        InvalidValueException.required(readings, "readings");
        InvalidValueException.required(now, "now");
        InvalidValueException.required(settings, "settings");
        readings.forEach(reading -> InvalidValueException.required(reading, "reading"));
        List<Reading> inOrder = readings.stream().sorted(Comparator.comparing(Reading::at)).toList();
        ConditionWording wording = new ConditionWording(inOrder);
        List<Excursion> excursions = new ArrayList<>();
        List<Check> checks = new ArrayList<>();
        for (Measure measure : Measure.values()) {
            Band band = profile.band(measure);
            if (band != null) {
                Runs runs = runs(measure, band, inOrder, settings.maxGap());
                excursions.addAll(runs.excursions());
                checks.add(check(measure, band, runs, wording));
            }
        }
        excursions.sort(Comparator.comparing(Excursion::from));
        Double battery = null;
        for (Reading reading : inOrder) {
            battery = reading.batteryPercent() == null ? battery : reading.batteryPercent();
        }
        Instant newest = inOrder.isEmpty() ? null : inOrder.getLast().at();
        Instant silentSince = newest != null && newest.isBefore(now.minus(settings.offlineAfter())) ? newest : null;
        return new ConditionReport(excursions, checks, mktCelsius(inOrder, settings), battery,
                battery != null && battery < settings.lowBatteryPercent(), silentSince);
    }

    /**
     * The mean kinetic temperature of USP &lt;1160&gt;, in °C: MKT = (ΔH/R) / −ln(Σ wᵢ·e^(−ΔH/(R·Tᵢ)) / Σ wᵢ), Tᵢ in
     * kelvin, each reading weighted by the time it stands for. That time follows the same step rule as the
     * excursions: a reading stands for the time until the next temperature reading, none across a gap longer than
     * {@code maxGap} (unknown), and none after the last one. For readings taken at equal intervals this is USP's
     * formula with equal weights (the last reading closes the last interval). Step rather than trapezoid: it is what
     * a logger's sample means (the value of its interval), it keeps MKT and minutes outside on one picture of the trip,
     * and interpolating an exponential between two samples would invent a transition nobody measured. When no reading
     * stands for any time (one reading, or all farther apart than {@code maxGap}), every reading weighs the same.
     * Null without temperatures.
     */
    static Double mktCelsius(List<Reading> inOrder, Settings settings) {
        List<Reading> temperatures = inOrder.stream().filter(reading -> reading.temperatureCelsius() != null).toList();
        if (temperatures.isEmpty()) {
            return null;
        }
        double[] weights = new double[temperatures.size()];
        double total = 0;
        for (int i = 0; i + 1 < temperatures.size(); i++) {
            Duration span = Duration.between(temperatures.get(i).at(), temperatures.get(i + 1).at());
            weights[i] = span.compareTo(settings.maxGap()) > 0 ? 0 : span.toMillis() / 1_000.0;
            total += weights[i];
        }
        if (total == 0) {
            Arrays.fill(weights, 1);
            total = weights.length;
        }
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            double kelvin = temperatures.get(i).temperatureCelsius() + ZERO_CELSIUS_KELVIN;
            sum += weights[i] * Math.exp(-settings.activationKelvin() / kelvin);
        }
        return settings.activationKelvin() / -Math.log(sum / total) - ZERO_CELSIUS_KELVIN;
    }

    /** The excursions of one measurement and the time its readings leave unknown. */
    record Runs(List<Excursion> excursions, Duration unknown) {
    }

    static Runs runs(Measure measure, Band band, List<Reading> inOrder, Duration maxGap) {
        List<Reading> carrying = inOrder.stream().filter(reading -> measure.of(reading) != null).toList();
        List<Excursion> excursions = new ArrayList<>();
        Duration unknown = Duration.ZERO;
        Kind kind = null;
        Instant from = null;
        double worst = 0;
        Instant worstAt = null;
        for (int i = 0; i < carrying.size(); i++) {
            Reading reading = carrying.get(i);
            double value = measure.of(reading);
            Kind now = band.above(value) ? Kind.of(measure, true) : band.below(value) ? Kind.of(measure, false) : null;
            if (kind != null && now != kind) {
                excursions.add(new Excursion(kind, from, reading.at(), worst, worstAt, false));
                kind = null;
            }
            if (now != null && kind == null) {
                kind = now;
                from = reading.at();
                worst = value;
                worstAt = reading.at();
            } else if (now != null && (now.high() ? value > worst : value < worst)) {
                worst = value;
                worstAt = reading.at();
            }
            boolean last = i == carrying.size() - 1;
            Duration toNext = last ? Duration.ZERO : Duration.between(reading.at(), carrying.get(i + 1).at());
            boolean gap = toNext.compareTo(maxGap) > 0;
            if (gap) {
                unknown = unknown.plus(toNext);
            }
            if (kind != null && (last || gap)) {
                excursions.add(new Excursion(kind, from, reading.at(), worst, worstAt, last));
                kind = null;
            }
        }
        return new Runs(excursions, unknown);
    }

    private static Check check(Measure measure, Band band, Runs runs, ConditionWording wording) {
        Duration outside = Duration.ZERO;
        Duration longest = Duration.ZERO;
        for (Excursion excursion : runs.excursions()) {
            outside = outside.plus(excursion.duration());
            longest = excursion.duration().compareTo(longest) > 0 ? excursion.duration() : longest;
        }
        boolean breached;
        String reason;
        if (measure.anyExcursionBreaches()) {
            breached = !runs.excursions().isEmpty();
            reason = breached ? wording.limit(measure, band, runs.excursions()) : null;
        } else {
            boolean total = outside.compareTo(band.allowedInTotal()) > 0;
            boolean oneGo = band.allowedInOneGo() != null && longest.compareTo(band.allowedInOneGo()) > 0;
            breached = total || oneGo;
            reason = breached ? wording.band(measure, band, runs, outside, total, longest, oneGo) : null;
        }
        return new Check(measure, outside, longest, runs.unknown(), breached, reason);
    }

    /** Whole minutes, rounded up, so that a time shown as within a tolerance is within it. */
    static long minutesUp(Duration duration) {
        return (duration.toMillis() + 59_999) / 60_000;
    }
}
