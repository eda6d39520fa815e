package io.waybill.domain.exceptions;

/** Where an item of the exceptions queue stands: open until a person acknowledges it, then theirs until resolved. */
public enum ExceptionState {
    /** Nobody has taken it on yet: past its deadline it escalates. */
    OPEN,
    /** A person has taken it on. */
    ACKNOWLEDGED,
    /** Done with: by a person, or by Waybill when the shipment recovered before anyone acknowledged it. */
    RESOLVED;

    public boolean isResolved() {
        return this == RESOLVED;
    }
}
