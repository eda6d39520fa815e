package io.waybill.domain.tracking;

/** The kind of system an event came from. */
public enum SourceType {
    /** Waybill itself: orders placed, confirmed or cancelled through its API. */
    WAYBILL,
    /** A warehouse management system. */
    WMS,
    /** A carrier: API, webhook or EDI. */
    CARRIER,
    /** A scanner, GPS tracker or sensor. */
    DEVICE
}
