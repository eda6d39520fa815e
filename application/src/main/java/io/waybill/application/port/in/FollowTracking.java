package io.waybill.application.port.in;

import io.waybill.domain.tracking.TrackingId;
import java.util.Optional;

/**
 * Live updates of the public tracking view: whoever holds the tracking ID is told when the view may have changed (a new
 * step, a new status, a new estimate or risk level), so an open page can fetch it again. The signal carries nothing but
 * "look again": what is shown is still read through {@link TrackOrder}.
 */
public interface FollowTracking {

    /** Follows an order's view; empty when no order has the tracking ID. {@code changed} runs off the caller's thread. */
    Optional<Following> follow(TrackingId trackingId, Runnable changed);

    /** One open follower; closing it stops the signals. */
    interface Following extends AutoCloseable {

        @Override
        void close();
    }
}
