package io.waybill.adapters.rest.fakes;

import io.waybill.application.port.in.AuthenticateApiKey.Principal;
import io.waybill.application.port.in.ManageTenants;
import io.waybill.application.shared.Tenant;
import io.waybill.domain.tenant.TenantId;
import java.util.List;
import java.util.function.Supplier;

/** Tenant administration of the current generation of {@link TestApiKeys}. */
final class DelegatingTenants implements ManageTenants {

    private final Supplier<ManageTenants> current;

    DelegatingTenants(Supplier<ManageTenants> current) {
        this.current = current;
    }

    @Override
    public Tenant create(Principal caller, TenantId id, String name) {
        return current.get().create(caller, id, name);
    }

    @Override
    public List<Tenant> tenants(Principal caller) {
        return current.get().tenants(caller);
    }
}
