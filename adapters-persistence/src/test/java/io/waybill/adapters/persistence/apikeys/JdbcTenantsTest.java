package io.waybill.adapters.persistence.apikeys;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.waybill.adapters.persistence.audit.JdbcAuditLog;
import io.waybill.adapters.persistence.testing.PostgresTestResource;
import io.waybill.application.port.out.AuditLog;
import io.waybill.application.port.out.Tenants;
import io.waybill.application.port.out.TenantsContract;
import jakarta.inject.Inject;

/** The Tenants contract on a real PostgreSQL, where the default tenant comes with the migrations. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class JdbcTenantsTest extends TenantsContract {

    @Inject
    JdbcTenants tenants;

    @Inject
    JdbcAuditLog audit;

    @Override
    protected Tenants tenants() {
        return tenants;
    }

    @Override
    protected AuditLog audit() {
        return audit;
    }
}
