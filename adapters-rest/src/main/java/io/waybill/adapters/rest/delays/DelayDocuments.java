package io.waybill.adapters.rest.delays;

import io.waybill.application.shared.ShipmentPrediction;
import io.waybill.domain.eta.DelayRisk;
import io.waybill.domain.order.ShipmentStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answers of the delays API: a shipment's prediction as the API writes it, and the changes of its risk level. */
public final class DelayDocuments {

    private DelayDocuments() {
    }

    /**
     * What Waybill expects of one shipment under way, as of {@code asOf}: its delivery estimate (P50, P90, and what it
     * rests on) and its delay risk (level, reasons in words, when first seen, hours before the promise that was).
     */
    @Schema(name = "ShipmentPrediction")
    public record ShipmentPredictionDocument(
            @Schema(required = true) UUID shipmentId,
            @Schema(required = true) UUID orderId,
            @Schema(required = true) String orderNumber,
            @Schema(required = true) String carrier,
            @Schema(required = true) String carrierTrackingNumber,
            @Schema(required = true, type = SchemaType.STRING, implementation = ShipmentStatus.class) String status,
            @Schema(required = true, nullable = true, description = "Median estimate of delivery") Instant p50,
            @Schema(required = true, nullable = true, description = "90th percentile estimate of delivery") Instant p90,
            @Schema(required = true, nullable = true, description = "What the estimate rests on") String basis,
            @Schema(required = true, type = SchemaType.STRING, implementation = DelayRisk.Level.class) String riskLevel,
            @Schema(required = true) List<String> reasons,
            @Schema(required = true, nullable = true, description = "When the current risk was first seen") Instant firstDetectedAt,
            @Schema(required = true, nullable = true, description = "Hours between first seeing the risk and the promise")
            Long leadTimeHours,
            @Schema(required = true, nullable = true) Instant promisedLatest,
            @Schema(required = true) Instant asOf,
            @Schema(required = true, description = "The carrier service booked: standard, express, ...") String service) {

        static ShipmentPredictionDocument of(ShipmentPrediction p) {
            return new ShipmentPredictionDocument(p.shipmentId(), p.orderId(), p.orderNumber(), p.carrier(), p.carrierTrackingNumber(),
                    p.status(), p.p50(), p.p90(), p.basis(), p.riskLevel(), p.reasons(), p.firstDetectedAt(), p.leadTimeHours(),
                    p.promisedLatest(), p.asOf(), p.service());
        }
    }

    /** One change of a shipment's risk level. */
    @Schema(name = "RiskChange")
    public record RiskChangeDocument(
            @Schema(required = true) Instant at,
            @Schema(required = true, type = SchemaType.STRING, implementation = DelayRisk.Level.class) String level,
            @Schema(required = true) List<String> reasons) {

        static RiskChangeDocument of(ShipmentPrediction.RiskChange change) {
            return new RiskChangeDocument(change.at(), change.level(), change.reasons());
        }
    }

    /** A shipment's prediction and every change of its risk level (up to the prediction's {@code asOf}). */
    @Schema(name = "PredictionDocument")
    public record PredictionDocument(@Schema(required = true) ShipmentPredictionDocument prediction,
            @Schema(required = true) List<RiskChangeDocument> history) {

        static PredictionDocument of(ShipmentPrediction prediction, List<ShipmentPrediction.RiskChange> history) {
            return new PredictionDocument(ShipmentPredictionDocument.of(prediction), history.stream().map(RiskChangeDocument::of).toList());
        }
    }
}
