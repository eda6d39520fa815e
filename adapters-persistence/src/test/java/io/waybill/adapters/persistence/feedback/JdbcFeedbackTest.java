package io.waybill.adapters.persistence.feedback;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.waybill.adapters.persistence.orders.JpaOrders;
import io.waybill.adapters.persistence.testing.PostgresTestResource;
import io.waybill.application.port.out.DeliveryFeedback;
import io.waybill.application.port.out.DeliveryFeedbackContract;
import io.waybill.application.port.out.Orders;
import jakarta.inject.Inject;

/** The DeliveryFeedback contract on a real PostgreSQL, where a second feedback meets the order's primary key. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class JdbcFeedbackTest extends DeliveryFeedbackContract {

    @Inject
    JdbcFeedback store;

    @Inject
    JpaOrders orders;

    @Override
    protected DeliveryFeedback feedback() {
        return store;
    }

    @Override
    protected Orders orders() {
        return orders;
    }
}
