package io.waybill.domain.telemetry;

import io.waybill.domain.shared.InvalidValueException;
import java.util.regex.Pattern;
import org.jmolecules.ddd.types.Identifier;

/** A tenant's own name for one of its geofences ({@code hub-kassel}): 1 to 64 letters, digits or {@code . _ : -}. */
public record GeofenceId(String value) implements Identifier {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    public GeofenceId {
        InvalidValueException.required(value, "geofenceId");
        if (!SHAPE.matcher(value).matches()) {
            throw new InvalidValueException("geofenceId", "must be 1 to 64 letters, digits or . _ : - (got "
                    + InvalidValueException.quote(value) + ")");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
