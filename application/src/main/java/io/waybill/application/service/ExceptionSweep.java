package io.waybill.application.service;

import io.waybill.application.port.in.SweepExceptions;
import io.waybill.application.port.out.AlertSettings;
import io.waybill.application.port.out.EscalationMail;
import io.waybill.application.port.out.ExceptionSignals;
import io.waybill.application.port.out.ShipmentExceptions;
import io.waybill.application.service.ExceptionRules.Condition;
import io.waybill.application.shared.ConcurrentUpdateException;
import io.waybill.application.shared.EscalationChain;
import io.waybill.application.shared.ExceptionPolicy;
import io.waybill.application.shared.LogText;
import io.waybill.application.shared.ShipmentSignal;
import io.waybill.application.shared.TenantScope;
import io.waybill.domain.exceptions.ConditionBreached;
import io.waybill.domain.exceptions.ExceptionEscalated;
import io.waybill.domain.exceptions.ExceptionId;
import io.waybill.domain.exceptions.ExceptionItem;
import io.waybill.domain.exceptions.ExceptionKind;
import io.waybill.domain.exceptions.ExceptionState;
import io.waybill.domain.order.OrderId;
import io.waybill.domain.order.ShipmentId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the exceptions queue in step with the shipments. Each sweep reads what needs a person now (in the platform's
 * scope: every tenant's shipments) and then works item by item in the item's own tenant's scope: a condition without an
 * item opens one (the store keeps it to one per condition, whatever runs at once); an open item whose condition is gone
 * closes itself; an open item past its deadline goes one level up the chain. An escalation by e-mail is recorded once the
 * mail server took the mail, so a mail that failed is tried again at the next sweep; one by webhook is written to the
 * outbox with the item's change, in one transaction. One item's failure does not stop the others.
 */
public class ExceptionSweep implements SweepExceptions {

    private static final Logger LOG = Logger.getLogger(ExceptionSweep.class.getName());

    /**
     * The shipments whose devices measured them outside their condition profile, in every tenant (the platform's
     * scope): each with the shipment's signal (its order, number and tenant), the reason in plain words, and when the
     * first excursion that breaches began.
     */
    public interface ConditionBreaches {
        List<Breach> breached(Instant now);
    }

    /** {@code kind}: CONDITION_EXCURSION (outside the profile) or DEVICE_ATTENTION (battery low, devices silent). */
    public record Breach(ShipmentSignal shipment, String reason, Instant since, ExceptionKind kind) {

        public Breach(ShipmentSignal shipment, String reason, Instant since) {
            this(shipment, reason, since, ExceptionKind.CONDITION_EXCURSION);
        }
    }

    private final ExceptionSignals signals;
    private final ConditionBreaches breaches;
    private final ShipmentExceptions store;
    private final EscalationMail mail;
    private final ExceptionPolicy policy;
    private final Function<ExceptionId, String> link;
    private final Optional<ConditionAlerting> alerting;
    private final Clock clock;

    /** @param link the console page of an item, for the escalation e-mail */
    public ExceptionSweep(ExceptionSignals signals, ShipmentExceptions store, EscalationMail mail, ExceptionPolicy policy,
            Function<ExceptionId, String> link, Clock clock) {
        this(signals, now -> List.of(), store, mail, policy, link, clock);
    }

    public ExceptionSweep(ExceptionSignals signals, ConditionBreaches breaches, ShipmentExceptions store, EscalationMail mail,
            ExceptionPolicy policy, Function<ExceptionId, String> link, Clock clock) {
        this(signals, breaches, store, mail, policy, link, null, clock);
    }

    /**
     * @param alerts the tenants' addresses for condition alerts by e-mail (null: none are sent); a condition breach is
     *               also told by webhook ({@code shipment.condition_breached}) as its item opens, whatever this is
     */
    public ExceptionSweep(ExceptionSignals signals, ConditionBreaches breaches, ShipmentExceptions store, EscalationMail mail,
            ExceptionPolicy policy, Function<ExceptionId, String> link, AlertSettings alerts, Clock clock) {
        this.alerting = Optional.ofNullable(alerts).map(a -> new ConditionAlerting(a, mail, link));
        this.signals = signals;
        this.breaches = breaches;
        this.store = store;
        this.mail = mail;
        this.policy = policy;
        this.link = link;
        this.clock = clock;
    }

    private record Key(ShipmentId shipment, ExceptionKind kind) {
    }

    private record Found(ShipmentSignal signal, Condition condition) {
    }

    @Override
    public Swept sweep() {
        Instant now = clock.instant();
        return TenantScope.platform(() -> {
            Map<Key, Found> current = new LinkedHashMap<>();
            for (ShipmentSignal s : signals.current(now.minus(policy.missingScanAfter()))) {
                ExceptionRules.of(s, now, policy.missingScanAfter())
                        .forEach(c -> current.putIfAbsent(new Key(s.shipment(), c.kind()), new Found(s, c)));
            }
            for (Breach b : breachesNow(now)) {
                current.putIfAbsent(new Key(b.shipment().shipment(), b.kind()),
                        new Found(b.shipment(), new Condition(b.kind(), b.reason(), b.since())));
            }
            List<ExceptionItem> unresolved = store.unresolved();
            Set<Key> held = new HashSet<>();
            int closed = 0;
            int escalated = 0;
            for (ExceptionItem item : unresolved) {
                Key key = new Key(item.shipment(), item.kind());
                held.add(key);
                // a breach of the conditions is a fact of the trip: only a person closes its item
                if (item.state() == ExceptionState.OPEN && !current.containsKey(key) && item.kind() != ExceptionKind.CONDITION_EXCURSION) {
                    Optional<ExceptionKind> instead = current.keySet().stream().filter(k -> k.shipment().equals(item.shipment()))
                            .map(Key::kind).findFirst();
                    closed += guarded(item, () -> TenantScope.of(item.tenant(), () -> close(item, instead, now)));
                } else if (item.isOverdue(now)) {
                    escalated += guarded(item, () -> TenantScope.of(item.tenant(), () -> escalate(item, now)));
                }
            }
            int opened = 0;
            List<OrderId> breached = new ArrayList<>();
            for (Map.Entry<Key, Found> c : current.entrySet()) {
                if (!held.contains(c.getKey()) && open(c.getValue(), now) == 1) {
                    opened++;
                    if (c.getKey().kind() == ExceptionKind.CONDITION_EXCURSION) {
                        breached.add(c.getValue().signal().order());
                    }
                }
            }
            boolean conditionItems = !breached.isEmpty()
                    || unresolved.stream().anyMatch(i -> i.kind() == ExceptionKind.CONDITION_EXCURSION);
            alerting.filter(a -> conditionItems).ifPresent(a -> a.alert(store.unresolved(), now));
            return new Swept(opened, escalated, closed, breached);
        });
    }

    private List<Breach> breachesNow(Instant now) {
        try {
            return breaches.breached(now);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "judging the shipments' conditions failed; the next sweep tries again", e);
            return List.of();
        }
    }

    private int open(Found found, Instant now) {
        ShipmentSignal s = found.signal();
        Condition c = found.condition();
        ExceptionId id = ExceptionId.random();
        // a breach of the conditions is told at once, by webhook, with its item in one transaction
        Optional<ConditionBreached> told = c.kind() == ExceptionKind.CONDITION_EXCURSION
                ? Optional.of(new ConditionBreached(s.order(), s.shipment(), id, c.reason(), now)) : Optional.empty();
        try {
            return TenantScope.of(s.tenant(), () -> store.open(ExceptionItem.open(id, s.tenant(), s.order(),
                    s.orderNumber(), s.shipment(), c.kind(), c.reason(), c.since(), now, policy.acknowledgeWithin(c.kind())), told)) ? 1 : 0;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "opening a " + c.kind() + " exception for shipment " + s.shipment() + " failed; the next sweep"
                    + " tries again", e);
            return 0;
        }
    }

    private int close(ExceptionItem item, Optional<ExceptionKind> instead, Instant now) {
        String why = instead.map(ExceptionRules::superseded).orElseGet(() -> ExceptionRules.recovered(item.kind()));
        store.save(item.closeItself(why, now), Optional.empty());
        return 1;
    }

    private int escalate(ExceptionItem item, Instant now) {
        Optional<EscalationChain.Level> next = policy.chain().after(item.escalationLevel());
        if (next.isEmpty()) {
            return 0; // the chain is used up: the item stays overdue at its last level
        }
        int level = item.escalationLevel() + 1;
        ExceptionItem.Change change = item.escalate(next.get().told(), now, policy.acknowledgeWithin(item.kind()));
        switch (next.get()) {
            case EscalationChain.Mail m -> {
                mail.send(new EscalationMail.Notice(item.getId() + "/escalation/" + level, m.address(), item.orderNumber(),
                        item.kind(), item.reason(), level, item.openedAt(), item.deadline(), link.apply(item.getId())));
                store.save(change, Optional.empty());
            }
            case EscalationChain.Webhook w -> store.save(change, Optional.of(new ExceptionEscalated(item.order(), item.shipment(),
                    item.getId(), item.kind(), level, item.reason(), now)));
        }
        return 1;
    }

    /** One item's work; a conflict (someone acted on it meanwhile) or a failure leaves it to the next sweep. */
    private static int guarded(ExceptionItem item, WorkOn work) {
        try {
            return work.run();
        } catch (ConcurrentUpdateException e) {
            return 0;
        } catch (RuntimeException e) {
            // ids and the error without contacts: never the item's reason, which may quote a carrier's words about the recipient
            LOG.log(Level.WARNING, "exception " + item.getId() + " could not be swept; the next sweep tries again: "
                    + e.getClass().getSimpleName() + ": " + LogText.withoutContacts(e.getMessage()));
            return 0;
        }
    }

    @FunctionalInterface
    private interface WorkOn {
        int run();
    }
}
