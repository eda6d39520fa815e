package io.waybill.application.shared;

import io.waybill.domain.tenant.TenantId;

/**
 * Who made a change, as the audit log names them: the API key (its name, never its secret) and the key's tenant. Key
 * names are chosen by administrators, so they are not personal data by design.
 */
public record Actor(TenantId tenant, String key) {

    /** Waybill itself: the demo, a background job, start-up configuration. */
    public static final Actor SYSTEM = new Actor(TenantId.DEFAULT, "system");

    public Actor {
        tenant = tenant == null ? TenantId.DEFAULT : tenant;
        key = key == null || key.isBlank() ? "system" : key;
    }
}
