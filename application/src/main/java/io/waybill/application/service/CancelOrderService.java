package io.waybill.application.service;

import io.waybill.application.port.in.CancelOrder;
import io.waybill.application.port.in.OrderNotFoundException;
import io.waybill.application.port.out.AuditTrail;
import io.waybill.application.port.out.Notifications;
import io.waybill.application.port.out.Orders;
import io.waybill.application.port.out.Warehouse;
import io.waybill.domain.order.Order;
import java.time.Clock;
import java.util.List;

/** Cancels an order before shipping and tells the warehouse to stop. */
public class CancelOrderService implements CancelOrder {

    private final Orders orders;
    private final Warehouse warehouse;
    private final Notifications notifications;
    private final Clock clock;
    private final AuditTrail audit;

    public CancelOrderService(Orders orders, Warehouse warehouse, Notifications notifications, Clock clock) {
        this(orders, warehouse, notifications, clock, AuditTrail.NONE);
    }

    public CancelOrderService(Orders orders, Warehouse warehouse, Notifications notifications, Clock clock, AuditTrail audit) {
        this.orders = orders;
        this.warehouse = warehouse;
        this.notifications = notifications;
        this.clock = clock;
        this.audit = audit;
    }

    @Override
    public Order cancel(Command command) {
        Order order = Conflicts.retry(() -> {
            Order loaded = orders.byId(command.order()).orElseThrow(() -> new OrderNotFoundException("with id " + command.order()));
            loaded.cancel(command.reason(), clock.instant());
            if (!loaded.unsavedEntries().isEmpty()) {
                orders.save(List.of(loaded));
            }
            return loaded;
        });
        if (!order.domainEvents().isEmpty()) {
            notifications.publish(order.domainEvents());
            warehouse.cancelFulfilment(order);
            // the reason stays with the order: it is free text and may name people, the audit log must not
            audit.record(new AuditTrail.Change("order.cancelled", "order", order.getId().toString()));
        }
        return order;
    }
}
