package io.waybill.application.service;

import io.waybill.application.port.in.ConfirmOrder;
import io.waybill.application.port.in.OrderNotFoundException;
import io.waybill.application.port.out.Notifications;
import io.waybill.application.port.out.Orders;
import io.waybill.application.port.out.Warehouse;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.OrderEvents;
import io.waybill.domain.tracking.TrackingId;
import java.time.Clock;
import java.util.List;

/** Confirms a paid order, issues its tracking ID and hands it to the warehouse. Confirming twice is harmless. */
public class ConfirmOrderService implements ConfirmOrder {

    private final Orders orders;
    private final Warehouse warehouse;
    private final Notifications notifications;
    private final Clock clock;

    public ConfirmOrderService(Orders orders, Warehouse warehouse, Notifications notifications, Clock clock) {
        this.orders = orders;
        this.warehouse = warehouse;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Override
    public Order confirm(Command command) {
        Order order = Conflicts.retry(() -> {
            Order loaded = orders.byId(command.order()).orElseThrow(() -> new OrderNotFoundException("with id " + command.order()));
            loaded.confirm(TrackingId.generate(), command.paymentReference(), clock.instant());
            if (!loaded.unsavedEntries().isEmpty()) {
                orders.save(List.of(loaded));
            }
            return loaded;
        });
        notifications.publish(order.domainEvents());
        if (order.domainEvents().stream().anyMatch(OrderEvents.OrderConfirmed.class::isInstance)) {
            warehouse.requestFulfilment(order);
        }
        return order;
    }
}
