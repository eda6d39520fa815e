package io.waybill.domain.order;

import io.waybill.domain.shared.InvalidValueException;
import org.jmolecules.ddd.types.ValueObject;

/** A stock-keeping unit code, 1-64 visible characters. */
public record Sku(String value) implements ValueObject {

    public Sku {
        value = InvalidValueException.requiredText(value, "sku", 64);
        if (!value.matches("[\\p{Graph}]+")) {
            throw new InvalidValueException("sku", "must not contain spaces or control characters (got '" + value + "')");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
