package io.waybill.application.port.out;

import io.waybill.domain.tenant.TenantId;

/**
 * Tells when an item of a tenant's exceptions queue was opened or changed, whichever Waybill instance wrote it.
 */
public interface ExceptionChanges {

    /** Runs {@code changed} after each committed change of one of the tenant's items, until the watch is closed. */
    OrderChanges.Watch watch(TenantId tenant, Runnable changed);
}
