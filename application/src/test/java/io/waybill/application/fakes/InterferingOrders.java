package io.waybill.application.fakes;

import io.waybill.application.shared.OrderSearch;
import io.waybill.application.port.out.Orders;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.OrderId;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.tracking.EventKey;
import io.waybill.domain.tracking.TrackingId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Another writer in a test: delegates to a store, but runs {@code interference} right before the first
 * {@code times} saves, after the caller has loaded and changed its orders. The interference typically
 * changes the same order through the delegate, so the caller's save loses the race for real.
 */
public class InterferingOrders implements Orders {

    private final Orders delegate;
    private final Runnable interference;
    private final AtomicInteger remaining;

    public InterferingOrders(Orders delegate, int times, Runnable interference) {
        this.delegate = delegate;
        this.interference = interference;
        this.remaining = new AtomicInteger(times);
    }

    @Override
    public void save(Collection<Order> orders) {
        if (remaining.getAndDecrement() > 0) {
            interference.run();
        }
        delegate.save(orders);
    }

    @Override
    public Optional<Order> byId(OrderId id) {
        return delegate.byId(id);
    }

    @Override
    public java.util.OptionalLong versionByTrackingId(TrackingId trackingId) {
        return delegate.versionByTrackingId(trackingId);
    }

    @Override
    public Optional<Order> byTrackingId(TrackingId trackingId) {
        return delegate.byTrackingId(trackingId);
    }

    @Override
    public Optional<Order> byShipment(ShipmentId shipment) {
        return delegate.byShipment(shipment);
    }

    @Override
    public List<Order> byIds(Collection<OrderId> ids) {
        return delegate.byIds(ids);
    }

    @Override
    public Map<String, OrderId> idsByOrderNumbers(Collection<String> orderNumbers) {
        return delegate.idsByOrderNumbers(orderNumbers);
    }

    @Override
    public Map<TrackingId, OrderId> idsByTrackingIds(Collection<TrackingId> trackingIds) {
        return delegate.idsByTrackingIds(trackingIds);
    }

    @Override
    public Map<EventKey, OrderId> ordersHolding(Collection<EventKey> keys) {
        return delegate.ordersHolding(keys);
    }

    @Override
    public OrderSearch.Page search(OrderSearch.Query query) {
        return delegate.search(query);
    }
}
