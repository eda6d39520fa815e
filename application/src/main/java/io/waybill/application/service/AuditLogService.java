package io.waybill.application.service;

import io.waybill.application.port.in.AuthenticateApiKey.Principal;
import io.waybill.application.port.in.ReadAuditLog;
import io.waybill.application.port.in.TenantNotFoundException;
import io.waybill.application.port.out.AuditLog;
import io.waybill.application.port.out.AuditTrail;
import io.waybill.application.shared.Actor;
import io.waybill.application.shared.AuditEntry;
import io.waybill.application.shared.Role;
import io.waybill.domain.shared.InvalidValueException;
import io.waybill.domain.tenant.TenantId;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The audit log for administrators, and the trail services write to, stamped with the acting key. */
public class AuditLogService implements ReadAuditLog {

    private final AuditLog log;
    private final Clock clock;

    public AuditLogService(AuditLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    @Override
    public List<AuditEntry> entries(Principal caller, Optional<TenantId> tenant, Optional<Long> before, int limit) {
        TenantAccess.requireAdmin(caller);
        if (limit < 1 || limit > 1000) {
            throw new InvalidValueException("limit", "between 1 and 1000 (got " + limit + ")");
        }
        if (tenant.isPresent() && !TenantAccess.administers(caller, tenant.get())) {
            throw new TenantNotFoundException(tenant.get().value());
        }
        Optional<TenantId> scope = caller.role() == Role.PLATFORM_ADMIN ? tenant : Optional.of(caller.tenant());
        return log.newestFirst(scope, before, limit);
    }

    /**
     * The trail for services whose use cases do not carry the caller: {@code currentActor} tells who is acting now
     * (the key of the request being served, or {@link Actor#SYSTEM}); the change lands in that actor's tenant.
     */
    public AuditTrail trail(Supplier<Actor> currentActor) {
        return change -> {
            Actor actor = currentActor.get();
            log.append(AuditEntry.of(clock.instant(), actor.tenant(), actor, change.action(), change.targetType(), change.targetId(),
                    null));
        };
    }
}
