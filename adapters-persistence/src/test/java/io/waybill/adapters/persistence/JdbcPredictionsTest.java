package io.waybill.adapters.persistence;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.waybill.adapters.persistence.jpa.JdbcPredictions;
import io.waybill.adapters.persistence.jpa.JpaOrders;
import io.waybill.adapters.persistence.testing.PostgresTestResource;
import io.waybill.application.port.out.CarrierEstimatesContract;
import io.waybill.application.port.out.Orders;
import io.waybill.application.port.out.Predictions;
import jakarta.inject.Inject;

/** The carrier-estimate contract of the Predictions store on a real PostgreSQL: newer reports win, older ones are ignored. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class JdbcPredictionsTest extends CarrierEstimatesContract {

    @Inject
    JdbcPredictions jdbcPredictions;

    @Inject
    JpaOrders jpaOrders;

    @Override
    protected Predictions predictions() {
        return jdbcPredictions;
    }

    @Override
    protected Orders orders() {
        return jpaOrders;
    }
}
