package io.waybill.adapters.rest.pages;

import io.waybill.application.port.in.RateDelivery;
import java.util.Optional;

/**
 * The feedback part of a tracking page: shown once the order is delivered, as a form until it is rated, then as a
 * thank-you with the rating given; {@code problem} says what to correct in a form just sent.
 */
record PageFeedback(boolean open, Integer given, String problem) {

    static PageFeedback of(Optional<RateDelivery.State> state, String problem) {
        return state.map(s -> new PageFeedback(s.open(), s.given().orElse(null), problem)).orElse(null);
    }
}
