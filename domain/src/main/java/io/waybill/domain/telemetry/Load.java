package io.waybill.domain.telemetry;

import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.shared.InvalidValueException;
import java.time.Instant;
import java.util.UUID;
import org.jmolecules.ddd.types.ValueObject;

/** A shipment travels on a vehicle from {@code from} (loaded) until {@code until} (unloaded; null: still on it). */
public record Load(UUID id, VehicleId vehicle, ShipmentId shipment, Instant from, Instant until) implements ValueObject {

    public Load {
        InvalidValueException.required(id, "loadId");
        InvalidValueException.required(vehicle, "vehicleId");
        InvalidValueException.required(shipment, "shipmentId");
        InvalidValueException.required(from, "from");
        if (until != null && !until.isAfter(from)) {
            throw new InvalidValueException("until", "must be after from (" + from + "), got " + until);
        }
    }

    /** Whether this overlaps [{@code otherFrom}, {@code otherUntil}) (null: open). */
    public boolean overlaps(Instant otherFrom, Instant otherUntil) {
        return Span.overlap(from, until, otherFrom, otherUntil);
    }

    /** The same load, unloaded at {@code at}. */
    public Load unloadedAt(Instant at) {
        return new Load(id, vehicle, shipment, from, at);
    }
}
