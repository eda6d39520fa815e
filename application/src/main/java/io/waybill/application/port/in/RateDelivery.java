package io.waybill.application.port.in;

import io.waybill.domain.tracking.TrackingId;
import java.util.Optional;

/**
 * A customer rates a delivered order from its tracking page. The tracking ID is the authority, as it is for reading the
 * page: whoever has it may rate that order, once.
 */
public interface RateDelivery {

    /**
     * The rating already given for the order with this tracking ID, if any (one indexed read each: the tracking page
     * asks on every view of a delivered order).
     */
    Optional<Integer> givenRating(TrackingId trackingId);

    /**
     * Records a rating of 1 to 5 and an optional comment (at most 2000 characters).
     *
     * @throws OrderNotFoundException when no order has this tracking ID
     * @throws io.waybill.domain.shared.InvalidValueException for a rating out of range or a comment too long
     * @throws io.waybill.domain.shared.IllegalTransitionException when the order is not delivered, or was rated already
     */
    void rate(TrackingId trackingId, int rating, String comment);
}
