package io.waybill.domain.telemetry;

import io.waybill.domain.shared.InvalidValueException;
import java.util.regex.Pattern;
import org.jmolecules.ddd.types.Identifier;

/**
 * A device's own identifier, as it reports it: an IMEI, a serial number, a tracker app's id. Unique in the whole
 * installation, since a tracker speaking the OsmAnd protocol names nothing but itself. 1 to 64 characters of letters,
 * digits and {@code . _ : -}.
 */
public record DeviceId(String value) implements Identifier {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    public DeviceId {
        InvalidValueException.required(value, "deviceId");
        if (!SHAPE.matcher(value).matches()) {
            throw new InvalidValueException("deviceId", "must be 1 to 64 letters, digits or . _ : - (got "
                    + InvalidValueException.quote(value) + ")");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
