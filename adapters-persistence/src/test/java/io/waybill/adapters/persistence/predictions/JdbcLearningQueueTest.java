package io.waybill.adapters.persistence.predictions;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.waybill.adapters.persistence.testing.PostgresTestResource;
import io.waybill.application.port.out.LearningQueue;
import io.waybill.application.port.out.LearningQueueContract;
import jakarta.inject.Inject;

/** The learning-queue contract on a real PostgreSQL: each delivery handed out once, in delivery-time order. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class JdbcLearningQueueTest extends LearningQueueContract {

    @Inject
    JdbcLearningQueue jdbcLearningQueue;

    @Override
    protected LearningQueue queue() {
        return jdbcLearningQueue;
    }
}
