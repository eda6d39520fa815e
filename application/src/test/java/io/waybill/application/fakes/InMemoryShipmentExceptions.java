package io.waybill.application.fakes;

import io.waybill.application.port.out.ShipmentExceptions;
import io.waybill.application.shared.ConcurrentUpdateException;
import io.waybill.application.shared.ExceptionQueue;
import io.waybill.application.shared.TenantScope;
import io.waybill.domain.exceptions.ConditionBreached;
import io.waybill.domain.exceptions.ExceptionAction;
import io.waybill.domain.exceptions.ExceptionEscalated;
import io.waybill.domain.exceptions.ExceptionId;
import io.waybill.domain.exceptions.ExceptionItem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The exceptions queue in memory, with the PostgreSQL store's rules: one unresolved item per shipment and kind, one
 * item per condition ever, version-checked changes, the tenant in scope sees only its own items (the platform every
 * one). Escalations announced to the webhook outbox are kept for tests to read. Thread-safe.
 */
public class InMemoryShipmentExceptions implements ShipmentExceptions {

    private final Map<ExceptionId, ExceptionItem> items = new LinkedHashMap<>();
    private final Map<ExceptionId, List<ExceptionAction>> trails = new LinkedHashMap<>();
    private final List<ExceptionEscalated> announced = new ArrayList<>();
    private final List<ConditionBreached> breaches = new ArrayList<>();

    @Override
    public synchronized boolean open(ExceptionItem.Change opened, Optional<ConditionBreached> breach) {
        ExceptionItem item = opened.item();
        boolean taken = items.values().stream().anyMatch(i -> i.shipment().equals(item.shipment()) && i.kind() == item.kind()
                && (!i.state().isResolved() || i.since().equals(item.since())));
        if (taken) {
            return false;
        }
        items.put(item.getId(), item);
        trails.put(item.getId(), new ArrayList<>(List.of(opened.action())));
        breach.ifPresent(breaches::add);
        return true;
    }

    @Override
    public synchronized void save(ExceptionItem.Change change, Optional<ExceptionEscalated> escalated) {
        ExceptionItem after = change.item();
        ExceptionItem stored = items.get(after.getId());
        if (stored == null || !visible(stored) || stored.version() != after.version() - 1) {
            throw new ConcurrentUpdateException("exception " + after.getId() + " changed meanwhile");
        }
        items.put(after.getId(), after);
        trails.get(after.getId()).add(change.action());
        escalated.ifPresent(announced::add);
    }

    @Override
    public synchronized Optional<ExceptionItem> byId(ExceptionId id) {
        return Optional.ofNullable(items.get(id)).filter(InMemoryShipmentExceptions::visible);
    }

    @Override
    public synchronized List<ExceptionAction> actions(ExceptionId id) {
        return byId(id).map(i -> List.copyOf(trails.get(id))).orElse(List.of());
    }

    @Override
    public synchronized List<ExceptionItem> unresolved() {
        return items.values().stream().filter(InMemoryShipmentExceptions::visible).filter(i -> !i.state().isResolved()).toList();
    }

    @Override
    public synchronized ExceptionQueue.Page search(ExceptionQueue.Query q) {
        List<ExceptionItem> all = items.values().stream().filter(InMemoryShipmentExceptions::visible)
                .filter(i -> q.states().contains(i.state()))
                .filter(i -> q.kinds().isEmpty() || q.kinds().contains(i.kind()))
                .sorted(Comparator.comparing(ExceptionItem::deadline).thenComparing(ExceptionItem::openedAt)
                        .thenComparing(i -> i.getId().value()))
                .toList();
        int from = Math.min(all.size(), q.page() * q.size());
        return new ExceptionQueue.Page(all.subList(from, Math.min(all.size(), from + q.size())), all.size(), q.page(), q.size());
    }

    /** The escalations written to the webhook outbox, in order. */
    public synchronized List<ExceptionEscalated> announced() {
        return List.copyOf(announced);
    }

    /** The condition breaches written to the webhook outbox with their items, in order. */
    public synchronized List<ConditionBreached> breaches() {
        return List.copyOf(breaches);
    }

    /** Every item stored, whatever the scope. */
    public synchronized List<ExceptionItem> all() {
        return List.copyOf(items.values());
    }

    private static boolean visible(ExceptionItem item) {
        return TenantScope.isPlatform() || TenantScope.tenant().map(item.tenant()::equals).orElse(true);
    }
}
