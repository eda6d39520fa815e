package io.waybill.application.port.in;

import io.waybill.domain.order.OrderId;
import io.waybill.domain.order.TimelineEntry;
import io.waybill.domain.shared.InvalidValueException;
import io.waybill.domain.tracking.EventKey;
import java.time.Instant;
import java.util.List;

/**
 * Takes back timeline steps their source declared wrong (an EPCIS error declaration, say): each step stays on its
 * order's timeline, not applied, and the order's statuses are derived again as if it had never happened.
 */
public interface RetractTrackingEvents {

    /**
     * The orders of the tenant in scope that had a step taken back now, each once. A key no order of the tenant holds,
     * a step taken back before, and one that is never taken back (a PACKED event, Waybill's own) change nothing.
     */
    List<OrderId> retract(List<Retraction> retractions);

    /** The step recorded under {@code key}, taken back at {@code at}; {@code reason} is shown on the timeline. */
    record Retraction(EventKey key, Instant at, String reason) {

        public Retraction {
            InvalidValueException.required(key, "key");
            InvalidValueException.required(at, "at");
            reason = InvalidValueException.requiredText(reason, "reason", TimelineEntry.Retraction.MAX_REASON);
        }
    }
}
