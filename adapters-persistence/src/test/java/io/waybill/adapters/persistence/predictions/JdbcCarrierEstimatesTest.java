package io.waybill.adapters.persistence.predictions;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.waybill.adapters.persistence.orders.JpaOrders;
import io.waybill.adapters.persistence.testing.PostgresTestResource;
import io.waybill.application.port.out.CarrierEstimates;
import io.waybill.application.port.out.CarrierEstimatesContract;
import io.waybill.application.port.out.Orders;
import jakarta.inject.Inject;

/** The carrier-estimate contract on a real PostgreSQL: newer reports win, older ones are ignored, old ones forgotten. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class JdbcCarrierEstimatesTest extends CarrierEstimatesContract {

    @Inject
    JdbcCarrierEstimates jdbcCarrierEstimates;

    @Inject
    JpaOrders jpaOrders;

    @Override
    protected CarrierEstimates estimates() {
        return jdbcCarrierEstimates;
    }

    @Override
    protected Orders orders() {
        return jpaOrders;
    }
}
