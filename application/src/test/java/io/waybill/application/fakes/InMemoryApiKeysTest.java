package io.waybill.application.fakes;

import io.waybill.application.port.out.ApiKeys;
import io.waybill.application.port.out.ApiKeysContract;
import io.waybill.application.port.out.AuditLog;
import io.waybill.application.port.out.Tenants;

/** The fake passes the same contract as the real store, so tests on the fake say something about production. */
class InMemoryApiKeysTest extends ApiKeysContract {

    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final InMemoryApiKeys store = new InMemoryApiKeys(audit);
    private final InMemoryTenants tenants = new InMemoryTenants(audit);

    @Override
    protected ApiKeys keys() {
        return store;
    }

    @Override
    protected Tenants tenants() {
        return tenants;
    }

    @Override
    protected AuditLog audit() {
        return audit;
    }
}
