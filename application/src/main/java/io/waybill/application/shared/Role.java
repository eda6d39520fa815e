package io.waybill.application.shared;

/** What an API key may do. */
public enum Role {
    /** Systems that integrate: place, confirm and cancel orders, send events, read and search orders. */
    INTEGRATOR,
    /** Operations staff: read and search everything, cancel orders. */
    OPERATOR,
    /** Everything within its own tenant, including issuing, listing and revoking that tenant's keys. */
    ADMIN,
    /**
     * Whoever runs the installation: everything an {@link #ADMIN} may, plus creating tenants and managing the keys of
     * every tenant. Keys with this role belong to the default tenant.
     */
    PLATFORM_ADMIN;

    /** Whether this role administers keys (of its tenant, or of all for a platform admin). */
    public boolean administers() {
        return this == ADMIN || this == PLATFORM_ADMIN;
    }
}
