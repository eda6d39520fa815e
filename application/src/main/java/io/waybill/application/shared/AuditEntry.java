package io.waybill.application.shared;

import io.waybill.domain.shared.InvalidValueException;
import io.waybill.domain.tenant.TenantId;
import java.time.Instant;

/**
 * One change in the audit log: when, who ({@link Actor}), what ({@code action}, like {@code api-key.revoked}), on
 * which target ({@code targetType} and {@code targetId}) and in which tenant's data. {@code detail} is built by Waybill
 * from enums and instants (a role, scopes, an expiry), never from text a caller sent, so no personal data gets in.
 * {@code id} is 0 until the log assigns one.
 */
public record AuditEntry(long id, Instant at, TenantId tenant, Actor actor, String action, String targetType, String targetId,
        String detail) {

    public AuditEntry {
        InvalidValueException.required(at, "at");
        tenant = tenant == null ? TenantId.DEFAULT : tenant;
        actor = actor == null ? Actor.SYSTEM : actor;
        action = InvalidValueException.requiredText(action, "action", 64);
        targetType = InvalidValueException.requiredText(targetType, "targetType", 32);
        targetId = InvalidValueException.requiredText(targetId, "targetId", 200);
        detail = InvalidValueException.optionalText(detail, "detail", 200);
    }

    /** A new entry, before the log numbers it. */
    public static AuditEntry of(Instant at, TenantId tenant, Actor actor, String action, String targetType, String targetId,
            String detail) {
        return new AuditEntry(0, at, tenant, actor, action, targetType, targetId, detail);
    }
}
