package io.waybill.domain.exceptions;

import io.waybill.domain.shared.InvalidValueException;
import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;

/** Identity of an item of the exceptions queue. */
public record ExceptionId(UUID value) implements Identifier {

    public ExceptionId {
        InvalidValueException.required(value, "exceptionId");
    }

    public static ExceptionId random() {
        return new ExceptionId(UUID.randomUUID());
    }

    public static ExceptionId parse(String text) {
        try {
            return new ExceptionId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidValueException("id", "must be a UUID (got " + InvalidValueException.quote(text) + ")");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
