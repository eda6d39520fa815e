package io.waybill.application.shared;

import io.waybill.domain.telemetry.Reading;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A GS1 EPCIS 2.0 event as Waybill keeps it: the fields its query filters on and its lifecycle reads, and the event's
 * own JSON for answering queries as it was captured. {@code bizStep} and {@code disposition} are bare CBV names
 * ({@code shipping}); {@code epcs}: every identifier the event names (its EPC list, a parent and its children);
 * {@code parcelCodes}: the same with each SSCC also as its 18 digits and as a GS1-128 label's {@code 00} and 18 digits,
 * the ways a parcel's barcode holds it;
 * {@code errorDeclaredAt}, {@code errorReason}, {@code correctiveEventIds}: when the event is an error declaration (the
 * erroneous event sent again, with the same event ID, declared wrong), when, why, and the events that correct it;
 * {@code sensorReadings}: the event's sensor reports Waybill reads as conditions, in Waybill's units, one reading per
 * device and instant; {@code ignoredSensorReports}: what the others were (type and unit, or why not), one per report.
 */
public record CapturedEvent(String eventId, String type, String action, Instant eventTime, ZoneOffset eventTimeZoneOffset,
        String bizStep, String disposition, String readPoint, String bizLocation, List<String> epcs, String parentId,
        List<String> childEpcs, List<String> parcelCodes, Instant errorDeclaredAt, String errorReason,
        List<String> correctiveEventIds, String json, List<SensorReading> sensorReadings, List<String> ignoredSensorReports) {

    public CapturedEvent {
        epcs = List.copyOf(epcs);
        childEpcs = List.copyOf(childEpcs);
        parcelCodes = List.copyOf(parcelCodes);
        correctiveEventIds = List.copyOf(correctiveEventIds);
        sensorReadings = List.copyOf(sensorReadings);
        ignoredSensorReports = List.copyOf(ignoredSensorReports);
    }

    /** What a sensor measured: {@code device} as the event named it ({@code deviceID}), null when it named none. */
    public record SensorReading(String device, Reading reading) {
    }
}
