package io.waybill.application.port.out;

import io.waybill.domain.order.OrderId;
import io.waybill.domain.order.ShipmentId;
import java.time.Instant;
import java.util.List;

/** Delivered shipments waiting until their late scans have come in, to be learned once each, across instances. */
public interface LearningQueue {

    /** A delivered shipment waiting to be learned. */
    record DeliveryToLearn(ShipmentId shipment, OrderId order, Instant deliveredAt) {
    }

    /** Queues deliveries to be learned once settled; one already queued (or learned) stays as it is. */
    void queue(List<DeliveryToLearn> deliveries, Instant at);

    /**
     * Claims up to {@code limit} queued deliveries delivered before {@code deliveredBefore} that no one has learned, in
     * delivery-time order (each is handed out once, across instances), and marks them learned at {@code at}.
     */
    List<DeliveryToLearn> claim(Instant deliveredBefore, int limit, Instant at);
}
