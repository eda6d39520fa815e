package io.waybill.domain.telemetry;

import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.shared.InvalidValueException;
import java.time.Instant;
import java.util.UUID;
import org.jmolecules.ddd.types.ValueObject;

/**
 * A device travels with a shipment from {@code from} until {@code until} (null: still with it). Its readings of that
 * time tell about the shipment, whenever they arrive.
 */
public record Binding(UUID id, DeviceId device, ShipmentId shipment, Instant from, Instant until) implements ValueObject {

    public Binding {
        InvalidValueException.required(id, "bindingId");
        InvalidValueException.required(device, "deviceId");
        InvalidValueException.required(shipment, "shipmentId");
        InvalidValueException.required(from, "from");
        if (until != null && !until.isAfter(from)) {
            throw new InvalidValueException("until", "must be after from (" + from + "), got " + until);
        }
    }

    /** Whether a reading taken at {@code at} falls in the binding: from included, until excluded. */
    public boolean covers(Instant at) {
        return !at.isBefore(from) && (until == null || at.isBefore(until));
    }

    /** Whether the two bindings of one device overlap in time (a device travels with one shipment at a time). */
    public boolean overlaps(Binding other) {
        boolean startsBeforeOtherEnds = other.until == null || from.isBefore(other.until);
        boolean otherStartsBeforeThisEnds = until == null || other.from.isBefore(until);
        return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }
}
