package io.waybill.application.service.notification;

import io.waybill.application.port.out.NotificationOutbox.PendingEvent;
import io.waybill.domain.exceptions.ConditionBreached;
import io.waybill.domain.exceptions.ExceptionEscalated;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.OrderEvents.DelayCleared;
import io.waybill.domain.order.OrderEvents.DelayPredicted;
import io.waybill.domain.order.OrderEvents.OrderCancelled;
import io.waybill.domain.order.OrderEvents.OrderConfirmed;
import io.waybill.domain.order.OrderEvents.OrderPlaced;
import io.waybill.domain.order.OrderEvents.OrderStatusChanged;
import io.waybill.domain.order.OrderEvents.ShipmentStatusChanged;
import io.waybill.domain.tracking.TrackingId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jmolecules.event.types.DomainEvent;

/**
 * What a webhook says about a domain event: its type and its data, identifiers and states only, no personal data.
 * Taken once, when the event is relayed, and stored with every delivery of it, so every attempt (and a replay) posts
 * the same body.
 *
 * @param type one of {@link #EVENT_TYPES}, or {@code "other"}
 */
public record WebhookPayload(String type, Map<String, String> data) {

    /** The event types integrators can subscribe to. */
    public static final List<String> EVENT_TYPES = List.of("order.placed", "order.confirmed", "order.cancelled",
            "order.status_changed", "shipment.status_changed", "shipment.delay_predicted", "shipment.delay_cleared", "exception.escalated",
            "shipment.condition_breached");

    public WebhookPayload {
        data = Map.copyOf(data);
    }

    static WebhookPayload of(PendingEvent pending, Order order) {
        return new WebhookPayload(typeOf(pending.event()), data(pending, order));
    }

    static String typeOf(DomainEvent event) {
        return switch (event) {
            case OrderPlaced placed -> "order.placed";
            case OrderConfirmed confirmed -> "order.confirmed";
            case OrderCancelled cancelled -> "order.cancelled";
            case OrderStatusChanged changed -> "order.status_changed";
            case ShipmentStatusChanged changed -> "shipment.status_changed";
            case DelayPredicted predicted -> "shipment.delay_predicted";
            case DelayCleared cleared -> "shipment.delay_cleared";
            case ExceptionEscalated escalated -> "exception.escalated";
            case ConditionBreached breached -> "shipment.condition_breached";
            default -> "other";
        };
    }

    private static Map<String, String> data(PendingEvent pending, Order order) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("orderId", order.getId().value().toString());
        data.put("orderNumber", order.orderNumber());
        order.trackingId().map(TrackingId::formatted).ifPresent(id -> data.put("trackingId", id));
        data.put("occurredAt", pending.occurredAt().toString());
        switch (pending.event()) {
            case OrderStatusChanged changed -> {
                put(data, "from", changed.from() == null ? null : changed.from().name());
                data.put("to", changed.to().name());
            }
            case ShipmentStatusChanged changed -> {
                data.put("shipmentId", changed.shipment().value().toString());
                put(data, "from", changed.from() == null ? null : changed.from().name());
                data.put("to", changed.to().name());
                order.shipment(changed.shipment()).ifPresent(s -> {
                    data.put("carrier", s.carrier().value());
                    data.put("carrierTrackingNumber", s.carrierTrackingNumber().value());
                });
            }
            case OrderCancelled cancelled -> put(data, "reason", cancelled.reason());
            case DelayPredicted predicted -> {
                data.put("shipmentId", predicted.shipment().value().toString());
                put(data, "reason", predicted.reason());
            }
            case DelayCleared cleared -> data.put("shipmentId", cleared.shipment().value().toString());
            case ExceptionEscalated escalated -> {
                data.put("exceptionId", escalated.exception().value().toString());
                data.put("shipmentId", escalated.shipment().value().toString());
                data.put("kind", escalated.kind().name());
                data.put("level", String.valueOf(escalated.level()));
                put(data, "reason", escalated.reason());
            }
            case ConditionBreached breached -> {
                data.put("exceptionId", breached.exception().value().toString());
                data.put("shipmentId", breached.shipment().value().toString());
                put(data, "reason", breached.reason());
            }
            default -> {
            }
        }
        return data;
    }

    private static void put(Map<String, String> data, String key, String value) {
        if (value != null) {
            data.put(key, value);
        }
    }
}
