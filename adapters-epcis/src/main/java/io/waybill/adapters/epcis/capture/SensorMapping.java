package io.waybill.adapters.epcis.capture;

import io.waybill.adapters.epcis.document.EpcisEvent;
import io.waybill.adapters.epcis.document.SensorElement;
import io.waybill.adapters.epcis.document.SensorElement.SensorReport;
import io.waybill.application.shared.CapturedEvent.SensorReading;
import io.waybill.domain.shared.InvalidValueException;
import io.waybill.domain.telemetry.Reading;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An event's sensor reports as readings in Waybill's units. Which reports: the CBV 2.0 measurement types (GS1 EPCIS
 * 2.0 standard, section 7.3.7, the {@code gs1:} vocabulary {@code https://gs1.org/voc/MeasurementType}) that a
 * condition profile judges, in the units of UN/ECE Recommendation 20 (rev. 17, 2021) that name them:
 *
 * <pre>
 * Temperature       CEL degree Celsius      °C as is
 *                   FAH degree Fahrenheit   (v − 32) × 5/9
 *                   KEL kelvin              v − 273.15
 * RelativeHumidity  P1  percent             % as is     (A93 is gram per cubic metre: absolute humidity, not read)
 * Acceleration      MTS2 metre per second²  |v| / 9.806 65 g
 *                   K40 standard acceleration of free fall (gn): already in g, |v|
 * Illuminance       LUX lux                 lux as is
 * </pre>
 *
 * Acceleration is taken as a magnitude (a sensor reports an axis's sign), the shock a profile limits. The value is
 * {@code value}, else {@code meanValue}, else (shock and light, where the peak matters) {@code maxValue}, else the
 * middle of {@code minValue} and {@code maxValue}, else the one of them given. The time is the report's, else the
 * sensor metadata's, else the event's. Every other report (another type, another unit, no number, a value out of a
 * reading's range) is ignored and described, so that the capture job can count it.
 */
final class SensorMapping {

    /** The standard acceleration of free fall, exact by definition (3rd CGPM, 1901): 1 g in m/s². */
    static final double STANDARD_GRAVITY = 9.80665;

    /** What a reading measures, in Waybill's units: °C, % relative humidity, g, lux. */
    enum Measure { TEMPERATURE, HUMIDITY, SHOCK, LIGHT }

    /** A report converted: what it measures and the value in Waybill's unit. */
    record Converted(Measure measure, double value) {
    }

    /** The readings of one event and what was ignored. */
    record Mapped(List<SensorReading> readings, List<String> ignored) {
    }

    private SensorMapping() {
    }

    /** The measure of a bare CBV measurement type and a UN/ECE Rec 20 unit, converted; empty when Waybill reads no such pair. */
    static Optional<Converted> convert(String type, String uom, double value) {
        if (type == null || uom == null || !Double.isFinite(value)) {
            return Optional.empty();
        }
        Converted c = switch (type + " " + uom) {
            case "Temperature CEL" -> new Converted(Measure.TEMPERATURE, value);
            case "Temperature FAH" -> new Converted(Measure.TEMPERATURE, (value - 32) * 5 / 9);
            case "Temperature KEL" -> new Converted(Measure.TEMPERATURE, value - 273.15);
            case "RelativeHumidity P1" -> new Converted(Measure.HUMIDITY, value);
            case "Acceleration MTS2" -> new Converted(Measure.SHOCK, Math.abs(value) / STANDARD_GRAVITY);
            case "Acceleration K40" -> new Converted(Measure.SHOCK, Math.abs(value));
            case "Illuminance LUX" -> new Converted(Measure.LIGHT, value);
            default -> null;
        };
        return Optional.ofNullable(c);
    }

    static Mapped readings(EpcisEvent event) {
        Map<Key, Map<Measure, Double>> merged = new LinkedHashMap<>();
        List<String> ignored = new ArrayList<>();
        for (SensorElement element : event.common().sensorElements()) {
            SensorElement.SensorMetadata meta = element.metadata();
            for (SensorReport report : element.reports()) {
                Instant at = first(report.time(), meta == null ? null : meta.time(), event.common().eventTime());
                String device = report.deviceId() != null ? report.deviceId() : meta == null ? null : meta.deviceId();
                Optional<Converted> converted = value(report).flatMap(v -> convert(report.type(), report.uom(), v));
                if (converted.isEmpty()) {
                    ignored.add(describe(report));
                    continue;
                }
                try {
                    reading(at, Map.of(converted.get().measure(), converted.get().value()));
                } catch (InvalidValueException e) {
                    ignored.add(report.type() + " " + e.getMessage());
                    continue;
                }
                merged.computeIfAbsent(new Key(device, at), k -> new EnumMap<>(Measure.class))
                        .putIfAbsent(converted.get().measure(), converted.get().value()); // one value per measure and instant: the first
            }
        }
        List<SensorReading> readings = new ArrayList<>();
        merged.forEach((key, values) -> readings.add(new SensorReading(key.device(), reading(key.at(), values))));
        return new Mapped(readings, ignored);
    }

    /** The number a report gives, by the rules above. */
    static Optional<Double> value(SensorReport r) {
        boolean peak = "Acceleration".equals(r.type()) || "Illuminance".equals(r.type());
        BigDecimal chosen = r.value() != null ? r.value() : r.meanValue();
        if (chosen == null && peak) {
            chosen = r.maxValue();
        }
        if (chosen == null && r.minValue() != null && r.maxValue() != null) {
            return Optional.of((r.minValue().doubleValue() + r.maxValue().doubleValue()) / 2);
        }
        if (chosen == null) {
            chosen = r.minValue() != null ? r.minValue() : r.maxValue();
        }
        return Optional.ofNullable(chosen).map(BigDecimal::doubleValue);
    }

    private static String describe(SensorReport r) {
        String type = Objects.requireNonNullElse(r.type(), "(no type)");
        if (value(r).isEmpty()) {
            return type + " without a value";
        }
        return type + " in " + Objects.requireNonNullElse(r.uom(), "(no unit)");
    }

    private static Reading reading(Instant at, Map<Measure, Double> values) {
        return new Reading(at, null, null, null, null, null, values.get(Measure.TEMPERATURE), values.get(Measure.HUMIDITY),
                values.get(Measure.SHOCK), values.get(Measure.LIGHT), null);
    }

    private static Instant first(Instant... candidates) {
        for (Instant c : candidates) {
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    private record Key(String device, Instant at) {
    }
}
