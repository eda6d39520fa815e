package io.waybill.domain.order;

import io.waybill.domain.tracking.Milestone;
import io.waybill.domain.tracking.ProofOfDelivery;
import io.waybill.domain.tracking.TrackingEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Derives every status of an order from its timeline, never from the order in which events arrived.
 *
 * <p>The entries are sorted by {@link TrackingEvent#CHRONOLOGICAL} (a total order) and folded:
 * <ul>
 * <li>Order level: PLACED → CONFIRMED → ALLOCATED → PICKED move forward only; ALLOCATION_FAILED puts
 * the order ON_HOLD until a later ALLOCATED or PICKED; CANCELLED is final.</li>
 * <li>Shipment level: PACKED creates the shipment (whatever its timestamp: carrier and warehouse clocks
 * differ); HANDED_OVER ships it; after that the latest carrier
 * event sets the status (a parcel can go back from out-for-delivery to the depot, or be found after
 * being reported lost); DELIVERED and RETURNED_TO_SENDER are final; nothing moves a shipped parcel
 * back to PACKED.</li>
 * <li>A step Waybill derived from a device's positions ({@link TrackingEvent#derived()}) stays on the timeline but sets no
 * status and is not the shipment's last event: only scans do.</li>
 * <li>An event that a rule ignores stays on the timeline, marked not applied, with a note; so does a retracted
 * entry, which is folded as if it had never happened.</li>
 * <li>Order status: CANCELLED if cancelled; without shipments, the order-level status; else exceptions
 * first (LOST, RETURNED_TO_SENDER, HELD, DELIVERY_ATTEMPT_FAILED, AVAILABLE_FOR_PICKUP of any shipment),
 * then DELIVERED when every line is packed and every shipment delivered, PARTIALLY_DELIVERED when some
 * are, PARTIALLY_PACKED / PACKED before any hand-over, PARTIALLY_SHIPPED when some lines are not yet
 * with a carrier, else the least advanced carrier status among the shipments.</li>
 * </ul>
 * Sorting and deduplication by event key make the result the same for any permutation of the same
 * events, with any duplicates.
 */
public final class StatusDerivation {

    private static final List<ShipmentStatus> EXCEPTION_PRECEDENCE = List.of(ShipmentStatus.LOST,
            ShipmentStatus.RETURNED_TO_SENDER, ShipmentStatus.HELD, ShipmentStatus.DELIVERY_ATTEMPT_FAILED,
            ShipmentStatus.AVAILABLE_FOR_PICKUP);
    private static final Set<Milestone> ORDER_PROGRESS = EnumSet.of(Milestone.PLACED, Milestone.CONFIRMED,
            Milestone.ALLOCATED, Milestone.PICKED);

    /** The outcome: order status (with the reason of a hold or exception), the shipments, the timeline. */
    public record Derivation(OrderStatus status, String statusReason, List<Shipment> shipments, List<TimelineItem> timeline) {
    }

    private StatusDerivation() {
    }

    public static Derivation derive(Collection<TimelineEntry> entries, List<OrderLine> orderedLines) {
        List<TimelineEntry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(TimelineEntry::event, TrackingEvent.CHRONOLOGICAL));

        OrderFold order = new OrderFold();
        Map<ShipmentId, ShipmentFold> shipments = new LinkedHashMap<>();
        // a shipment exists from its PACKED event on, whatever clock stamped it: a carrier scan stamped a
        // little before the warehouse's PACKED (clocks differ) still counts
        for (TimelineEntry entry : sorted) {
            if (entry.event().milestone() == Milestone.PACKED) {
                shipments.putIfAbsent(entry.shipment(), new ShipmentFold(entry.shipment(), entry.manifest(), entry.event()));
            }
        }
        List<TimelineItem> timeline = new ArrayList<>(sorted.size());
        for (TimelineEntry entry : sorted) {
            String note;
            if (entry.retracted()) {
                note = "retracted: " + entry.retraction().reason(); // as if it never happened, but shown
            } else if (entry.shipment() == null) {
                note = order.apply(entry.event());
            } else if (entry.event().milestone() == Milestone.PACKED) {
                note = null;
            } else {
                ShipmentFold shipment = shipments.get(entry.shipment());
                note = shipment == null ? "ignored: the shipment was never packed" : shipment.apply(entry.event());
            }
            timeline.add(new TimelineItem(entry, note == null, note));
        }
        List<Shipment> derivedShipments = shipments.values().stream().map(ShipmentFold::toShipment).toList();
        return combine(order, derivedShipments, orderedLines, timeline);
    }

    private static Derivation combine(OrderFold order, List<Shipment> shipments, List<OrderLine> orderedLines,
            List<TimelineItem> timeline) {
        if (order.cancelled) {
            return new Derivation(OrderStatus.CANCELLED, order.reason, shipments, timeline);
        }
        if (shipments.isEmpty()) {
            return new Derivation(order.status(), order.onHold ? order.reason : null, shipments, timeline);
        }
        for (ShipmentStatus exception : EXCEPTION_PRECEDENCE) {
            for (Shipment shipment : shipments) {
                if (shipment.status() == exception) {
                    return new Derivation(OrderStatus.valueOf(exception.name()), shipment.statusReason(), shipments, timeline);
                }
            }
        }
        boolean fullyPacked = fullyPacked(shipments, orderedLines);
        long delivered = shipments.stream().filter(s -> s.status() == ShipmentStatus.DELIVERED).count();
        long shipped = shipments.stream().filter(s -> s.status().isShipped()).count();
        OrderStatus status;
        if (delivered == shipments.size() && fullyPacked) {
            status = OrderStatus.DELIVERED;
        } else if (delivered > 0) {
            status = OrderStatus.PARTIALLY_DELIVERED;
        } else if (shipped == 0) {
            status = fullyPacked ? OrderStatus.PACKED : OrderStatus.PARTIALLY_PACKED;
        } else if (shipped < shipments.size() || !fullyPacked) {
            status = OrderStatus.PARTIALLY_SHIPPED;
        } else {
            ShipmentStatus least = shipments.stream().map(Shipment::status).min(Comparator.naturalOrder()).orElseThrow();
            status = OrderStatus.valueOf(least.name());
        }
        return new Derivation(status, null, shipments, timeline);
    }

    static boolean fullyPacked(List<Shipment> shipments, List<OrderLine> orderedLines) {
        Map<Sku, Integer> packed = new HashMap<>();
        for (Shipment shipment : shipments) {
            for (OrderLine line : shipment.manifest().lines()) {
                packed.merge(line.sku(), line.quantity(), Integer::sum);
            }
        }
        Map<Sku, Integer> ordered = new HashMap<>();
        for (OrderLine line : orderedLines) {
            ordered.merge(line.sku(), line.quantity(), Integer::sum);
        }
        return ordered.entrySet().stream().allMatch(e -> packed.getOrDefault(e.getKey(), 0) >= e.getValue());
    }

    /** The order-level fold. Returns null when an event applies, else the note saying why it was ignored. */
    private static final class OrderFold {
        Milestone progress = null;
        boolean onHold;
        boolean cancelled;
        String reason;

        String apply(TrackingEvent event) {
            Milestone m = event.milestone();
            if (cancelled) {
                return "ignored: the order was already cancelled";
            }
            if (m == Milestone.CANCELLED) {
                cancelled = true;
                reason = event.reason();
                return null;
            }
            if (m == Milestone.ALLOCATION_FAILED) {
                if (progress != null && progress.compareTo(Milestone.ALLOCATED) >= 0) {
                    return "ignored: stock was already allocated";
                }
                onHold = true;
                reason = event.reason() != null ? event.reason() : "stock could not be allocated";
                return null;
            }
            if (ORDER_PROGRESS.contains(m)) {
                if (progress != null && m.compareTo(progress) <= 0) {
                    return m.compareTo(progress) == 0 ? null : "ignored: the order is already " + progress;
                }
                progress = m;
                onHold = false;
                return null;
            }
            return "ignored: " + m + " is not an order-level milestone";
        }

        OrderStatus status() {
            if (onHold) {
                return OrderStatus.ON_HOLD;
            }
            if (progress == null) {
                return OrderStatus.PLACED;
            }
            return OrderStatus.valueOf(progress.name());
        }
    }

    /** The fold of one shipment's carrier events. */
    private static final class ShipmentFold {
        final ShipmentId id;
        final PackingManifest manifest;
        ShipmentStatus status = ShipmentStatus.PACKED;
        String reason;
        Instant lastEventAt;
        Instant deliveredAt;
        ProofOfDelivery proof;

        ShipmentFold(ShipmentId id, PackingManifest manifest, TrackingEvent packed) {
            this.id = id;
            this.manifest = manifest;
            this.lastEventAt = packed.occurredInstant();
        }

        String apply(TrackingEvent event) {
            if (status.isTerminal()) {
                return "ignored: the shipment was already " + status;
            }
            if (event.derived()) {
                return null; // shown, but only scans set the status: a derived step never moves it back, nor past them
            }
            Milestone m = event.milestone();
            lastEventAt = event.occurredInstant();
            ShipmentStatus next = ShipmentStatus.reachedBy(m, status);
            if (next == null) {
                if (m == Milestone.HANDED_OVER) {
                    return status == ShipmentStatus.SHIPPED ? null : "ignored: the carrier already reported the shipment " + status;
                }
                return "ignored: " + m + " after the shipment was " + status;
            }
            status = next;
            reason = next.isException() ? event.reason() : null;
            if (next == ShipmentStatus.DELIVERED) {
                deliveredAt = event.occurredInstant();
                proof = event.proofOfDelivery();
            }
            return null;
        }

        Shipment toShipment() {
            return new Shipment(id, manifest, status, reason, lastEventAt, deliveredAt, proof);
        }
    }
}
