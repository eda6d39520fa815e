package io.waybill.domain.order;

import io.waybill.domain.shared.InvalidValueException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jmolecules.ddd.types.ValueObject;

/** A carrier's code in Waybill ({@code ups}, {@code fedex}, {@code dhl}, {@code sim}): lower case, 2-32 characters. */
public record CarrierCode(String value) implements ValueObject {

    private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9_-]{1,31}");

    public CarrierCode {
        value = InvalidValueException.requiredText(value, "carrier", 32).toLowerCase(Locale.ROOT);
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidValueException("carrier", "must be 2-32 characters of a-z, 0-9, '_' or '-' (got " + InvalidValueException.quote(value) + ")");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
