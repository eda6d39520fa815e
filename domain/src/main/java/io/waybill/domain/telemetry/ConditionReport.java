package io.waybill.domain.telemetry;

import io.waybill.domain.shared.InvalidValueException;
import io.waybill.domain.telemetry.Excursion.Measure;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jmolecules.ddd.types.ValueObject;

/**
 * How a shipment's readings stand against its {@link ConditionProfile}, derived by {@link Conditions#judge} and never
 * patched: the excursions oldest first, one {@link Check} per constrained measurement, the mean kinetic temperature
 * (null without temperatures), the last battery level (null when none was reported) and since when the devices have
 * been silent (null when they are not).
 */
public record ConditionReport(List<Excursion> excursions, List<Check> checks, Double mktCelsius, Double lastBatteryPercent,
        boolean lowBattery, Instant silentSince) implements ValueObject {

    /**
     * One measurement against its band or limit: how long it was outside in total and in its longest excursion, how
     * long its readings were too far apart to say ({@code unknown}, counted neither in nor out), and whether that
     * breaches the profile, with the reason in plain words (null when it does not).
     */
    public record Check(Measure measure, Duration outside, Duration longest, Duration unknown, boolean breached, String reason)
            implements ValueObject {

        public Check {
            InvalidValueException.required(measure, "measure");
            InvalidValueException.required(outside, "outside");
            InvalidValueException.required(longest, "longest");
            InvalidValueException.required(unknown, "unknown");
            if (outside.isNegative() || longest.isNegative() || unknown.isNegative() || longest.compareTo(outside) > 0) {
                throw new InvalidValueException("check", "durations must not be negative and the longest excursion not"
                        + " longer than the total (got " + outside + ", " + longest + ", " + unknown + ")");
            }
            if (breached != (reason != null)) {
                throw new InvalidValueException("reason", "is given exactly when the check is breached");
            }
        }

        /** Minutes outside in total, rounded up: 30 min 10 s is 31 min, more than a 30-minute tolerance. */
        public long minutesOutside() {
            return Conditions.minutesUp(outside);
        }

        /** Minutes without readings close enough together to tell, rounded up. */
        public long unknownMinutes() {
            return Conditions.minutesUp(unknown);
        }
    }

    public ConditionReport {
        excursions = List.copyOf(excursions);
        checks = List.copyOf(checks);
    }

    /** Whether any measurement breaches the profile. */
    public boolean breached() {
        return checks.stream().anyMatch(Check::breached);
    }

    /** Why the profile is breached, one sentence per breached measurement; empty when it is not. */
    public List<String> reasons() {
        return checks.stream().map(Check::reason).filter(Objects::nonNull).toList();
    }

    /** The check of {@code measure}; null when the profile does not constrain it. */
    public Check check(Measure measure) {
        return checks.stream().filter(check -> check.measure() == measure).findFirst().orElse(null);
    }

    /** Whether the devices have not been heard from for longer than the offline limit. */
    public boolean silent() {
        return silentSince != null;
    }
}
