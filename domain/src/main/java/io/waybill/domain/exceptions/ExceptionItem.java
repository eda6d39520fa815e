package io.waybill.domain.exceptions;

import io.waybill.domain.order.OrderId;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.shared.IllegalTransitionException;
import io.waybill.domain.shared.InvalidValueException;
import io.waybill.domain.tenant.TenantId;
import java.time.Duration;
import java.time.Instant;
import org.jmolecules.ddd.types.AggregateRoot;

/**
 * An item of the exceptions queue (a shipment exception in the carriers' sense, not a Java one): a shipment that needs a
 * person, why (in plain words), since when, and by when someone must acknowledge it before it escalates.
 *
 * <p>Lifecycle: {@code OPEN -> ACKNOWLEDGED -> RESOLVED}, or {@code OPEN -> RESOLVED}. Only an open item escalates, and
 * only once its deadline has passed; each escalation raises the level by one and sets the next deadline. An open item
 * closes itself when the shipment recovers; an acknowledged one waits for its person. Nothing changes a resolved item
 * but a note. Every change is one {@link ExceptionAction}; the item is immutable, each change answers a new version.
 *
 * <p>{@code since}: when the condition began as Waybill saw it (the shipment's last event, the risk first detected), so
 * that the same condition never opens a second item, even after the first was resolved.
 */
public final class ExceptionItem implements AggregateRoot<ExceptionItem, ExceptionId> {

    public static final int MAX_REASON = 1000;
    public static final int MAX_ASSIGNEE = 100;

    private final ExceptionId id;
    private final TenantId tenant;
    private final OrderId order;
    private final String orderNumber;
    private final ShipmentId shipment;
    private final ExceptionKind kind;
    private final String reason;
    private final Instant since;
    private final Instant openedAt;
    private final Instant deadline;
    private final ExceptionState state;
    private final String assignee;
    private final int escalationLevel;
    private final Instant escalatedAt;
    private final Instant resolvedAt;
    private final String resolvedBy;
    private final long version;

    /** What a change made: the item after it (one version on), and the line it adds to the audit trail. */
    public record Change(ExceptionItem item, ExceptionAction action) {
    }

    /** The item as stored; a new one comes from {@link #open}. */
    public ExceptionItem(ExceptionId id, TenantId tenant, OrderId order, String orderNumber, ShipmentId shipment, ExceptionKind kind,
            String reason, Instant since, Instant openedAt, Instant deadline, ExceptionState state, String assignee,
            int escalationLevel, Instant escalatedAt, Instant resolvedAt, String resolvedBy, long version) {
        this.id = InvalidValueException.required(id, "id");
        this.tenant = InvalidValueException.required(tenant, "tenant");
        this.order = InvalidValueException.required(order, "order");
        this.orderNumber = InvalidValueException.requiredText(orderNumber, "orderNumber", 64);
        this.shipment = InvalidValueException.required(shipment, "shipment");
        this.kind = InvalidValueException.required(kind, "kind");
        this.reason = InvalidValueException.requiredText(shorten(reason), "reason", MAX_REASON);
        this.since = InvalidValueException.required(since, "since");
        this.openedAt = InvalidValueException.required(openedAt, "openedAt");
        this.deadline = InvalidValueException.required(deadline, "deadline");
        this.state = InvalidValueException.required(state, "state");
        this.assignee = InvalidValueException.optionalText(assignee, "assignee", MAX_ASSIGNEE);
        if (escalationLevel < 0) {
            throw new InvalidValueException("escalationLevel", "must not be negative (got " + escalationLevel + ")");
        }
        this.escalationLevel = escalationLevel;
        this.escalatedAt = escalatedAt;
        if (state.isResolved() != (resolvedAt != null)) {
            throw new InvalidValueException("resolvedAt", "is set exactly when the item is resolved");
        }
        this.resolvedAt = resolvedAt;
        this.resolvedBy = resolvedBy;
        this.version = version;
    }

    /** A new open item, due to be acknowledged {@code acknowledgeWithin} from now; opened by Waybill. */
    public static Change open(ExceptionId id, TenantId tenant, OrderId order, String orderNumber, ShipmentId shipment,
            ExceptionKind kind, String reason, Instant since, Instant now, Duration acknowledgeWithin) {
        ExceptionItem item = new ExceptionItem(id, tenant, order, orderNumber, shipment, kind, reason, since, now,
                now.plus(positive(acknowledgeWithin)), ExceptionState.OPEN, null, 0, null, null, null, 0);
        return new Change(item, new ExceptionAction(now, ExceptionAction.SYSTEM, ExceptionAction.Type.OPEN, item.reason));
    }

    /** A person takes the item on: it no longer escalates. Only an open item can be acknowledged. */
    public Change acknowledge(String actor, Instant now) {
        if (state != ExceptionState.OPEN) {
            throw new IllegalTransitionException(state, ExceptionState.ACKNOWLEDGED, state == ExceptionState.ACKNOWLEDGED
                    ? "it was acknowledged already" : "it is resolved");
        }
        return change(with(ExceptionState.ACKNOWLEDGED, assignee, escalationLevel, escalatedAt, deadline, null, null),
                actor, ExceptionAction.Type.ACKNOWLEDGE, null, now);
    }

