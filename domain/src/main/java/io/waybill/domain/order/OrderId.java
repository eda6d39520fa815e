package io.waybill.domain.order;

import io.waybill.domain.shared.InvalidValueException;
import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;

/** Internal identity of an order (never shown to end customers: they get the tracking ID). */
public record OrderId(UUID value) implements Identifier {

    public OrderId {
        InvalidValueException.required(value, "orderId");
    }

    public static OrderId random() {
        return new OrderId(UUID.randomUUID());
    }

    public static OrderId parse(String text) {
        try {
            return new OrderId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidValueException("orderId", "must be a UUID (got " + InvalidValueException.quote(text) + ")");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
