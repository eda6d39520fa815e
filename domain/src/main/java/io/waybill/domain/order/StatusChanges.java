package io.waybill.domain.order;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jmolecules.event.types.DomainEvent;

/**
 * The statuses of an order and its shipments before a change, and the domain events saying which of them the change
 * moved: an {@link OrderEvents.OrderStatusChanged} when the order status moved, a
 * {@link OrderEvents.ShipmentStatusChanged} for each shipment whose status moved or that is new ({@code from} null).
 */
final class StatusChanges {

    private final OrderStatus before;
    private final Map<ShipmentId, ShipmentStatus> shipmentsBefore = new HashMap<>();

    private StatusChanges(Order order) {
        this.before = order.status();
        order.shipments().forEach(s -> shipmentsBefore.put(s.getId(), s.status()));
    }

    /** The statuses of {@code order} now, before the change. */
    static StatusChanges before(Order order) {
        return new StatusChanges(order);
    }

    /** What moved between then and {@code order} now, in this order: the order's status, then each shipment's. */
    List<DomainEvent> since(Order order) {
        List<DomainEvent> events = new ArrayList<>();
        if (before != order.status()) {
            events.add(new OrderEvents.OrderStatusChanged(order.getId(), before, order.status()));
        }
        for (Shipment s : order.shipments()) {
            ShipmentStatus was = shipmentsBefore.get(s.getId());
            if (was != s.status()) {
                events.add(new OrderEvents.ShipmentStatusChanged(order.getId(), s.getId(), was, s.status()));
            }
        }
        return events;
    }
}
