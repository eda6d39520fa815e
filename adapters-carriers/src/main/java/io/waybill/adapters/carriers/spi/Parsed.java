package io.waybill.adapters.carriers.spi;

import io.waybill.application.port.in.RecordTrackingEvents;
import io.waybill.application.shared.CarrierEstimate;
import io.waybill.application.shared.CarrierPayload;
import io.waybill.domain.order.CarrierCode;
import io.waybill.domain.order.CarrierTrackingNumber;
import io.waybill.domain.shared.InvalidValueException;
import java.time.Instant;
import java.util.ArrayList;
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
     * {@link #estimatedDelivery}), reported by {@code carrier} at {@code receivedAt}. An estimate Waybill cannot keep (a
     * date outside the years 1970-9999) is left out here, where payloads are read, so that neither the webhook nor the
     * poller loses the payload's events over advice.
     */
    public List<CarrierEstimate> carrierEstimates(CarrierCode carrier, Instant receivedAt) {
        Map<CarrierTrackingNumber, EstimatedDelivery> latest = new LinkedHashMap<>();
        estimatedDeliveries.forEach(estimate -> latest.put(estimate.trackingNumber(), estimate));
        List<CarrierEstimate> kept = new ArrayList<>();
        for (EstimatedDelivery estimate : latest.values()) {
            try {
                kept.add(estimate.reportedBy(carrier, receivedAt));
            } catch (InvalidValueException e) {
                // implausible: not an estimate anyone can act on
            }
        }
        return kept;
    }

    /**
     * This payload in the application's words ({@code CarrierFormats}), its estimates as {@link #carrierEstimates} gives
     * them.
     */
    public CarrierPayload payload(CarrierCode carrier, Instant receivedAt) {
        return new CarrierPayload(
                events.stream().map(e -> new CarrierPayload.Scan(e.carrierTrackingNumber(), e.event())).toList(),
                unmapped.stream().map(u -> new CarrierPayload.Unmapped(u.trackingNumber(), u.rawCode(), u.rawText(), u.occurredAt(),
                        u.why())).toList(),
                estimatedDeliveries.stream().map(d -> new CarrierPayload.DeliveryWindow(d.trackingNumber(), d.earliest(), d.latest()))
                        .toList(),
                carrierEstimates(carrier, receivedAt),
                warnings);
    }
}
