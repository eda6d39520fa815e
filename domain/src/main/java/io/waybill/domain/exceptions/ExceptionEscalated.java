package io.waybill.domain.exceptions;

import io.waybill.domain.order.OrderId;
import io.waybill.domain.order.ShipmentId;
import java.time.Instant;
import org.jmolecules.event.types.DomainEvent;

/** An item nobody acknowledged in time went up its escalation chain to {@code level} (1 the first). */
public record ExceptionEscalated(OrderId order, ShipmentId shipment, ExceptionId exception, ExceptionKind kind, int level,
        String reason, Instant at) implements DomainEvent {
}
