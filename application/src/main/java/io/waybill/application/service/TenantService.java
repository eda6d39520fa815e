package io.waybill.application.service;

import io.waybill.application.port.in.AuthenticateApiKey.Principal;
import io.waybill.application.port.in.ManageTenants;
import io.waybill.application.port.out.Tenants;
import io.waybill.application.shared.AuditEntry;
import io.waybill.application.shared.NameTakenException;
import io.waybill.application.shared.Tenant;
import io.waybill.domain.shared.InvalidValueException;
import io.waybill.domain.tenant.TenantId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Platform admins create and list tenants; a creation is stored with its audit entry. */
public class TenantService implements ManageTenants {

    private final Tenants tenants;
    private final Clock clock;

    public TenantService(Tenants tenants, Clock clock) {
        this.tenants = tenants;
        this.clock = clock;
    }

    @Override
    public Tenant create(Principal caller, TenantId id, String name) {
        TenantAccess.requirePlatformAdmin(caller, "create tenants");
        InvalidValueException.required(id, "id");
        Instant now = clock.instant();
        Tenant tenant = new Tenant(id, name, now);
        if (!tenants.create(tenant, AuditEntry.of(now, id, caller.actor(), "tenant.created", "tenant", id.value(), null))) {
            throw new NameTakenException("tenant id '" + id + "'");
        }
        return tenant;
    }

    @Override
    public List<Tenant> tenants(Principal caller) {
        TenantAccess.requirePlatformAdmin(caller, "list tenants");
        return tenants.all();
    }
}
