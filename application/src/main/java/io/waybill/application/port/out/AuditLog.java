package io.waybill.application.port.out;

import io.waybill.application.shared.AuditEntry;
import io.waybill.domain.tenant.TenantId;
import java.util.List;
import java.util.Optional;

/** The audit log: entries appended, never changed; read newest first. */
public interface AuditLog {

    void append(AuditEntry entry);

    /** At most {@code limit} entries of {@code tenant} (all tenants when empty), with an id below {@code before} if given. */
    List<AuditEntry> newestFirst(Optional<TenantId> tenant, Optional<Long> before, int limit);
}
