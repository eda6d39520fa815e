package io.waybill.application.fakes;

import io.waybill.application.port.out.LearningQueue;
import io.waybill.application.port.out.LearningQueueContract;

/** The fake hands out deliveries to learn as the PostgreSQL store does. */
class InMemoryLearningQueueTest extends LearningQueueContract {

    private final InMemoryLearningQueue queue = new InMemoryLearningQueue();

    @Override
    protected LearningQueue queue() {
        return queue;
    }
}
