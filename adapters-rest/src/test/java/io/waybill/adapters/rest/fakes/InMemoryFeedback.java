package io.waybill.adapters.rest.fakes;

import io.waybill.application.port.in.RecordFeedback;
import io.waybill.domain.shared.IllegalTransitionException;
import io.waybill.domain.shared.InvalidValueException;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Feedback links by token: {@link #VALID} admits order {@link #ORDER_NUMBER} until {@link #EXPIRES_AT},
 * {@link #EXPIRED} is a genuine link whose time is over, any other token is damaged or forged. Rules as the real
 * service: a rating from 1 to 5, once per order.
 */
@Singleton
public class InMemoryFeedback implements RecordFeedback {

    public static final String VALID = "valid-token";
    public static final String EXPIRED = "expired-token";
    public static final String ORDER_NUMBER = "SO-FEEDBACK-1";
    public static final Instant EXPIRES_AT = Instant.parse("2026-12-01T00:00:00Z");

    /** What was recorded: rating and comment by order number. */
    public record Given(int rating, String comment) {
    }

    private final Map<String, Given> given = new ConcurrentHashMap<>();

    public void reset() {
        given.clear();
    }

    public Optional<Given> given(String orderNumber) {
        return Optional.ofNullable(given.get(orderNumber));
    }

    @Override
    public Invitation invitation(String token) {
        String order = order(token);
        return new Invitation(order, EXPIRES_AT, given(order).map(Given::rating));
    }

    @Override
    public void record(String token, int rating, String comment) {
        String order = order(token);
        if (rating < 1 || rating > 5) {
            throw new InvalidValueException("rating", "from 1 (poor) to 5 (excellent), got " + rating);
        }
        if (given.putIfAbsent(order, new Given(rating, comment)) != null) {
            throw new IllegalTransitionException("FEEDBACK_GIVEN", "FEEDBACK", "feedback for this order was already recorded");
        }
    }

    private static String order(String token) {
        if (EXPIRED.equals(token)) {
            throw new FeedbackLinkException("the feedback link expired at " + EXPIRES_AT, true);
        }
        if (!VALID.equals(token)) {
            throw new FeedbackLinkException("the feedback link is not valid; use the link from the delivery message", false);
        }
        return ORDER_NUMBER;
    }
}
