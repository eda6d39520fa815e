package io.waybill.domain.order;

import io.waybill.domain.shared.InvalidValueException;
import java.util.regex.Pattern;
import org.jmolecules.ddd.types.ValueObject;

/** A stock-keeping unit code, 1-64 visible characters. */
public record Sku(String value) implements ValueObject {

    private static final Pattern FORMAT = Pattern.compile("[\\p{Graph}]+");

    public Sku {
        value = InvalidValueException.requiredText(value, "sku", 64);
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidValueException("sku", "must not contain spaces or control characters (got " + InvalidValueException.quote(value) + ")");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
