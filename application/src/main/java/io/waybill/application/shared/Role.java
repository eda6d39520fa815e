package io.waybill.application.shared;

/** What an API key may do. */
public enum Role {
    /** Systems that integrate: place orders, send events, read orders. */
    INTEGRATOR,
    /** Operations staff: read and search everything, cancel orders. */
    OPERATOR,
    /** Everything, including issuing keys. */
    ADMIN
}
