package io.waybill.application.fakes;

import io.waybill.application.port.out.AuditLog;
import io.waybill.application.port.out.Tenants;
import io.waybill.application.shared.AuditEntry;
import io.waybill.application.shared.Tenant;
import io.waybill.domain.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Tenants in memory, starting with the default tenant like the real store; a creation and its entry under one lock. */
public class InMemoryTenants implements Tenants {

    private final Map<String, Tenant> byId = new TreeMap<>();
    private final AuditLog audit;

    public InMemoryTenants(AuditLog audit) {
        this.audit = audit;
        byId.put(TenantId.DEFAULT.value(), new Tenant(TenantId.DEFAULT, "Default tenant", Instant.EPOCH));
    }

    @Override
    public synchronized boolean create(Tenant tenant, AuditEntry entry) {
        if (byId.putIfAbsent(tenant.id().value(), tenant) != null) {
            return false;
        }
        audit.append(entry);
        return true;
    }

    @Override
    public synchronized Optional<Tenant> byId(TenantId id) {
        return Optional.ofNullable(byId.get(id.value()));
    }

    @Override
    public synchronized List<Tenant> all() {
        return List.copyOf(byId.values());
    }
}
