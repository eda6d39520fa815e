package io.waybill.application.port.in;

import io.waybill.domain.order.OrderId;
import java.util.Optional;

/**
 * Live updates of an order for the operations console: the tenant in scope is told when its order may have changed,
 * so an open page can read it again. Like {@link FollowTracking}, the signal carries nothing but "look again".
 */
public interface FollowOrder {

    /** Empty when the tenant in scope has no such order. {@code changed} runs off the caller's thread. */
    Optional<FollowTracking.Following> follow(OrderId order, Runnable changed);
}
