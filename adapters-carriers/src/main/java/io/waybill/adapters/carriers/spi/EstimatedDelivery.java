package io.waybill.adapters.carriers.spi;

import io.waybill.application.shared.CarrierEstimate;
import io.waybill.domain.order.CarrierCode;
import io.waybill.domain.order.CarrierTrackingNumber;
import java.time.Instant;
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

    /**
     * This estimate as the application keeps it, reported by {@code carrier} at {@code reportedAt} (when the payload was
     * received). A window with only its earliest end is taken as due then: the one time the carrier named.
     */
    public CarrierEstimate reportedBy(CarrierCode carrier, Instant reportedAt) {
        OffsetDateTime due = latest != null ? latest : earliest;
        return new CarrierEstimate(carrier, trackingNumber, earliest == null ? null : earliest.toInstant(), due.toInstant(),
                reportedAt);
    }
}
