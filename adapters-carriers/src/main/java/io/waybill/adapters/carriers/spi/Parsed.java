package io.waybill.adapters.carriers.spi;

import io.waybill.application.port.in.RecordTrackingEvents;
import io.waybill.application.shared.CarrierEstimate;
import io.waybill.domain.order.CarrierCode;
import io.waybill.domain.order.CarrierTrackingNumber;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one payload said: the events ready for {@link RecordTrackingEvents}, the reports that could not become
 * events ({@link Unmapped}, never dropped), the carrier's delivery estimates, and warnings about parts of the
 * payload that were skipped (a "tracking number not found" answer, a placeholder field).
 */
public record Parsed(
        List<RecordTrackingEvents.Event> events,
        List<Unmapped> unmapped,
        List<EstimatedDelivery> estimatedDeliveries,
        List<String> warnings) {

    public Parsed {
        events = List.copyOf(events);
        unmapped = List.copyOf(unmapped);
        estimatedDeliveries = List.copyOf(estimatedDeliveries);
        warnings = List.copyOf(warnings);
    }

    /** The latest estimate the payload gives for a shipment. */
    public Optional<EstimatedDelivery> estimatedDelivery(CarrierTrackingNumber trackingNumber) {
        EstimatedDelivery found = null;
        for (EstimatedDelivery estimate : estimatedDeliveries) {
            if (estimate.trackingNumber().equals(trackingNumber)) {
                found = estimate;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * The payload's estimates as the application records them: per tracking number the latest it gives (as
     * {@link #estimatedDelivery}), reported by {@code carrier} at {@code receivedAt}.
     */
    public List<CarrierEstimate> carrierEstimates(CarrierCode carrier, Instant receivedAt) {
        Map<CarrierTrackingNumber, EstimatedDelivery> latest = new LinkedHashMap<>();
        estimatedDeliveries.forEach(estimate -> latest.put(estimate.trackingNumber(), estimate));
        return latest.values().stream().map(estimate -> estimate.reportedBy(carrier, receivedAt)).toList();
    }
}
