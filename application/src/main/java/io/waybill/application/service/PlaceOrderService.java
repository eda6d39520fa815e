package io.waybill.application.service;

import io.waybill.application.shared.OrderNumberTakenException;
import io.waybill.application.shared.TenantScope;
import io.waybill.application.port.in.PlaceOrder;
import io.waybill.application.port.out.Notifications;
import io.waybill.application.port.out.Orders;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.OrderId;
import java.time.Clock;
import java.util.List;

/** Places orders for the tenant in scope (the caller's); an order number can be used once per tenant. */
public class PlaceOrderService implements PlaceOrder {

    private final Orders orders;
    private final Notifications notifications;
    private final Clock clock;

    public PlaceOrderService(Orders orders, Notifications notifications, Clock clock) {
        this.orders = orders;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Override
    public Order place(Command command) {
        OrderId existing = orders.idsByOrderNumbers(List.of(command.orderNumber())).get(command.orderNumber());
        if (existing != null) {
            throw new OrderNumberTakenException(command.orderNumber(), existing);
        }
        Order order = Order.place(TenantScope.requireTenant(), OrderId.random(), command.orderNumber(), command.customer(), command.address(),
                command.lines(), command.promise(), clock.instant());
        orders.save(List.of(order));
        notifications.publish(order.domainEvents());
        return order;
    }
}
