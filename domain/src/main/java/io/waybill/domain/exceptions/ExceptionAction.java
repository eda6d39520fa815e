package io.waybill.domain.exceptions;

import io.waybill.domain.shared.InvalidValueException;
import java.time.Instant;

/**
 * One line of an item's audit trail: when, who (an API key's name, or {@code system} for Waybill itself), what, and the
 * words that went with it (a note, the assignee, how it was resolved, whom an escalation told). Appended, never changed.
 */
public record ExceptionAction(Instant at, String actor, Type type, String text) {

    /** Waybill itself: the sweep that opens, escalates and closes items. */
    public static final String SYSTEM = "system";
    public static final int MAX_TEXT = 2000;

    /** What was done. */
    public enum Type { OPEN, ACKNOWLEDGE, ASSIGN, NOTE, ESCALATE, RESOLVE }

    public ExceptionAction {
        InvalidValueException.required(at, "at");
        actor = InvalidValueException.requiredText(actor, "actor", 64);
        InvalidValueException.required(type, "action");
        text = InvalidValueException.optionalFreeText(text, "text", MAX_TEXT);
    }
}
