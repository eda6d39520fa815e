package io.waybill.application.port.in;

import io.waybill.application.shared.ExceptionQueue;
import io.waybill.domain.exceptions.ExceptionAction;
import io.waybill.domain.exceptions.ExceptionId;
import io.waybill.domain.shared.InvalidValueException;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** Operations work the exceptions queue: list it, read an item with its trail, acknowledge, assign, note, resolve. */
public interface WorkExceptions {

    /** The actions a person may take; Waybill itself opens and escalates. */
    Set<ExceptionAction.Type> PERSONS_ACTIONS = EnumSet.of(ExceptionAction.Type.ACKNOWLEDGE, ExceptionAction.Type.ASSIGN,
            ExceptionAction.Type.NOTE, ExceptionAction.Type.RESOLVE);

    /** One page of the queue of the caller's tenant, the earliest deadline first. */
    ExceptionQueue.Page list(ExceptionQueue.Query query);

    /** The item with its audit trail; empty when there is none the caller's tenant may see. */
    Optional<ExceptionQueue.Detail> get(ExceptionId id);

    /**
     * Does what {@code act} says, audited with its actor and the time; answers the item as it is now, with its trail.
     *
     * @throws ExceptionItemNotFoundException when there is no such item
     * @throws io.waybill.domain.shared.IllegalTransitionException when its state does not allow the action (resolving twice)
     * @throws ExceptionItemChangedException when {@code version} is not the item's, or it changed meanwhile
     */
    ExceptionQueue.Detail act(Act act);

    /**
     * One action on one item, by {@code actor} (an API key's name). {@code text}: the assignee for {@code ASSIGN}, the
     * note for {@code NOTE} (both required), how it was resolved for {@code RESOLVE} (optional); none for
     * {@code ACKNOWLEDGE}. {@code version}, when given, must be the item's as the caller read it.
     */
    record Act(ExceptionId exception, ExceptionAction.Type action, String actor, String text, Long version) {

        public Act {
            InvalidValueException.required(exception, "id");
            InvalidValueException.required(action, "action");
            if (!PERSONS_ACTIONS.contains(action)) {
                throw new InvalidValueException("action", action + " is Waybill's own; a person may " + PERSONS_ACTIONS);
            }
            actor = InvalidValueException.requiredText(actor, "actor", 64);
            if (version != null && version < 0) {
                throw new InvalidValueException("version", "must be 0 or more (got " + version + ")");
            }
        }
    }
}
