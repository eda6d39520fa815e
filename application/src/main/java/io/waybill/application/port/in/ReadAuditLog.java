package io.waybill.application.port.in;

import io.waybill.application.port.in.AuthenticateApiKey.Principal;
import io.waybill.application.shared.AuditEntry;
import io.waybill.domain.tenant.TenantId;
import java.util.List;
import java.util.Optional;

/** Administrators read who changed what: a tenant admin its tenant's entries, a platform admin everyone's. */
public interface ReadAuditLog {

    /**
     * The newest entries first, at most {@code limit} (1 to 1000), older than entry {@code before} when given, of
     * {@code tenant} (empty: every tenant the caller may see).
     */
    List<AuditEntry> entries(Principal caller, Optional<TenantId> tenant, Optional<Long> before, int limit);
}
