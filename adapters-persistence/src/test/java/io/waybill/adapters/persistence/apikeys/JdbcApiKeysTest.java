package io.waybill.adapters.persistence.apikeys;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.waybill.adapters.persistence.audit.JdbcAuditLog;
import io.waybill.adapters.persistence.testing.PostgresTestResource;
import io.waybill.application.port.out.ApiKeys;
import io.waybill.application.port.out.ApiKeysContract;
import io.waybill.application.port.out.AuditLog;
import io.waybill.application.port.out.Tenants;
import jakarta.inject.Inject;

/**
 * The ApiKeys contract on a real PostgreSQL (where the hashes are also unique keys, a name is unique per tenant by the
 * primary key, and each change commits with its audit entry).
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class JdbcApiKeysTest extends ApiKeysContract {

    @Inject
    JdbcApiKeys store;

    @Inject
    JdbcTenants tenants;

    @Inject
    JdbcAuditLog audit;

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
