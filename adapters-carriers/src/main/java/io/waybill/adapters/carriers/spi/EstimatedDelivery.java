package io.waybill.adapters.carriers.spi;

import io.waybill.domain.order.CarrierTrackingNumber;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * When the carrier expects to deliver a shipment: a window, or one end of it. A carrier that gives only a day
 * yields that day's window in the destination's zone.
 */
public record EstimatedDelivery(CarrierTrackingNumber trackingNumber, OffsetDateTime earliest, OffsetDateTime latest) {

    public EstimatedDelivery {
        Objects.requireNonNull(trackingNumber, "trackingNumber");
        if (earliest == null && latest == null) {
            throw new IllegalArgumentException("an estimated delivery needs an earliest or a latest time");
        }
        if (earliest != null && latest != null && latest.isBefore(earliest)) {
            throw new IllegalArgumentException("estimated delivery window ends (" + latest + ") before it begins (" + earliest + ")");
        }
    }
}
