package io.waybill.adapters.epcis.document;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** One set of sensor readings in an event: the metadata of the device and time, and the reports. */
public record SensorElement(SensorMetadata metadata, List<SensorReport> reports) {

    public SensorElement {
        reports = List.copyOf(reports);
    }

    /** Which device read, and when (a point in time or an interval); any part may be absent (null). */
    public record SensorMetadata(Instant time, Instant startTime, Instant endTime, String deviceId, String deviceMetadata,
            String rawData, String dataProcessingMethod, String bizRules) {
    }

    /**
     * One reading: its measurement type as the bare GS1 name ({@code Temperature}), its value or range in
     * {@code uom} (UN/CEFACT code, e.g. {@code CEL}), when, and any alarm ({@code ALARM_CONDITION}); absent parts null.
     */
    public record SensorReport(String type, BigDecimal value, String uom, Instant time, BigDecimal minValue,
            BigDecimal maxValue, BigDecimal meanValue, String stringValue, Boolean booleanValue, String exception,
            String component, String deviceId) {
    }
}
