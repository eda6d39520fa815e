package io.waybill.domain.telemetry;

import io.waybill.domain.shared.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import org.jmolecules.ddd.types.ValueObject;

/**
 * One stretch of time a measurement spent outside its band: from the first reading outside until the first reading
 * back inside, or until the last reading when it never came back ({@code ongoing}). {@code worst} is the value
 * farthest out (the highest for a HIGH kind, the lowest for a LOW one) and {@code worstAt} when it was read.
 */
public record Excursion(Kind kind, Instant from, Instant until, double worst, Instant worstAt, boolean ongoing)
        implements ValueObject {

    /** What a device measures that a profile can constrain, with how to read it from a reading. */
    public enum Measure {
        TEMPERATURE("Temperature", "°C", Reading::temperatureCelsius),
        HUMIDITY("Humidity", "%", Reading::humidityPercent),
        SHOCK("Shock", "g", Reading::shockG),
        LIGHT("Light", "lux", Reading::lightLux);

        private final String label;
        private final String unit;
        private final Function<Reading, Double> value;

        Measure(String label, String unit, Function<Reading, Double> value) {
            this.label = label;
            this.unit = unit;
            this.value = value;
        }

        /** The word a person reads: "Temperature". */
        public String label() {
            return label;
        }

        /** The unit a value is in: "°C". */
        public String unit() {
            return unit;
        }

        /** The reading's value of this measurement; null when the device did not report it. */
        public Double of(Reading reading) {
            return value.apply(reading);
        }

        /** Whether one excursion is already too many (a knock, an opened package), whatever it lasted. */
        public boolean anyExcursionBreaches() {
            return this == SHOCK || this == LIGHT;
        }
    }

    /** Which measurement left its band, and on which side. */
    public enum Kind {
        TEMPERATURE_HIGH(Measure.TEMPERATURE, true),
        TEMPERATURE_LOW(Measure.TEMPERATURE, false),
        HUMIDITY_HIGH(Measure.HUMIDITY, true),
        HUMIDITY_LOW(Measure.HUMIDITY, false),
        SHOCK(Measure.SHOCK, true),
        LIGHT(Measure.LIGHT, true);

        private final Measure measure;
        private final boolean high;

        Kind(Measure measure, boolean high) {
            this.measure = measure;
            this.high = high;
        }

        public Measure measure() {
            return measure;
        }

        /** Above the band (true) or below it (false). */
        public boolean high() {
            return high;
        }

        static Kind of(Measure measure, boolean high) {
            for (Kind kind : values()) {
                if (kind.measure == measure && kind.high == high) {
                    return kind;
                }
            }
            throw new IllegalArgumentException(measure + " has no " + (high ? "high" : "low") + " side");
        }
    }

    public Excursion {
        InvalidValueException.required(kind, "kind");
        InvalidValueException.required(from, "from");
        InvalidValueException.required(until, "until");
        InvalidValueException.required(worstAt, "worstAt");
        if (until.isBefore(from)) {
            throw new InvalidValueException("until", "must not be before from (" + from + "), got " + until);
        }
        if (worstAt.isBefore(from) || worstAt.isAfter(until)) {
            throw new InvalidValueException("worstAt", "must lie between from and until, got " + worstAt);
        }
    }

    /** How long it lasted: zero for a single reading outside with none after it (or none within the gap limit). */
    public Duration duration() {
        return Duration.between(from, until);
    }
}
