package io.waybill.domain.tracking;

import io.waybill.domain.shared.InvalidValueException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jmolecules.ddd.types.ValueObject;

/** Who reported an event: the kind of system and its name ({@code CARRIER/ups}, {@code WMS/dc-berlin}). */
public record EventSource(SourceType type, String name) implements ValueObject {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    public EventSource {
        InvalidValueException.required(type, "source.type");
        name = InvalidValueException.requiredText(name, "source.name", 64).toLowerCase(Locale.ROOT);
        if (!NAME.matcher(name).matches()) {
            throw new InvalidValueException("source.name",
                    "must be 1-64 characters of a-z, 0-9, '.', '_' or '-' (got '" + name + "')");
        }
    }

    public static EventSource waybill() {
        return new EventSource(SourceType.WAYBILL, "waybill");
    }

    /** Waybill's steps derived from devices' positions crossing geofences: no one scanned them. */
    public static EventSource derivedFromPositions() {
        return new EventSource(SourceType.DEVICE, "geofence");
    }

    /** Whether the steps of this source are derived by Waybill, not reported ({@link #derivedFromPositions}). */
    public boolean derived() {
        return type == SourceType.DEVICE && name.equals("geofence");
    }

    @Override
    public String toString() {
        return type + "/" + name;
    }
}
