package io.waybill.adapters.rest.pages;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The feedback part of a tracking page: shown once the order is delivered, as a form until it is rated, then as a
 * thank-you with the rating given; {@code problem} says what to correct in a form just sent.
 */
record PageFeedback(boolean open, Integer given, String problem) {

    /** None before the order is delivered: the page asks nothing then, and reads nothing for it. */
    static PageFeedback of(boolean delivered, Supplier<Optional<Integer>> given, String problem) {
        return delivered ? new PageFeedback(true, given.get().orElse(null), problem) : null;
    }
}
