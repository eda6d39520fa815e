package io.waybill.domain.order;

import io.waybill.domain.shared.EventRejectedException;
import io.waybill.domain.tracking.EventKey;
import io.waybill.domain.tracking.EventSource;
import io.waybill.domain.tracking.Milestone;
import io.waybill.domain.tracking.SourceType;
import io.waybill.domain.tracking.TrackingEvent;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * What may join an order's timeline (and the events of Waybill's own that do), and what may be taken back from it, whatever the current status (whether an
 * entry moves the status is the derivation's business). Waybill's own milestones (PLACED, CONFIRMED, CANCELLED) come
 * from its order API only and are never taken back; a PACKED entry is never taken back either, because the shipment it
 * created is what the later entries of that shipment are about.
 */
final class TimelineRules {

    private TimelineRules() {
    }

    /**
     * The entry a reported event becomes on {@code order}.
     *
     * @throws EventRejectedException when the event can never fit this order
     */
    static TimelineEntry entryFor(Order order, TrackingEvent event, ShipmentId shipment, PackingManifest manifest) {
        Milestone milestone = event.milestone();
        if (event.key().source().type() != SourceType.WAYBILL && ownMilestone(milestone)) {
            throw new EventRejectedException(milestone + " is recorded by Waybill's order API, not reported by a "
                    + event.key().source().type());
        }
        if (milestone == Milestone.PACKED) {
            if (manifest == null) {
                throw new EventRejectedException("a PACKED event needs the packing manifest (carrier, tracking number, parcels, lines)");
            }
            Packing.check(order, manifest);
            return new TimelineEntry(event, ShipmentId.of(event.key()), manifest);
        }
        if (milestone.scope() == Milestone.Scope.SHIPMENT) {
            if (shipment == null || order.shipment(shipment).isEmpty()) {
                throw new EventRejectedException(milestone + " is about a shipment, and order " + order.orderNumber()
                        + " has no such shipment");
            }
            return new TimelineEntry(event, shipment, null);
        }
        return new TimelineEntry(event, null, null);
    }

    /** @throws EventRejectedException for Waybill's own entries and PACKED ones, which are never taken back */
    static void checkRetractable(TimelineEntry entry) {
        Milestone milestone = entry.event().milestone();
        if (milestone == Milestone.PACKED || entry.event().key().source().type() == SourceType.WAYBILL) {
            throw new EventRejectedException("event " + entry.event().key() + " (" + milestone + ") cannot be retracted: "
                    + (milestone == Milestone.PACKED ? "it created a shipment" : "it is Waybill's own"));
        }
    }

    /** An event of Waybill's own order API on the order {@code id}, keyed by what happened to the order (once). */
    static TrackingEvent ownEvent(OrderId id, Milestone milestone, String code, String reason, Instant now) {
        return new TrackingEvent(new EventKey(EventSource.waybill(), code + ":" + id), milestone, code.toUpperCase(),
                null, reason, now.atOffset(ZoneOffset.UTC), now, null, null);
    }

    private static boolean ownMilestone(Milestone milestone) {
        return milestone == Milestone.PLACED || milestone == Milestone.CONFIRMED || milestone == Milestone.CANCELLED;
    }
}
