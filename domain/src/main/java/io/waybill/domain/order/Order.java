package io.waybill.domain.order;

import io.waybill.domain.shared.EventRejectedException;
import io.waybill.domain.shared.IllegalTransitionException;
import io.waybill.domain.shared.InvalidValueException;
import io.waybill.domain.tenant.TenantId;
import io.waybill.domain.tracking.EventKey;
import io.waybill.domain.tracking.Milestone;
import io.waybill.domain.tracking.TrackingEvent;
import io.waybill.domain.tracking.TrackingId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jmolecules.ddd.types.AggregateRoot;
import org.jmolecules.event.types.DomainEvent;

/**
 * An order: who ordered what, to be delivered where and by when, and everything that happened to it.
 *
 * <p>Invariants: the timeline holds each event key once; the status, the shipments and the
 * chronological timeline are always derived from the whole timeline ({@link StatusDerivation}), so
 * the arrival order of events never matters; a retracted entry stays but counts for nothing, and is never
 * restored; a tracking ID exists from confirmation on; an order is
 * cancelled only before any of its shipments is handed to a carrier.
 */
public final class Order implements AggregateRoot<Order, OrderId> {

    public static final int MAX_LINES = 500;
    private static final Pattern ORDER_NUMBER = Pattern.compile("[\\p{Graph}]{1,64}");

    private final TenantId tenant;
    private final OrderId id;
    private final String orderNumber;
    private final Customer customer;
    private final DeliveryAddress address;
    private final List<OrderLine> lines;
    private final DeliveryPromise promise;
    private final Instant placedAt;
    private final long version;
    private TrackingId trackingId;
    private final Map<EventKey, TimelineEntry> entries = new LinkedHashMap<>();
    private final List<TimelineEntry> unsaved = new ArrayList<>();
    private final List<TimelineEntry> unsavedRetractions = new ArrayList<>();
    private final List<DomainEvent> domainEvents = new ArrayList<>();
    private StatusDerivation.Derivation derived;

    private Order(TenantId tenant, OrderId id, String orderNumber, Customer customer, DeliveryAddress address, List<OrderLine> lines,
            DeliveryPromise promise, Instant placedAt, TrackingId trackingId, long version) {
        this.tenant = InvalidValueException.required(tenant, "tenant");
        this.id = InvalidValueException.required(id, "orderId");
        this.orderNumber = InvalidValueException.requiredText(orderNumber, "orderNumber", 64);
        if (!ORDER_NUMBER.matcher(this.orderNumber).matches()) {
            throw new InvalidValueException("orderNumber", "must be 1-64 visible characters without spaces");
        }
        this.customer = InvalidValueException.required(customer, "customer");
        this.address = InvalidValueException.required(address, "address");
        this.lines = List.copyOf(InvalidValueException.required(lines, "lines"));
        if (this.lines.isEmpty() || this.lines.size() > MAX_LINES) {
            throw new InvalidValueException("lines", "an order has 1 to " + MAX_LINES + " lines (got " + this.lines.size() + ")");
        }
        if (this.lines.stream().map(OrderLine::sku).distinct().count() != this.lines.size()) {
            throw new InvalidValueException("lines", "each SKU appears on one line only; add the quantities up");
        }
        this.promise = promise;
        this.placedAt = InvalidValueException.required(placedAt, "placedAt");
        this.trackingId = trackingId;
        this.version = version;
    }

    /** A new order of {@code tenant} (the shipper it belongs to); its timeline starts with the PLACED event. */
    public static Order place(TenantId tenant, OrderId id, String orderNumber, Customer customer, DeliveryAddress address,
            List<OrderLine> lines, DeliveryPromise promise, Instant now) {
        Order order = new Order(tenant, id, orderNumber, customer, address, lines, promise, now, null, 0);
        order.append(new TimelineEntry(TimelineRules.ownEvent(id, Milestone.PLACED, "placed", null, now), null, null));
        order.derive();
        order.domainEvents.add(new OrderEvents.OrderPlaced(id, now));
        return order;
    }

