package io.waybill.application.service;

import io.waybill.application.port.in.TrackOrder;
import io.waybill.application.port.in.TrackOrder.ShipmentView;
import io.waybill.application.port.in.TrackOrder.Step;
import io.waybill.application.port.in.TrackOrder.View;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.OrderStatus;
import io.waybill.domain.order.Shipment;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.order.TimelineItem;
import io.waybill.domain.tracking.Location;
import io.waybill.domain.tracking.Milestone;
import io.waybill.domain.tracking.PlaceName;
import io.waybill.domain.tracking.ProofOfDelivery;
import io.waybill.domain.tracking.TrackingEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the public tracking view from vetted fields only. Anyone holding the tracking ID sees it, so every field is
 * either Waybill's own (statuses, milestones, times, counts), a validated code (country: ISO 3166-1 alpha-2; carrier
 * code; carrier tracking number), or a carrier's place name that passed {@link PlaceName}'s rules; a failing city is
 * left out, never repaired. Carrier free text never reaches it: the description of a step comes from the code table
 * below, and facility names, raw texts, reasons and proof-of-delivery names are not shown at all.
 */
final class PublicTracking {

    private PublicTracking() {
    }

    /**
     * Left out on purpose: customer, address (but the country, and the town when a checkpoint was in it), receiver,
     * signature, photo and every exact coordinate (checkpoints only at their town's area: {@link PublicPlaces}).
     */
    static View of(Order order) {
        Map<ShipmentId, Integer> numbers = new HashMap<>();
        List<ShipmentView> shipments = new ArrayList<>();
        for (Shipment s : order.shipments()) {
            int number = shipments.size() + 1;
            numbers.put(s.getId(), number);
            shipments.add(new ShipmentView(number, s.carrier(), s.carrierTrackingNumber(), s.status(),
                    s.manifest().parcels().size(), s.deliveredAt(), proof(s.proofOfDelivery()), null, null, null));
        }
        List<Step> steps = new ArrayList<>();
        for (TimelineItem item : order.timeline()) {
            if (!item.applied()) {
                continue; // a scan that contradicts the chronology (in transit after delivered) would only confuse
            }
            TrackingEvent e = item.entry().event();
            Location where = e.location();
            String city = where == null ? null : PlaceName.vetted(where.city()).map(PlaceName::value).orElse(null);
            steps.add(new Step(e.milestone(), describe(e.milestone()), e.occurredAt(), city,
                    where == null ? null : where.countryCode(),
                    item.entry().shipment() == null ? null : numbers.get(item.entry().shipment()),
                    PublicPlaces.area(e.milestone(), where, city)));
        }
        var deliveredAt = order.status() == OrderStatus.DELIVERED
                ? order.shipments().stream().map(Shipment::deliveredAt).max(Comparator.naturalOrder()).orElse(null)
                : null;
        return new View(order.trackingId().orElseThrow(), order.status(), order.address().countryCode(),
                order.promise().orElse(null), deliveredAt, shipments, steps, DestinationZones.of(order.address()),
                PublicPlaces.destination(order.address(), steps));
    }

    /**
     * The shipments whose device position the public view may show, in the view's order ({@link PublicPlaces#locatable}):
     * a step of the delivery round counts even when it did not set the status (a late or contradicting scan).
     */
    static List<ShipmentId> locatable(Order order) {
        Set<ShipmentId> inRound = new HashSet<>();
        for (TimelineItem item : order.timeline()) {
            if (item.entry().shipment() != null && PublicPlaces.inDeliveryRound(item.entry().event().milestone())) {
                inRound.add(item.entry().shipment());
            }
        }
        return order.shipments().stream().filter(s -> PublicPlaces.locatable(s.status(), inRound.contains(s.getId())))
                .map(Shipment::getId).toList();
    }

    /** The code table of step descriptions; the carrier's own text is never shown (it holds "signed by SMITH"). */
    static String describe(Milestone milestone) {
        return switch (milestone) {
            case PLACED -> "Order placed";
            case CONFIRMED -> "Payment confirmed, tracking ID issued";
            case ALLOCATED -> "Items reserved in the warehouse";
            case ALLOCATION_FAILED -> "Waiting for stock";
            case PICKED -> "Items picked";
            case PACKED -> "Packed";
            case CANCELLED -> "Order cancelled";
            case HANDED_OVER -> "Handed to the carrier";
            case IN_TRANSIT -> "In transit";
            case OUT_FOR_DELIVERY -> "Out for delivery";
            case DELIVERY_ATTEMPT_FAILED -> "Delivery attempt failed";
            case AVAILABLE_FOR_PICKUP -> "Ready for pickup";
            case HELD -> "Held";
            case DELIVERED -> "Delivered";
            case RETURNED_TO_SENDER -> "Returned to sender";
            case LOST -> "Reported lost by the carrier";
        };
    }

    private static TrackOrder.Proof proof(ProofOfDelivery proof) {
        return proof == null ? null
                : new TrackOrder.Proof(proof.hasSignature(), proof.hasPhoto(), proof.receivedBy() != null, proof.position() != null);
    }
}
