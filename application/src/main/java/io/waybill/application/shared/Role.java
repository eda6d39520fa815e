package io.waybill.application.shared;

/** What an API key may do. */
public enum Role {
    /** Systems that integrate: place, confirm and cancel orders, send events, read and search orders. */
    INTEGRATOR,
    /** Operations staff: read and search everything, cancel orders. */
    OPERATOR,
    /** Everything, including issuing keys. */
    ADMIN
}
