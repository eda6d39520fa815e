package io.waybill.domain.shared;

/**
 * A command asked for a state change the lifecycle does not allow from the current state, for
 * example cancelling an order whose parcels are already with the carrier. The message names both
 * states and the reason.
 */
public class IllegalTransitionException extends RuntimeException {

    private final String from;
    private final String to;

    public IllegalTransitionException(Object from, Object to, String reason) {
        super("Illegal transition " + from + " -> " + to + ": " + reason);
        this.from = String.valueOf(from);
        this.to = String.valueOf(to);
    }

    public String from() {
        return from;
    }

    public String to() {
        return to;
    }
}
