package io.waybill.adapters.carriers.simulated;

import io.waybill.domain.order.CarrierCode;
import io.waybill.domain.order.CarrierTrackingNumber;
import io.waybill.domain.order.ServiceLevel;
import io.waybill.domain.tracking.Location;
import io.waybill.domain.tracking.Milestone;
import io.waybill.domain.tracking.ProofOfDelivery;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * The planned trip of one shipment: its scans in simulated time, counted from {@code start}, the moment
 * the shipment was ready. The steps are in chronological order. {@code estimatedDelivery} is what the carrier
 * tells the customer at hand-over (end of its transit time for the service booked), not when the journey really ends.
 */
record Journey(CarrierCode carrier, CarrierTrackingNumber number, Instant start, List<Step> steps, Instant estimatedDelivery,
        ServiceLevel service) {

    Journey {
        steps = List.copyOf(steps);
    }

    /** One scan, as the carrier reports it: its own code and text, local time of the place where it happened. */
    record Step(String sourceEventId, Milestone milestone, String rawCode, String rawText, String reason, Instant at,
            ZoneId zone, Location location, ProofOfDelivery proofOfDelivery) {

        OffsetDateTime occurredAt() {
            return at.atZone(zone).toOffsetDateTime();
        }
    }
}
