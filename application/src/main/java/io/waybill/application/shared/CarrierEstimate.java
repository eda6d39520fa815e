package io.waybill.application.shared;

import io.waybill.domain.order.CarrierCode;
import io.waybill.domain.order.CarrierTrackingNumber;
import io.waybill.domain.shared.InvalidValueException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * When a carrier said it will deliver one of its shipments, and when it said so: the window it gave ({@code earliest}
 * null when it named only the latest time) and the instant its payload was received. A later report replaces an
 * earlier one; the ETA falls back on {@code latest} while the lane has too few deliveries at the shipment's time of the
 * week to learn from. Instants are kept to the microsecond, as stored.
 */
public record CarrierEstimate(CarrierCode carrier, CarrierTrackingNumber number, Instant earliest, Instant latest,
        Instant reportedAt) {

    public CarrierEstimate {
        InvalidValueException.required(carrier, "carrier");
        InvalidValueException.required(number, "carrierTrackingNumber");
        latest = InvalidValueException.plausibleInstant(latest, "latest").truncatedTo(ChronoUnit.MICROS);
        reportedAt = InvalidValueException.plausibleInstant(reportedAt, "reportedAt").truncatedTo(ChronoUnit.MICROS);
        earliest = earliest == null ? null : InvalidValueException.plausibleInstant(earliest, "earliest").truncatedTo(ChronoUnit.MICROS);
        if (earliest != null && latest.isBefore(earliest)) {
            throw new InvalidValueException("latest", "the estimated window ends (" + latest + ") before it begins (" + earliest + ")");
        }
    }

    /** Whether this report came after {@code other}, and so replaces it. */
    public boolean newerThan(CarrierEstimate other) {
        return reportedAt.isAfter(other.reportedAt);
    }
}
