package io.waybill.domain.telemetry;

import io.waybill.domain.shared.InvalidValueException;
import io.waybill.domain.tracking.GeoPoint;
import java.time.Instant;
import org.jmolecules.ddd.types.ValueObject;

/**
 * What a device measured at one instant: where it was, how fast and which way it moved, and the conditions around
 * it. Every measurement is optional, but a reading has at least one. Units are fixed: km/h, degrees from north,
 * metres, °C, % relative humidity, g, lux, % battery. A device reports one reading per instant: {@code at} is the key
 * that makes a reading sent twice a duplicate.
 */
public record Reading(Instant at, GeoPoint position, Double speedKmh, Double headingDegrees, Double altitudeMetres,
        Double accuracyMetres, Double temperatureCelsius, Double humidityPercent, Double shockG, Double lightLux,
        Double batteryPercent) implements ValueObject {

    public Reading {
        InvalidValueException.required(at, "at");
        within(speedKmh, "speed", 0, 1_500);
        within(headingDegrees, "heading", 0, 360);
        within(altitudeMetres, "altitude", -500, 20_000);
        within(accuracyMetres, "accuracy", 0, 100_000);
        within(temperatureCelsius, "temperature", -100, 150);
        within(humidityPercent, "humidity", 0, 100);
        within(shockG, "shock", 0, 1_000);
        within(lightLux, "light", 0, 200_000);
        within(batteryPercent, "battery", 0, 100);
        if (position == null && temperatureCelsius == null && humidityPercent == null && shockG == null && lightLux == null
                && batteryPercent == null) {
            throw new InvalidValueException("reading", "needs a position or a measurement (temperature, humidity, shock,"
                    + " light or battery); got none at " + at);
        }
    }

    /** A reading of a position only. */
    public static Reading at(Instant at, GeoPoint position) {
        return new Reading(at, position, null, null, null, null, null, null, null, null, null);
    }

    private static void within(Double value, String field, double min, double max) {
        if (value != null && !(value >= min && value <= max)) { // NaN fails too
            throw new InvalidValueException(field, "must be between " + (long) min + " and " + (long) max + " (got " + value + ")");
        }
    }
}
