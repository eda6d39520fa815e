package io.waybill.application.service;

import io.waybill.application.port.in.ExceptionItemChangedException;
import io.waybill.application.port.in.ExceptionItemNotFoundException;
import io.waybill.application.port.in.WorkExceptions;
import io.waybill.application.port.out.ShipmentExceptions;
import io.waybill.application.shared.ConcurrentUpdateException;
import io.waybill.application.shared.ExceptionQueue;
import io.waybill.domain.exceptions.ExceptionId;
import io.waybill.domain.exceptions.ExceptionItem;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The exceptions queue as operations work it. Every action is checked by the item's lifecycle, stored only if the item
 * is still as the caller read it, and audited with the caller and the time in the item's trail.
 */
public class ExceptionDesk implements WorkExceptions {

    private final ShipmentExceptions store;
    private final Clock clock;

    public ExceptionDesk(ShipmentExceptions store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public ExceptionQueue.Page list(ExceptionQueue.Query query) {
        return store.search(query);
    }

    @Override
    public Optional<ExceptionQueue.Detail> get(ExceptionId id) {
        return store.byId(id).map(item -> new ExceptionQueue.Detail(item, store.actions(id)));
    }

    @Override
    public ExceptionQueue.Detail act(Act act) {
        ExceptionItem item = store.byId(act.exception()).orElseThrow(() -> new ExceptionItemNotFoundException(act.exception()));
        if (act.version() != null && act.version() != item.version()) {
            throw new ExceptionItemChangedException(item.getId(), act.version(), item.version());
        }
        Instant now = clock.instant();
        ExceptionItem.Change change = switch (act.action()) {
            case ACKNOWLEDGE -> item.acknowledge(act.actor(), now);
            case ASSIGN -> item.assign(act.actor(), act.text(), now);
            case NOTE -> item.note(act.actor(), act.text(), now);
            case RESOLVE -> item.resolve(act.actor(), act.text(), now);
            case OPEN, ESCALATE -> throw new IllegalStateException("refused by Act: " + act.action());
        };
        try {
            store.save(change, Optional.empty());
        } catch (ConcurrentUpdateException e) {
            throw new ExceptionItemChangedException(item.getId());
        }
        return new ExceptionQueue.Detail(change.item(), store.actions(item.getId()));
    }
}
