package io.waybill.domain.order;

import io.waybill.domain.shared.InvalidValueException;
import org.jmolecules.ddd.types.ValueObject;

/** A quantity of one SKU; quantity between 1 and 100,000. */
public record OrderLine(Sku sku, int quantity) implements ValueObject {

    public OrderLine {
        InvalidValueException.required(sku, "sku");
        if (quantity < 1 || quantity > 100_000) {
            throw new InvalidValueException("quantity", "must be between 1 and 100000 (got " + quantity + ")");
        }
    }
}
