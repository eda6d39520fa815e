package io.waybill.application.service;

import io.waybill.application.port.in.RetractTrackingEvents;
import io.waybill.application.port.out.AuditTrail;
import io.waybill.application.port.out.Notifications;
import io.waybill.application.port.out.Orders;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.OrderId;
import io.waybill.domain.shared.EventRejectedException;
import io.waybill.domain.tracking.EventKey;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Takes back steps on the orders holding them: found by their event keys among the tenant's orders only, retracted on
 * the loaded aggregates and saved all at once, like ingestion, so the derived statuses and their status-change events
 * (outbox, notifications) follow the same path. A save that lost a race is redone from a fresh load, which is safe
 * because retracting is idempotent.
 */
public class RetractionService implements RetractTrackingEvents {

    private final Orders orders;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final Consumer<List<Order>> afterChange;

    /** @param afterChange told of the orders a retraction changed, once stored (predictions are kept fresh this way) */
    public RetractionService(Orders orders, Notifications notifications, AuditTrail audit, Consumer<List<Order>> afterChange) {
        this.orders = orders;
        this.notifications = notifications;
        this.audit = audit;
        this.afterChange = afterChange;
    }

    @Override
    public List<OrderId> retract(List<Retraction> retractions) {
        if (retractions.isEmpty()) {
            return List.of();
        }
        List<Order> changed = Conflicts.retry(() -> apply(retractions));
        if (!changed.isEmpty()) {
            afterChange.accept(changed);
        }
        for (Order order : changed) {
            notifications.publish(order.domainEvents());
            // the reason stays on the timeline: it is the sender's text, and the audit log holds none
            audit.record(new AuditTrail.Change("order.step-retracted", "order", order.getId().toString()));
        }
        return changed.stream().map(Order::getId).toList();
    }

    private List<Order> apply(List<Retraction> retractions) {
        Map<EventKey, OrderId> holders = orders.ordersHolding(retractions.stream().map(Retraction::key).toList());
        if (holders.isEmpty()) {
            return List.of();
        }
        Map<OrderId, Order> loaded = new HashMap<>();
        orders.byIds(holders.values()).forEach(o -> loaded.put(o.getId(), o));
        Map<OrderId, Order> changed = new LinkedHashMap<>();
        for (Retraction r : retractions) {
            Order order = loaded.get(holders.get(r.key()));
            if (order == null) {
                continue;
            }
            try {
                if (order.retract(r.key(), r.at(), r.reason())) {
                    changed.put(order.getId(), order);
                }
            } catch (EventRejectedException neverTakenBack) {
                // a PACKED or Waybill's own step stays as it is, as this port promises
            }
        }
        if (!changed.isEmpty()) {
            orders.save(changed.values());
        }
        return List.copyOf(changed.values());
    }
}
