package io.waybill.domain.order;

import io.waybill.domain.shared.InvalidValueException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jmolecules.ddd.types.ValueObject;

/** The carrier's own tracking number for a shipment, stored upper case without spaces. */
public record CarrierTrackingNumber(String value) implements ValueObject {

    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9-]{4,64}");

    public CarrierTrackingNumber {
        value = InvalidValueException.requiredText(value, "carrierTrackingNumber", 64)
                .replace(" ", "").toUpperCase(Locale.ROOT);
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidValueException("carrierTrackingNumber", "must be 4-64 letters, digits or '-' (got " + InvalidValueException.quote(value) + ")");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
