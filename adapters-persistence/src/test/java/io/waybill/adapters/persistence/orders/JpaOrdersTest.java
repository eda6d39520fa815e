package io.waybill.adapters.persistence.orders;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.waybill.adapters.persistence.testing.PostgresTestResource;
import io.waybill.application.port.out.Orders;
import io.waybill.application.port.out.OrdersContract;
import io.waybill.application.port.out.Shipments;
import jakarta.inject.Inject;

/** The Orders/Shipments contract against Hibernate ORM on a real PostgreSQL. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class JpaOrdersTest extends OrdersContract {

    @Inject
    JpaOrders jpaOrders;

    @Override
    protected Orders orders() {
        return jpaOrders;
    }

    @Override
    protected Shipments shipments() {
        return jpaOrders;
    }
}
