package io.waybill.adapters.persistence.audit;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.waybill.adapters.persistence.testing.PostgresTestResource;
import io.waybill.application.port.out.AuditLog;
import io.waybill.application.port.out.AuditLogContract;
import jakarta.inject.Inject;

/** The AuditLog contract on a real PostgreSQL (microsecond instants, ids from a sequence). */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class JdbcAuditLogTest extends AuditLogContract {

    @Inject
    JdbcAuditLog audit;

    @Override
    protected AuditLog audit() {
        return audit;
    }
}
