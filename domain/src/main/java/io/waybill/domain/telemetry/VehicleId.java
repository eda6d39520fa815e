package io.waybill.domain.telemetry;

import io.waybill.domain.shared.InvalidValueException;
import java.util.regex.Pattern;
import org.jmolecules.ddd.types.Identifier;

/**
 * What carries many shipments at once: a van, a trailer, a container, a ULD, named by the tenant (a fleet number, a
 * container number, a GS1 GIAI or GRAI). 1 to 64 characters of letters, digits and {@code . _ : -}, one name space per
 * tenant.
 */
public record VehicleId(String value) implements Identifier {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    public VehicleId {
        InvalidValueException.required(value, "vehicleId");
        if (!SHAPE.matcher(value).matches()) {
            throw new InvalidValueException("vehicleId", "must be 1 to 64 letters, digits or . _ : - (got "
                    + InvalidValueException.quote(value) + ")");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
