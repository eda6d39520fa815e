package io.waybill.application.shared;

import io.waybill.domain.shared.InvalidValueException;
import io.waybill.domain.tenant.TenantId;
import java.time.Instant;

/** A shipper served by this installation: its id (a slug) and a display name. */
public record Tenant(TenantId id, String name, Instant createdAt) {

    public Tenant {
        InvalidValueException.required(id, "id");
        name = InvalidValueException.requiredText(name, "name", 200);
        InvalidValueException.required(createdAt, "createdAt");
    }
}
