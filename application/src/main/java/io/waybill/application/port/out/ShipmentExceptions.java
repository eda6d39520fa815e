package io.waybill.application.port.out;

import io.waybill.application.shared.ConcurrentUpdateException;
import io.waybill.application.shared.ExceptionQueue;
import io.waybill.domain.exceptions.ConditionBreached;
import io.waybill.domain.exceptions.ExceptionAction;
import io.waybill.domain.exceptions.ExceptionEscalated;
import io.waybill.domain.exceptions.ExceptionId;
import io.waybill.domain.exceptions.ExceptionItem;
import java.util.List;
import java.util.Optional;

/** The items of the exceptions queue and their audit trails, of the tenant in scope (all in the platform's). */
public interface ShipmentExceptions {

    /**
     * Stores a new item with its opening action, unless its shipment already has an unresolved item of its kind, or an
     * item was opened before for the same condition (shipment, kind and {@code since}): then nothing is stored. So a
     * repeated sweep, or two instances sweeping at once, never open a second item.
     *
     * @return whether the item was stored
     */
    default boolean open(ExceptionItem.Change opened) {
        return open(opened, Optional.empty());
    }

    /**
     * {@link #open(ExceptionItem.Change)}, and when the item is stored, {@code announced} to the webhook outbox in the same
     * transaction (a condition breach is told at once).
     */
    boolean open(ExceptionItem.Change opened, Optional<ConditionBreached> announced);

    /**
     * Stores a change of an item and appends its action, if the item is still at the version it had before the change
     * ({@code change.item().version() - 1}); with {@code announced}, also the escalation's message to the webhook outbox,
     * in the same transaction.
     *
     * @throws ConcurrentUpdateException when the item changed meanwhile; nothing was stored
     */
    void save(ExceptionItem.Change change, Optional<ExceptionEscalated> announced);

    Optional<ExceptionItem> byId(ExceptionId id);

    /** The item's audit trail, oldest first. */
    List<ExceptionAction> actions(ExceptionId id);

    /** Every item not resolved yet. */
    List<ExceptionItem> unresolved();

    /** One page of the items that match, the earliest deadline first (then the oldest), with the count of all. */
    ExceptionQueue.Page search(ExceptionQueue.Query query);
}
