package io.waybill.adapters.carriers.spi;

import io.waybill.domain.order.CarrierCode;
import java.util.Objects;

/**
 * A carrier's opinion on a tracking number: its code, how confident it is (0 exclusive to 1 inclusive) and
 * why, in words a person can check ("UPS 1Z format with valid check digit").
 */
public record Recognition(CarrierCode carrier, double confidence, String reason) {

    public Recognition {
        Objects.requireNonNull(carrier, "carrier");
        if (!(confidence > 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1] (got " + confidence + ")");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a recognition needs a reason");
        }
    }
}
