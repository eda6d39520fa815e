package io.waybill.adapters.rest.fakes;

import io.waybill.domain.tenant.TenantId;
import io.waybill.application.port.in.CancelOrder;
import io.waybill.application.port.in.ConfirmOrder;
import io.waybill.application.port.in.GetOrder;
import io.waybill.application.port.in.OrderNotFoundException;
import io.waybill.application.port.in.PlaceOrder;
import io.waybill.application.port.in.SearchOrders;
import io.waybill.application.shared.OrderNumberTakenException;
import io.waybill.application.shared.OrderSearch;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.OrderId;
import io.waybill.domain.order.Shipment;
import io.waybill.domain.tracking.TrackingId;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The order use cases over a map of real domain orders, so that refusals the domain makes (a cancelled order
 * confirmed) reach the resource as they would in the application. {@link #failNextCall} stands in for failures
 * only the real services and stores produce.
 */
@Singleton
public class InMemoryOrderDesk implements PlaceOrder, ConfirmOrder, CancelOrder, GetOrder, SearchOrders {

    private final Map<OrderId, Order> orders = new ConcurrentHashMap<>();
    private final Clock clock;
    private volatile RuntimeException nextFailure;
    private volatile OrderSearch.Query lastQuery;

    InMemoryOrderDesk(Clock clock) {
        this.clock = clock;
    }

    public void reset() {
        orders.clear();
        nextFailure = null;
        lastQuery = null;
    }

    /** Makes the next call of any order use case throw {@code failure}. */
    public void failNextCall(RuntimeException failure) {
        nextFailure = failure;
    }

    /** Stores an order built by the test, as if it had been placed and changed through the application. */
    public Order add(Order order) {
        orders.put(order.getId(), order);
        return order;
    }

    public List<Order> orders() {
        return List.copyOf(orders.values());
    }

    /** The criteria of the last search, as the resource read them from the query string. */
    public OrderSearch.Query lastQuery() {
        return lastQuery;
    }

    @Override
    public Order place(PlaceOrder.Command command) {
        failIfAsked();
        orders.values().stream().filter(o -> o.orderNumber().equals(command.orderNumber())).findFirst().ifPresent(o -> {
            throw new OrderNumberTakenException(command.orderNumber(), o.getId());
        });
        return add(Order.place(TenantId.DEFAULT, OrderId.random(), command.orderNumber(), command.customer(), command.address(), command.lines(),
                command.promise(), clock.instant()));
    }

    @Override
    public Order confirm(ConfirmOrder.Command command) {
        Order order = existing(command.order());
        order.confirm(TrackingId.generate(), command.paymentReference(), clock.instant());
        return order;
    }

    @Override
    public Order cancel(CancelOrder.Command command) {
        Order order = existing(command.order());
        order.cancel(command.reason(), clock.instant());
        return order;
    }

    @Override
    public Optional<Order> get(OrderId order) {
        failIfAsked();
        return Optional.ofNullable(orders.get(order));
    }

    @Override
    public OrderSearch.Page search(OrderSearch.Query query) {
        failIfAsked();
        lastQuery = query;
        List<OrderSearch.Summary> matching = orders.values().stream()
                .filter(o -> query.statuses().isEmpty() || query.statuses().contains(o.status()))
                .sorted(Comparator.comparing(Order::placedAt).reversed())
                .map(o -> new OrderSearch.Summary(o.getId(), o.orderNumber(), o.trackingId().orElse(null), o.status(), o.placedAt(),
                        o.shipments().stream().map(Shipment::carrier).distinct().toList()))
                .toList();
        List<OrderSearch.Summary> page = matching.stream().skip((long) query.page() * query.size()).limit(query.size()).toList();
        return new OrderSearch.Page(page, query.page(), query.size(), matching.size());
    }

    private Order existing(OrderId id) {
        failIfAsked();
        Order order = orders.get(id);
        if (order == null) {
            throw new OrderNotFoundException("with id " + id);
        }
        return order;
    }

    private void failIfAsked() {
        RuntimeException failure = nextFailure;
        if (failure != null) {
            nextFailure = null;
            throw failure;
        }
    }
}
