package io.waybill.domain.order;

import io.waybill.domain.shared.InvalidValueException;
import java.time.Instant;
import org.jmolecules.ddd.types.ValueObject;

/** The delivery window promised to the customer; {@code earliest} is not after {@code latest}. A date is a one-day window. */
public record DeliveryPromise(Instant earliest, Instant latest) implements ValueObject {

    public DeliveryPromise {
        InvalidValueException.plausibleInstant(earliest, "promisedDelivery.earliest");
        InvalidValueException.plausibleInstant(latest, "promisedDelivery.latest");
        if (earliest.isAfter(latest)) {
            throw new InvalidValueException("promisedDelivery", "earliest (" + earliest + ") is after latest (" + latest + ")");
        }
    }

    /** Whether a delivery at {@code deliveredAt} kept the promise. */
    public boolean keptBy(Instant deliveredAt) {
        return !deliveredAt.isAfter(latest);
    }
}
