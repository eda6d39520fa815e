package io.waybill.adapters.rest.fakes;

import io.waybill.application.port.in.FollowOrder;
import io.waybill.application.port.in.FollowTracking;
import io.waybill.domain.order.OrderId;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Followers of orders a test may signal; an order nobody made followable has none. */
@Singleton
public class InMemoryOrderFollowing implements FollowOrder {

    private final Map<OrderId, Runnable> followers = new ConcurrentHashMap<>();

    /** Tells the order's follower, if it has one, that the order changed. */
    public boolean signal(OrderId order) {
        Runnable follower = followers.get(order);
        if (follower != null) {
            follower.run();
        }
        return follower != null;
    }

    @Override
    public Optional<FollowTracking.Following> follow(OrderId order, Runnable changed) {
        followers.put(order, changed);
        return Optional.of(() -> followers.remove(order, changed));
    }
}
