package io.waybill.application.port.in;

import io.waybill.domain.order.OrderId;

/** What became of one event of a batch: accepted, a duplicate of one already recorded, or rejected and why. */
public record EventOutcome(int index, Result result, String reason, OrderId order) {

    public enum Result { ACCEPTED, DUPLICATE, REJECTED }

    public static EventOutcome rejected(int index, String reason) {
        return new EventOutcome(index, Result.REJECTED, reason, null);
    }
}
