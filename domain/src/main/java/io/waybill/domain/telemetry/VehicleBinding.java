package io.waybill.domain.telemetry;

import io.waybill.domain.shared.InvalidValueException;
import java.time.Instant;
import java.util.UUID;
import org.jmolecules.ddd.types.ValueObject;

/** A device is mounted on a vehicle (or in a container) from {@code from} until {@code until} (null: still there). */
public record VehicleBinding(UUID id, DeviceId device, VehicleId vehicle, Instant from, Instant until) implements ValueObject {

    public VehicleBinding {
        InvalidValueException.required(id, "bindingId");
        InvalidValueException.required(device, "deviceId");
        InvalidValueException.required(vehicle, "vehicleId");
        InvalidValueException.required(from, "from");
        if (until != null && !until.isAfter(from)) {
            throw new InvalidValueException("until", "must be after from (" + from + "), got " + until);
        }
    }

    /** Whether this overlaps [{@code otherFrom}, {@code otherUntil}) (null: open). */
    public boolean overlaps(Instant otherFrom, Instant otherUntil) {
        return Span.overlap(from, until, otherFrom, otherUntil);
    }
}
