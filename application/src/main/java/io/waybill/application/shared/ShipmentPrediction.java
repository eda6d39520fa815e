package io.waybill.application.shared;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What Waybill expects of one shipment under way, as of {@code asOf}: its delivery estimate (P50, P90, and what it rests
 * on) and its delay risk (level, reasons in words, when first seen, hours before the promise that was). {@code service}:
 * the carrier service it was booked with.
 */
public record ShipmentPrediction(UUID shipmentId, UUID orderId, String orderNumber, String carrier, String carrierTrackingNumber,
        String status, Instant p50, Instant p90, String basis, String riskLevel, List<String> reasons, Instant firstDetectedAt,
        Long leadTimeHours, Instant promisedLatest, Instant asOf, String service) {

    public ShipmentPrediction {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        service = service == null ? "standard" : service;
    }

    /** One change of a shipment's risk level. */
    public record RiskChange(Instant at, String level, List<String> reasons) {
    }
}