    /** Names the person who works on it (it stays open or acknowledged as it was). Not on a resolved item. */
    public Change assign(String actor, String to, Instant now) {
        String who = InvalidValueException.requiredText(to, "assignee", MAX_ASSIGNEE);
        refuseIfResolved("assigned");
        return change(with(state, who, escalationLevel, escalatedAt, deadline, null, null), actor, ExceptionAction.Type.ASSIGN,
                who, now);
    }

    /** Adds a note to the trail, in any state (a resolved item may still be annotated). */
    public Change note(String actor, String text, Instant now) {
        String note = InvalidValueException.requiredFreeText(text, "text", ExceptionAction.MAX_TEXT);
        return change(with(state, assignee, escalationLevel, escalatedAt, deadline, resolvedAt, resolvedBy), actor,
                ExceptionAction.Type.NOTE, note, now);
    }

    /** Done with, by {@code actor}, with how (optional). Resolving twice is refused. */
    public Change resolve(String actor, String how, Instant now) {
        String text = InvalidValueException.optionalFreeText(how, "text", ExceptionAction.MAX_TEXT);
        refuseIfResolved("resolved");
        String by = InvalidValueException.requiredText(actor, "actor", 64);
        return change(with(ExceptionState.RESOLVED, assignee, escalationLevel, escalatedAt, deadline, now, by), by,
                ExceptionAction.Type.RESOLVE, text, now);
    }

    /**
     * Nobody acknowledged it in time: one level up the chain ({@code told} says whom that told), due again
     * {@code acknowledgeWithin} from now. Only an open item past its deadline escalates.
     */
    public Change escalate(String told, Instant now, Duration acknowledgeWithin) {
        if (!isOverdue(now)) {
            throw new IllegalTransitionException(state, "ESCALATED", state == ExceptionState.OPEN
                    ? "its deadline " + deadline + " has not passed" : "only an open item escalates");
        }
        int level = escalationLevel + 1;
        return change(with(state, assignee, level, now, now.plus(positive(acknowledgeWithin)), null, null), ExceptionAction.SYSTEM,
                ExceptionAction.Type.ESCALATE, "Level " + level + ": " + told, now);
    }

    /** The shipment recovered before anyone acknowledged the item: resolved by Waybill, saying {@code why}. */
    public Change closeItself(String why, Instant now) {
        if (state != ExceptionState.OPEN) {
            throw new IllegalTransitionException(state, ExceptionState.RESOLVED, "only an open item closes itself");
        }
        return change(with(ExceptionState.RESOLVED, assignee, escalationLevel, escalatedAt, deadline, now, ExceptionAction.SYSTEM),
                ExceptionAction.SYSTEM, ExceptionAction.Type.RESOLVE, why, now);
    }

    /** Open, and its deadline has come. */
    public boolean isOverdue(Instant now) {
        return state == ExceptionState.OPEN && !deadline.isAfter(now);
    }

    private void refuseIfResolved(String what) {
        if (state.isResolved()) {
            throw new IllegalTransitionException(state, state, "it is resolved already and cannot be " + what + " again");
        }
    }

    private ExceptionItem with(ExceptionState to, String who, int level, Instant escalated, Instant due, Instant resolved,
            String by) {
        return new ExceptionItem(id, tenant, order, orderNumber, shipment, kind, reason, since, openedAt, due, to, who, level,
                escalated, resolved, by, version + 1);
    }

    private static Change change(ExceptionItem after, String actor, ExceptionAction.Type type, String text, Instant now) {
        return new Change(after, new ExceptionAction(now, actor, type, text));
    }

    private static Duration positive(Duration d) {
        InvalidValueException.required(d, "acknowledgeWithin");
        if (d.isNegative() || d.isZero()) {
            throw new InvalidValueException("acknowledgeWithin", "must be a positive duration (got " + d + ")");
        }
        return d;
    }

    private static String shorten(String text) {
        return text == null || text.length() <= MAX_REASON ? text : text.substring(0, MAX_REASON - 1) + "…";
    }

    @Override
    public ExceptionId getId() {
        return id;
    }

    public TenantId tenant() {
        return tenant;
    }

    public OrderId order() {
        return order;
    }

    public String orderNumber() {
        return orderNumber;
    }

    public ShipmentId shipment() {
        return shipment;
    }

    public ExceptionKind kind() {
        return kind;
    }

    /** Why it needs a person, in plain words. */
    public String reason() {
        return reason;
    }

    public Instant since() {
        return since;
    }

    public Instant openedAt() {
        return openedAt;
    }

    /** By when it must be acknowledged (after an escalation: the next level's deadline). */
    public Instant deadline() {
        return deadline;
    }

    public ExceptionState state() {
        return state;
    }

    public String assignee() {
        return assignee;
    }

    /** How many levels of the chain it went up: 0 until it first escalates. */
    public int escalationLevel() {
        return escalationLevel;
    }

    public Instant escalatedAt() {
        return escalatedAt;
    }

    public Instant resolvedAt() {
        return resolvedAt;
    }

    public String resolvedBy() {
        return resolvedBy;
    }

    /** Counts the item's changes: 0 when opened, one more with each change. */
    public long version() {
        return version;
    }
}
