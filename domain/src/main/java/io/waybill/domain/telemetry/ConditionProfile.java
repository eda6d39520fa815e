package io.waybill.domain.telemetry;

import io.waybill.domain.shared.InvalidValueException;
import io.waybill.domain.telemetry.Excursion.Measure;
import java.time.Duration;
import org.jmolecules.ddd.types.ValueObject;

/**
 * What a shipment must stay within while it travels: a temperature band (°C), a humidity band (% relative humidity),
 * a shock limit (g) and a light limit (lux). Each is optional, but a profile has at least one. A band tolerates some
 * time outside it ({@link Band#allowedInTotal()}, and optionally {@link Band#allowedInOneGo()}); a single reading
 * above the shock or the light limit is an excursion (a knock, or a package opened), so those two tolerate nothing.
 * The limits themselves are inside: 8.0 °C is within 2–8 °C, 5 g is not above a 5 g limit.
 */
public record ConditionProfile(Band temperature, Band humidity, Double maxShockG, Double maxLightLux) implements ValueObject {

    /**
     * A range a measurement must stay within: {@code min} and {@code max} (either may be missing, not both, and min
     * is below max), how long it may be outside in total, and optionally how long in one go. No tolerance given means
     * none: any time outside is too much.
     */
    public record Band(Double min, Double max, Duration allowedInTotal, Duration allowedInOneGo) implements ValueObject {

        public Band {
            if (min == null && max == null) {
                throw new InvalidValueException("band", "needs a min, a max or both");
            }
            if (min != null && !Double.isFinite(min) || max != null && !Double.isFinite(max)) {
                throw new InvalidValueException("band", "min and max must be numbers (got " + min + " and " + max + ")");
            }
            if (min != null && max != null && !(min < max)) {
                throw new InvalidValueException("band", "min must be below max (got " + min + " and " + max + ")");
            }
            allowedInTotal = allowedInTotal == null ? Duration.ZERO : allowedInTotal;
            if (allowedInTotal.isNegative()) {
                throw new InvalidValueException("allowedInTotal", "must not be negative (got " + allowedInTotal + ")");
            }
            if (allowedInOneGo != null && allowedInOneGo.isNegative()) {
                throw new InvalidValueException("allowedInOneGo", "must not be negative (got " + allowedInOneGo + ")");
            }
        }

        /** From {@code min} to {@code max}, outside for at most {@code allowedInTotal} altogether. */
        public static Band between(double min, double max, Duration allowedInTotal) {
            return new Band(min, max, allowedInTotal, null);
        }

        /** At most {@code max}, never above it. */
        public static Band atMost(double max) {
            return new Band(null, max, Duration.ZERO, null);
        }

        /** The same band, outside for at most {@code limit} in one go as well. */
        public Band inOneGoAtMost(Duration limit) {
            return new Band(min, max, allowedInTotal, limit);
        }

        boolean above(double value) {
            return max != null && value > max;
        }

        boolean below(double value) {
            return min != null && value < min;
        }
    }

    public ConditionProfile {
        if (temperature == null && humidity == null && maxShockG == null && maxLightLux == null) {
            throw new InvalidValueException("conditionProfile", "needs at least one of a temperature band, a humidity band,"
                    + " a shock limit or a light limit");
        }
        within(temperature, "temperature", -100, 150);
        within(humidity, "humidity", 0, 100);
        if (maxShockG != null && !(maxShockG > 0 && maxShockG <= 1_000)) {
            throw new InvalidValueException("maxShockG", "must be above 0 and at most 1000 (got " + maxShockG + ")");
        }
        if (maxLightLux != null && !(maxLightLux >= 0 && maxLightLux <= 200_000)) {
            throw new InvalidValueException("maxLightLux", "must be between 0 and 200000 (got " + maxLightLux + ")");
        }
    }

    /**
     * Refrigerated, 2–8 °C, at most 30 minutes outside in total. 2–8 °C is the common "store in a refrigerator" band
     * of pharmaceutical storage (USP &lt;659&gt;, WHO storage guidance); the 30 minutes are this preset's own choice,
     * not theirs: take the tolerance from the product's stability data.
     */
    public static ConditionProfile chilled() {
        return new ConditionProfile(Band.between(2, 8, Duration.ofMinutes(30)), null, null, null);
    }

    /** Frozen, at most −15 °C, never above: a common frozen storage condition (USP &lt;659&gt;, WHO storage guidance). */
    public static ConditionProfile frozen() {
        return new ConditionProfile(Band.atMost(-15), null, null, null);
    }

    /**
     * Room temperature, 15–25 °C, never outside: the common "store between 15 and 25 °C" label band (WHO storage
     * guidance; USP &lt;659&gt; defines its controlled room temperature with narrower limits and allowed excursions,
     * which this preset does not model).
     */
    public static ConditionProfile controlledRoom() {
        return new ConditionProfile(Band.between(15, 25, Duration.ZERO), null, null, null);
    }

    /** The same profile with a shock limit: one reading above {@code g} is an excursion. */
    public ConditionProfile withShockLimit(double g) {
        return new ConditionProfile(temperature, humidity, g, maxLightLux);
    }

    /** The same profile with a light limit: one reading above {@code lux} means the package was opened. */
    public ConditionProfile withLightLimit(double lux) {
        return new ConditionProfile(temperature, humidity, maxShockG, lux);
    }

    /** The same profile with a humidity band. */
    public ConditionProfile withHumidity(Band band) {
        return new ConditionProfile(temperature, band, maxShockG, maxLightLux);
    }

    /** The band for {@code measure}; a shock or light limit as a band with a max only. Null when not constrained. */
    Band band(Measure measure) {
        return switch (measure) {
            case TEMPERATURE -> temperature;
            case HUMIDITY -> humidity;
            case SHOCK -> maxShockG == null ? null : Band.atMost(maxShockG);
            case LIGHT -> maxLightLux == null ? null : Band.atMost(maxLightLux);
        };
    }

    private static void within(Band band, String field, double lowest, double highest) {
        if (band == null) {
            return;
        }
        boolean minOk = band.min() == null || band.min() >= lowest && band.min() <= highest;
        boolean maxOk = band.max() == null || band.max() >= lowest && band.max() <= highest;
        if (!minOk || !maxOk) {
            throw new InvalidValueException(field, "band must lie between " + (long) lowest + " and " + (long) highest
                    + " (got " + band.min() + " to " + band.max() + ")");
        }
    }
}
