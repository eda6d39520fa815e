package io.waybill.application.service;

import io.waybill.application.port.in.FollowExceptions;
import io.waybill.application.port.in.FollowOrder;
import io.waybill.application.port.in.FollowTracking;
import io.waybill.application.port.out.ExceptionChanges;
import io.waybill.application.port.out.OrderChanges;
import io.waybill.application.port.out.Orders;
import io.waybill.application.shared.TenantScope;
import io.waybill.domain.order.OrderId;
import io.waybill.domain.tracking.TrackingId;
import java.util.List;
import java.util.Optional;

/**
 * Follows a tracking ID by the order it names (like the public view itself, across tenants: the ID is the key), an
 * order of the tenant in scope, and the tenant's exceptions queue.
 */
public class TrackingFollowers implements FollowTracking, FollowOrder, FollowExceptions {

    private final Orders orders;
    private final OrderChanges changes;
    private final ExceptionChanges exceptionChanges;

    public TrackingFollowers(Orders orders, OrderChanges changes, ExceptionChanges exceptionChanges) {
        this.orders = orders;
        this.changes = changes;
        this.exceptionChanges = exceptionChanges;
    }

    @Override
    public Following follow(Runnable changed) {
        OrderChanges.Watch watch = exceptionChanges.watch(TenantScope.requireTenant(), changed);
        return watch::close;
    }

    @Override
    public Optional<Following> follow(TrackingId trackingId, Runnable changed) {
        OrderId order = TenantScope.platform(() -> orders.idsByTrackingIds(List.of(trackingId)).get(trackingId));
        if (order == null) {
            return Optional.empty();
        }
        OrderChanges.Watch watch = changes.watch(order, changed);
        return Optional.of(watch::close);
    }

    @Override
    public Optional<Following> follow(OrderId order, Runnable changed) {
        if (orders.byId(order).isEmpty()) {
            return Optional.empty();
        }
        OrderChanges.Watch watch = changes.watch(order, changed);
        return Optional.of(watch::close);
    }
}
