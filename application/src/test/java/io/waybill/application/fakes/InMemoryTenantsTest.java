package io.waybill.application.fakes;

import io.waybill.application.port.out.AuditLog;
import io.waybill.application.port.out.Tenants;
import io.waybill.application.port.out.TenantsContract;

/** The tenants fake against the contract of the real store. */
class InMemoryTenantsTest extends TenantsContract {

    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final InMemoryTenants tenants = new InMemoryTenants(audit);

    @Override
    protected Tenants tenants() {
        return tenants;
    }

    @Override
    protected AuditLog audit() {
        return audit;
    }
}
