package io.waybill.domain.order;

import io.waybill.domain.tracking.TrackingId;
import java.time.Instant;
import org.jmolecules.event.types.DomainEvent;

/** The domain events an order publishes; consumers (notifications, KPIs) react to them. */
public final class OrderEvents {

    private OrderEvents() {
    }

    /** A new order was accepted. */
    public record OrderPlaced(OrderId order, Instant at) implements DomainEvent {
    }

    /** Payment was verified and the tracking ID issued. */
    public record OrderConfirmed(OrderId order, TrackingId trackingId, Instant at) implements DomainEvent {
    }

    /** The order was cancelled before shipping. */
    public record OrderCancelled(OrderId order, String reason, Instant at) implements DomainEvent {
    }

    /** The derived order status changed. */
    public record OrderStatusChanged(OrderId order, OrderStatus from, OrderStatus to) implements DomainEvent {
    }

    /** A shipment is now expected to miss its promised delivery; {@code reason} says why, in words. */
    public record DelayPredicted(OrderId order, ShipmentId shipment, String reason, Instant at) implements DomainEvent {
    }

    /** A shipment predicted late is expected on time again. */
    public record DelayCleared(OrderId order, ShipmentId shipment, Instant at) implements DomainEvent {
    }

    /** The derived status of one shipment changed. */
    public record ShipmentStatusChanged(OrderId order, ShipmentId shipment, ShipmentStatus from, ShipmentStatus to)
            implements DomainEvent {
    }
}
