package io.waybill.adapters.persistence.disruptions;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.waybill.adapters.persistence.testing.PostgresTestResource;
import io.waybill.application.port.out.ReportedDisruptions;
import io.waybill.application.port.out.ReportedDisruptionsContract;
import jakarta.inject.Inject;

/** The ReportedDisruptions contract on a real PostgreSQL. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class JdbcDisruptionsTest extends ReportedDisruptionsContract {

    @Inject
    JdbcDisruptions store;

    @Override
    protected ReportedDisruptions disruptions() {
        return store;
    }
}