    /** Rebuilds an order from storage; nothing counts as unsaved and no domain events are raised. */
    public static Order reconstitute(TenantId tenant, OrderId id, String orderNumber, Customer customer, DeliveryAddress address,
            List<OrderLine> lines, DeliveryPromise promise, Instant placedAt, TrackingId trackingId,
            Collection<TimelineEntry> timeline, long version) {
        Order order = new Order(tenant, id, orderNumber, customer, address, lines, promise, placedAt, trackingId, version);
        timeline.forEach(entry -> order.entries.put(entry.event().key(), entry));
        order.derive();
        return order;
    }

    /**
     * Payment verified: issues the tracking ID. Confirming again returns the tracking ID already issued
     * (payment providers retry); confirming a cancelled order is refused.
     */
    public TrackingId confirm(TrackingId issued, Instant now) {
        return confirm(issued, null, now);
    }

    /** Payment verified, with the payment provider's reference kept on the CONFIRMED event. */
    public TrackingId confirm(TrackingId issued, String paymentReference, Instant now) {
        if (trackingId != null) {
            return trackingId;
        }
        if (status() == OrderStatus.CANCELLED) {
            throw new IllegalTransitionException(OrderStatus.CANCELLED, OrderStatus.CONFIRMED, "the order was cancelled");
        }
        trackingId = InvalidValueException.required(issued, "trackingId");
        StatusChanges changes = StatusChanges.before(this);
        TrackingEvent confirmed = TimelineRules.ownEvent(id, Milestone.CONFIRMED, "confirmed", null, now);
        if (paymentReference != null) {
            confirmed = new TrackingEvent(confirmed.key(), confirmed.milestone(), confirmed.rawCode(),
                    "payment " + paymentReference, null, confirmed.occurredAt(), confirmed.receivedAt(), null, null);
        }
        append(new TimelineEntry(confirmed, null, null));
        derive();
        domainEvents.add(new OrderEvents.OrderConfirmed(id, trackingId, now));
        domainEvents.addAll(changes.since(this));
        return trackingId;
    }

    /** Cancels the order; refused once any shipment is with a carrier. Cancelling twice changes nothing. */
    public void cancel(String reason, Instant now) {
        OrderStatus before = status();
        if (before == OrderStatus.CANCELLED) {
            return;
        }
        if (before.isShipped() || shipments().stream().anyMatch(s -> s.status().isShipped())) {
            throw new IllegalTransitionException(before, OrderStatus.CANCELLED,
                    "an order can only be cancelled before it is handed to a carrier");
        }
        StatusChanges changes = StatusChanges.before(this);
        append(new TimelineEntry(TimelineRules.ownEvent(id, Milestone.CANCELLED, "cancelled", reason, now), null, null));
        derive();
        domainEvents.add(new OrderEvents.OrderCancelled(id, reason, now));
        domainEvents.addAll(changes.since(this));
    }

    /** The outcome of recording one event. */
    public enum Recorded { ACCEPTED, DUPLICATE }

    /**
     * Records an event from a warehouse, a carrier or a device. Recording an event already on the
     * timeline changes nothing and answers DUPLICATE. Never refused because of the current status:
     * whether an event moves the status is decided by the derivation, in chronological order.
     *
     * @param shipment the shipment a carrier event is about (null for order-level events and PACKED)
     * @param manifest what was packed, for a PACKED event (null otherwise)
     * @throws EventRejectedException when the event can never fit this order, or breaks a business rule (PACKED for
     *         an order that was never confirmed, see {@link Packing})
     */
    public Recorded record(TrackingEvent event, ShipmentId shipment, PackingManifest manifest) {
        TimelineEntry existing = entries.get(event.key());
        if (existing != null) {
            boolean sameManifest = existing.manifest() == null || existing.manifest().equals(manifest);
            if (existing.event().sameContentAs(event) && sameManifest) {
                return Recorded.DUPLICATE;
            }
            throw new EventRejectedException("event " + event.key() + " was already recorded with different content");
        }
        TimelineEntry entry = TimelineRules.entryFor(this, event, shipment, manifest);
        StatusChanges changes = StatusChanges.before(this);
        append(entry);
        derive();
        domainEvents.addAll(changes.since(this));
        return Recorded.ACCEPTED;
    }

