package io.waybill.application.service;

import io.waybill.application.port.out.CarrierEstimates;
import io.waybill.application.port.out.LearnedStatistics;
import io.waybill.application.port.out.LearningQueue;
import io.waybill.application.port.out.LearningQueue.DeliveryToLearn;
import io.waybill.application.port.out.Orders;
import io.waybill.application.shared.CarrierEstimate;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.OrderId;
import io.waybill.domain.order.Shipment;
import io.waybill.domain.order.ShipmentId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Teaches the delay model from delivered shipments: a delivery is queued when the watch sees it, and learned only once
 * it has settled (its late scans have come in), each once across instances, then the changed cells are stored.
 */
public class DeliveryLearning {

    private final DelayModel model;
    private final LearningQueue queue;
    private final Orders orders;
    private final CarrierEstimates estimates;
    private final LearnedStatistics learned;
    private final Clock clock;

    public DeliveryLearning(DelayModel model, LearningQueue queue, Orders orders, CarrierEstimates estimates,
            LearnedStatistics learned, Clock clock) {
        this.model = model;
        this.queue = queue;
        this.orders = orders;
        this.estimates = estimates;
        this.learned = learned;
        this.clock = clock;
    }

    /** Queues deliveries to be learned once settled; one already queued stays as it is. */
    void queue(List<DeliveryToLearn> deliveries, Instant at) {
        queue.queue(deliveries, at);
    }

    /**
     * Learns the deliveries that have settled (delivered before {@code settle} ago, so late scans have come in), in
     * delivery-time order, not in the order they were processed: replaying the same history in another arrival order
     * teaches the model the same. Returns how many were claimed (learned, or found to be nothing to learn any more).
     */
    public int learnSettled(Duration settle, int limit) {
        Instant now = clock.instant();
        List<DeliveryToLearn> due = queue.claim(now.minus(settle), limit, now);
        if (due.isEmpty()) {
            return 0;
        }
        Map<OrderId, Order> byId = new HashMap<>();
        orders.byIds(due.stream().map(DeliveryToLearn::order).distinct().toList()).forEach(o -> byId.put(o.getId(), o));
        // how wrong the carrier's estimate was is learned from its first one (its promise at hand-over): the report that
        // comes with the delivery scan repeats or revises the estimate after the fact
        Map<ShipmentId, CarrierEstimate> first = estimates.first(due.stream().map(DeliveryToLearn::shipment).toList());
        List<DelayModel.Delivery> deliveries = new ArrayList<>();
        for (DeliveryToLearn delivery : due) {
            Order order = byId.get(delivery.order());
            Optional<Shipment> shipment = order == null ? Optional.empty() : order.shipment(delivery.shipment());
            if (shipment.isEmpty() || shipment.get().deliveredAt() == null) {
                continue; // gone, or no longer delivered (a correction): nothing to learn
            }
            // a first report after the delivery is no estimate
            Optional<Instant> estimated = DelayModel.carrierEstimateAsOf(first.get(delivery.shipment()), shipment.get().deliveredAt());
            deliveries.add(new DelayModel.Delivery(order, shipment.get(), estimated));
        }
        DelayModel.Lesson lesson = model.learn(deliveries);
        learned.save(lesson.cells(), lesson.calibrations());
        return due.size();
    }
}
