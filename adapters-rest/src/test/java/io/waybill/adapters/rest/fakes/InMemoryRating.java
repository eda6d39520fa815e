package io.waybill.adapters.rest.fakes;

import io.waybill.application.port.in.OrderNotFoundException;
import io.waybill.application.port.in.RateDelivery;
import io.waybill.domain.shared.IllegalTransitionException;
import io.waybill.domain.shared.InvalidValueException;
import io.waybill.domain.tracking.TrackingId;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Ratings of delivered orders a test names; the rules of the real service (1 to 5, once, delivered only). */
@Singleton
public class InMemoryRating implements RateDelivery {

    private final Set<TrackingId> delivered = ConcurrentHashMap.newKeySet();
    private final Map<TrackingId, Integer> given = new ConcurrentHashMap<>();

    public void reset() {
        delivered.clear();
        given.clear();
    }

    public void delivered(TrackingId trackingId) {
        delivered.add(trackingId);
    }

    @Override
    public Optional<Integer> givenRating(TrackingId trackingId) {
        return Optional.ofNullable(given.get(trackingId));
    }

    @Override
    public void rate(TrackingId trackingId, int rating, String comment) {
        if (rating < 1 || rating > 5) {
            throw new InvalidValueException("rating", "from 1 to 5, got " + rating);
        }
        if (!delivered.contains(trackingId)) {
            throw new OrderNotFoundException("with tracking ID " + trackingId.formatted());
        }
        if (given.putIfAbsent(trackingId, rating) != null) {
            throw new IllegalTransitionException("FEEDBACK_GIVEN", "FEEDBACK", "rated already");
        }
    }
}
