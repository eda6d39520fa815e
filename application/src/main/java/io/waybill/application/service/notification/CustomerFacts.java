package io.waybill.application.service.notification;

import io.waybill.application.port.out.CustomerChannels;
import io.waybill.application.port.out.CustomerChannels.CustomerMessage;
import io.waybill.application.port.out.CustomerChannels.Kind;
import io.waybill.application.port.out.NotificationOutbox.DueDelivery;
import io.waybill.application.port.out.NotificationOutbox.PendingEvent;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.OrderEvents.DelayCleared;
import io.waybill.domain.order.OrderEvents.DelayPredicted;
import io.waybill.domain.order.OrderEvents.OrderCancelled;
import io.waybill.domain.order.OrderEvents.OrderConfirmed;
import io.waybill.domain.order.OrderEvents.ShipmentStatusChanged;
import io.waybill.domain.order.Shipment;
import io.waybill.domain.order.ShipmentStatus;
import io.waybill.domain.tracking.ProofOfDelivery;
import io.waybill.domain.tracking.TrackingId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jmolecules.event.types.DomainEvent;

/**
 * What a customer message says, as the facts stored with its delivery. The facts are taken once, when the event is
 * relayed, so every attempt sends the same message even after the order has moved on; {@link #message} reads them
 * back when the delivery is sent. The fact names are the stored format of e-mail and SMS deliveries: both directions
 * live here so they cannot drift apart.
 */
final class CustomerFacts {

    private CustomerFacts() {
    }

    /** Which customer message an event is, if any: customers hear of the steps that matter to them, not of every one. */
    static Optional<Kind> kindOf(DomainEvent event, Order order) {
        return switch (event) {
            case OrderConfirmed confirmed -> Optional.of(Kind.ORDER_CONFIRMED);
            case OrderCancelled cancelled -> Optional.of(Kind.CANCELLED);
            case DelayPredicted predicted -> Optional.of(Kind.DELAY_PREDICTED);
            case DelayCleared cleared -> Optional.of(Kind.DELAY_CLEARED);
            case ShipmentStatusChanged changed when changed.to() != null -> switch (changed.to()) {
                case SHIPPED -> firstToShip(order, changed) ? Optional.of(Kind.SHIPPED) : Optional.empty();
                case OUT_FOR_DELIVERY -> Optional.of(Kind.OUT_FOR_DELIVERY);
                case DELIVERED -> Optional.of(Kind.DELIVERED);
                case DELIVERY_ATTEMPT_FAILED, HELD, LOST, RETURNED_TO_SENDER -> Optional.of(Kind.EXCEPTION);
                default -> Optional.empty();
            };
            default -> Optional.empty();
        };
    }

    /** "Shipped" is said once per order: for its first shipment handed over (the others are in the timeline). */
    private static boolean firstToShip(Order order, ShipmentStatusChanged changed) {
        return order.shipments().stream().filter(s -> !s.getId().equals(changed.shipment()))
                .noneMatch(s -> s.status().isShipped());
    }

    /** The facts of the message of {@code kind} about {@code pending}, in the customer's {@code language}. */
    static Map<String, String> of(PendingEvent pending, Order order, Kind kind, Locale language, MessageLinks links) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("language", language.toLanguageTag());
        put(facts, "customerName", order.customer().name());
        facts.put("orderNumber", order.orderNumber());
        order.trackingId().map(TrackingId::formatted).ifPresent(id -> {
            facts.put("trackingId", id);
            facts.put("trackingLink", links.tracking(id));
        });
        switch (pending.event()) {
            case ShipmentStatusChanged changed -> order.shipment(changed.shipment())
                    .ifPresent(s -> shipmentFacts(facts, s, changed, kind, order, links));
            case OrderCancelled cancelled -> put(facts, "detail", cancelled.reason());
            case DelayPredicted predicted -> put(facts, "detail", predicted.reason());
            default -> {
            }
        }
        return facts;
    }

    private static void shipmentFacts(Map<String, String> facts, Shipment shipment, ShipmentStatusChanged changed, Kind kind,
            Order order, MessageLinks links) {
        facts.put("carrier", shipment.carrier().value());
        facts.put("carrierTrackingNumber", shipment.carrierTrackingNumber().value());
        if (kind == Kind.EXCEPTION) {
            put(facts, "detail", shipment.statusReason() != null ? shipment.statusReason() : describe(changed.to()));
        }
        if (kind == Kind.DELIVERED) {
            put(facts, "proofOfDelivery", proof(shipment.proofOfDelivery()));
            links.feedback(order.getId()).ifPresent(link -> facts.put("feedbackLink", link));
        }
    }

    /** The message a stored e-mail or SMS delivery says. */
    static CustomerMessage message(DueDelivery delivery) {
        Map<String, String> f = delivery.facts();
        return new CustomerMessage(delivery.idempotencyKey(), CustomerChannels.Channel.valueOf(delivery.channel().name()),
                delivery.recipient(), Locale.forLanguageTag(f.getOrDefault("language", "en")), Kind.valueOf(delivery.kind()),
                f.get("customerName"), f.get("orderNumber"), f.get("trackingId"), f.get("trackingLink"), f.get("carrier"),
                f.get("carrierTrackingNumber"), f.get("deliveryWindow"), f.get("proofOfDelivery"), f.get("detail"),
                f.get("feedbackLink"));
    }

    private static String describe(ShipmentStatus status) {
        return switch (status) {
            case DELIVERY_ATTEMPT_FAILED -> "delivery attempt failed";
            case HELD -> "held by the carrier";
            case LOST -> "lost by the carrier";
            case RETURNED_TO_SENDER -> "returned to sender";
            default -> status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }

    private static String proof(ProofOfDelivery proof) {
        if (proof == null) {
            return null;
        }
        return proof.receivedBy() != null ? "received by " + proof.receivedBy() : proof.photoRef() != null ? "photo taken" : null;
    }

    private static void put(Map<String, String> facts, String key, String value) {
        if (value != null) {
            facts.put(key, value);
        }
    }
}
