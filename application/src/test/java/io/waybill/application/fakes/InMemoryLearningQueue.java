package io.waybill.application.fakes;

import io.waybill.application.port.out.LearningQueue;
import io.waybill.domain.order.ShipmentId;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The learning queue in memory, for tests: like the PostgreSQL store, each delivery is handed out once. Thread-safe. */
public class InMemoryLearningQueue implements LearningQueue {

    private final Map<ShipmentId, DeliveryToLearn> queued = new LinkedHashMap<>();
    private final Set<ShipmentId> claimed = new HashSet<>();

    @Override
    public synchronized void queue(List<DeliveryToLearn> deliveries, Instant at) {
        deliveries.forEach(d -> queued.putIfAbsent(d.shipment(), d));
    }

    @Override
    public synchronized List<DeliveryToLearn> claim(Instant deliveredBefore, int limit, Instant at) {
        List<DeliveryToLearn> due = queued.values().stream().filter(d -> !claimed.contains(d.shipment()))
                .filter(d -> d.deliveredAt().isBefore(deliveredBefore))
                .sorted(Comparator.comparing(DeliveryToLearn::deliveredAt).thenComparing(d -> d.shipment().value()))
                .limit(limit).toList();
        due.forEach(d -> claimed.add(d.shipment()));
        return due;
    }
}
