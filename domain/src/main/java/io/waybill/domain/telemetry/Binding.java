package io.waybill.domain.telemetry;

import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.shared.InvalidValueException;
import java.time.Instant;
import java.util.UUID;
import org.jmolecules.ddd.types.ValueObject;

/**
 * A device travels with a shipment from {@code from} until {@code until} (null: still with it). Its readings of that
 * time tell about the shipment, whenever they arrive. {@code vehicle} is set on a binding derived from the vehicle that
 * carried both (see {@link CarriedBindings}); null on one sent for the shipment.
 */
public record Binding(UUID id, DeviceId device, ShipmentId shipment, Instant from, Instant until, VehicleId vehicle)
        implements ValueObject {

    /** A binding sent for the shipment itself (not derived from a vehicle). */
    public Binding(UUID id, DeviceId device, ShipmentId shipment, Instant from, Instant until) {
        this(id, device, shipment, from, until, null);
    }

    /** Whether it was derived from the device's vehicle carrying the shipment ({@link CarriedBindings}), not sent. */
    public boolean viaVehicle() {
        return vehicle != null;
    }

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
