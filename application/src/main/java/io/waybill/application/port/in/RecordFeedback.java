package io.waybill.application.port.in;

import java.time.Instant;
import java.util.Optional;

/**
 * Customers rate a delivered order through the signed, expiring link of their delivery message. The link is the
 * authorization: it names one order and cannot be forged or used after it expires.
 */
public interface RecordFeedback {

    /** What the feedback page shows: no personal data, only the order number and whether feedback was given. */
    record Invitation(String orderNumber, Instant expiresAt, Optional<Integer> givenRating) {
    }

    /**
     * @throws FeedbackLinkException when the token is forged, damaged or expired
     */
    Invitation invitation(String token);

    /**
     * Records a rating of 1 to 5 and an optional comment (at most 2000 characters).
     *
     * @throws FeedbackLinkException when the token is forged, damaged or expired
     * @throws io.waybill.domain.shared.InvalidValueException for a rating out of range or a comment too long
     * @throws io.waybill.domain.shared.IllegalTransitionException when feedback was already given for the order
     */
    void record(String token, int rating, String comment);

    /** A feedback link that cannot be used. */
    final class FeedbackLinkException extends RuntimeException {

        private final boolean expired;

        public FeedbackLinkException(String message, boolean expired) {
            super(message);
            this.expired = expired;
        }

        /** A genuine link whose time is over (as opposed to a damaged or forged one). */
        public boolean expired() {
            return expired;
        }
    }
}