    /**
     * Takes back the entry recorded under {@code key}, because its source declared it wrong: it stays on the timeline,
     * not applied, with a note giving {@code reason}, and every status is derived again as if it had never happened.
     * Retracting an entry already retracted changes nothing (the first retraction stands), and so does a key this
     * order never recorded.
     *
     * @return whether the entry was retracted now
     * @throws EventRejectedException for an entry that cannot be taken back: Waybill's own, or a PACKED one
     */
    public boolean retract(EventKey key, Instant at, String reason) {
        TimelineEntry entry = entries.get(key);
        if (entry == null || entry.retracted()) {
            return false;
        }
        TimelineRules.checkRetractable(entry);
        TimelineEntry retracted = entry.retractedBy(new TimelineEntry.Retraction(at, reason));
        StatusChanges changes = StatusChanges.before(this);
        entries.put(key, retracted);
        int pending = unsaved.indexOf(entry); // recorded and retracted before any save: stored retracted at once
        if (pending >= 0) {
            unsaved.set(pending, retracted);
        } else {
            unsavedRetractions.add(retracted);
        }
        derive();
        domainEvents.addAll(changes.since(this));
        return true;
    }

    private void append(TimelineEntry entry) {
        entries.put(entry.event().key(), entry);
        unsaved.add(entry);
    }

    private void derive() {
        derived = StatusDerivation.derive(entries.values(), lines);
    }

    /** The tenant (shipper) this order belongs to: only its keys see the order. */
    public TenantId tenant() {
        return tenant;
    }

    @Override
    public OrderId getId() {
        return id;
    }

    public String orderNumber() {
        return orderNumber;
    }

    public Optional<TrackingId> trackingId() {
        return Optional.ofNullable(trackingId);
    }

    public Customer customer() {
        return customer;
    }

    public DeliveryAddress address() {
        return address;
    }

    public List<OrderLine> lines() {
        return lines;
    }

    public Optional<DeliveryPromise> promise() {
        return Optional.ofNullable(promise);
    }

    public Instant placedAt() {
        return placedAt;
    }

    /** The version this order was loaded at, for optimistic locking by the store. */
    public long version() {
        return version;
    }

    public OrderStatus status() {
        return derived.status();
    }

    /** Why the order is on hold or in exception, in the source's words; null otherwise. */
    public String statusReason() {
        return derived.statusReason();
    }

    public List<Shipment> shipments() {
        return derived.shipments();
    }

    public Optional<Shipment> shipment(ShipmentId shipmentId) {
        return derived.shipments().stream().filter(s -> s.getId().equals(shipmentId)).findFirst();
    }

    /** The whole timeline in chronological order, each entry with whether it moved the status. */
    public List<TimelineItem> timeline() {
        return derived.timeline();
    }

    public boolean hasRecorded(EventKey key) {
        return entries.containsKey(key);
    }

    /** Entries recorded since this order was placed or loaded, in recording order. */
    public List<TimelineEntry> unsavedEntries() {
        return List.copyOf(unsaved);
    }

    /** Entries recorded before and retracted since this order was placed or loaded, in retraction order. */
    public List<TimelineEntry> unsavedRetractions() {
        return List.copyOf(unsavedRetractions);
    }

    /** Domain events raised since this order was placed or loaded. */
    public List<DomainEvent> domainEvents() {
        return List.copyOf(domainEvents);
    }
}
