package io.waybill.domain.exceptions;

import io.waybill.domain.order.OrderId;
import io.waybill.domain.order.ShipmentId;
import java.time.Instant;
import org.jmolecules.event.types.DomainEvent;

/**
 * The devices travelling with a shipment measured it outside its condition profile, and the exceptions queue opened
 * item {@code exception} for it at {@code at}: told at once, not only when nobody acknowledges it in time.
 */
public record ConditionBreached(OrderId order, ShipmentId shipment, ExceptionId exception, String reason, Instant at)
        implements DomainEvent {
}
