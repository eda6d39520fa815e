package io.waybill.domain.telemetry;

/** What a device is: a GPS tracker (positions), a data logger (conditions), or a reader at a dock door. */
public enum DeviceKind {
    GPS_TRACKER,
    DATA_LOGGER,
    READER
}
