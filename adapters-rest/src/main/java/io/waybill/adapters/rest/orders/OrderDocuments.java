package io.waybill.adapters.rest.orders;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.waybill.domain.eta.DelayRisk;
import io.waybill.domain.order.OrderStatus;
import io.waybill.domain.order.ShipmentStatus;
import io.waybill.domain.tracking.Milestone;
import io.waybill.domain.tracking.SourceType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The JSON documents of the orders API. {@code required} marks what a request must hold and what an answer always
 * holds; {@code nullable}, what an answer may write as null. Fixed sets of values are the Java enums' own
 * ({@code type = SchemaType.STRING, implementation = OrderStatus.class}), so that the document cannot drift from the code.
 */
public final class OrderDocuments {

    private OrderDocuments() {
    }

    public record CustomerDocument(@Schema(required = true, maxLength = 200) String name,
            @Schema(nullable = true, maxLength = 254, format = "email") String email,
            @Schema(nullable = true, maxLength = 32) String phone) {
    }

    public record AddressDocument(@Schema(required = true, maxLength = 200) String line1,
            @Schema(nullable = true, maxLength = 200) String line2,
            @Schema(nullable = true, maxLength = 16) String postalCode,
            @Schema(required = true, maxLength = 128) String city,
            @Schema(nullable = true, maxLength = 128) String region,
            @Schema(required = true, pattern = "^[A-Za-z]{2}$", description = "ISO 3166-1 alpha-2, like DE") String countryCode) {
    }

    public record LineDocument(@Schema(required = true) String sku, @Schema(required = true, minimum = "1") Integer quantity) {
    }

    public record PromiseDocument(@Schema(required = true) Instant earliest, @Schema(required = true) Instant latest) {
    }

    /** {@code promisedDelivery}: absent when nothing was promised. */
    public record PlaceOrderRequest(@Schema(required = true, maxLength = 64, description = "Yours, unique in your tenant") String orderNumber,
            @Schema(required = true) CustomerDocument customer, @Schema(required = true) AddressDocument address,
            @Schema(required = true, minItems = 1) List<LineDocument> lines, PromiseDocument promisedDelivery) {
    }

    public record ConfirmOrderRequest(@Schema(description = "Your reference of the verified payment") String paymentReference) {
    }

    public record CancelOrderRequest(@Schema(description = "Why, in words") String reason) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LocationDocument(String facility, String city,
            @Schema(description = "ISO 3166-1 alpha-2, like DE") String countryCode,
            @Schema(minimum = "-90", maximum = "90") Double latitude, @Schema(minimum = "-180", maximum = "180") Double longitude) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ProofOfDeliveryDocument(String receivedBy, String signatureRef, String photoRef,
            @Schema(minimum = "-90", maximum = "90") Double latitude, @Schema(minimum = "-180", maximum = "180") Double longitude) {
    }

    public record ParcelDocument(@Schema(required = true) String barcode,
            @Schema(nullable = true, description = "The parcel's RFID tag (EPC), if it has one") String epc) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ShipmentDocument(@Schema(required = true) UUID id, @Schema(required = true) String carrier,
            @Schema(required = true) String carrierTrackingNumber,
            @Schema(required = true, description = "The carrier service booked: standard, express, ...") String service,
            @Schema(required = true, type = SchemaType.STRING, implementation = ShipmentStatus.class) String status,
            String statusReason,
            @Schema(required = true) List<ParcelDocument> parcels, @Schema(required = true) List<LineDocument> lines,
            Instant lastEventAt, Instant deliveredAt, ProofOfDeliveryDocument proofOfDelivery) {
    }

    /** {@code type}: in a warehouse event WMS when absent. */
    public record SourceDocument(@Schema(type = SchemaType.STRING, implementation = SourceType.class) String type,
            @Schema(required = true, description = "Which system: the carrier's code, the WMS's or device's name") String name) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TimelineDocument(@Schema(required = true, type = SchemaType.STRING, implementation = Milestone.class) String milestone, String rawCode,
            String rawText, String reason, @Schema(required = true) OffsetDateTime occurredAt, @Schema(required = true) Instant receivedAt,
            LocationDocument location, @Schema(required = true) SourceDocument source, String sourceEventId, UUID shipmentId,
            @Schema(required = true, description = "false: recorded, but it did not move the status (late or out of order, or"
                    + " retracted)")
            boolean applied, String note,
            @Schema(required = true, description = "true: Waybill derived the step from a device's positions crossing a geofence"
                    + " (source DEVICE/geofence); nobody scanned it, and it sets no status") boolean derived,
            @Schema(required = true, description = "true: its source declared it wrong (an EPCIS error declaration) and it was"
                    + " taken back; it stays on the timeline, not applied") boolean retracted,
            @Schema(description = "When it was taken back; only on a retracted entry") Instant retractedAt) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OrderResponse(@Schema(required = true) UUID id, @Schema(required = true) String orderNumber,
            @Schema(description = "Issued on confirmation") String trackingId,
            @Schema(required = true, type = SchemaType.STRING, implementation = OrderStatus.class) String status, String statusReason,
            @Schema(required = true) Instant placedAt, @Schema(required = true) CustomerDocument customer,
            @Schema(required = true) AddressDocument address, @Schema(required = true) List<LineDocument> lines,
            PromiseDocument promisedDelivery, @Schema(required = true) List<ShipmentDocument> shipments,
            @Schema(required = true) List<TimelineDocument> timeline,
            @Schema(required = true, description = "The shipments' estimates (empty but in the full order view)")
            List<DeliveryEstimateDocument> deliveryEstimates,
            @Schema(required = true, description = "The last position a device reported for each shipment that had one"
                    + " (empty but in the full order view)")
            List<PositionDocument> lastKnownPositions) {

        /** The same order with the delivery estimates of its shipments. */
        public OrderResponse withEstimates(List<DeliveryEstimateDocument> estimates) {
            return new OrderResponse(id, orderNumber, trackingId, status, statusReason, placedAt, customer, address, lines,
                    promisedDelivery, shipments, timeline, estimates, lastKnownPositions);
        }

        /** The same order with the last known positions of its shipments. */
        public OrderResponse withPositions(List<PositionDocument> positions) {
            return new OrderResponse(id, orderNumber, trackingId, status, statusReason, placedAt, customer, address, lines,
                    promisedDelivery, shipments, timeline, deliveryEstimates, positions);
        }
    }

    /** Where a device travelling with the shipment was last, and when (exact: this view is the tenant's own). */
    public record PositionDocument(@Schema(required = true) UUID shipmentId, @Schema(required = true) Instant at,
            @Schema(required = true) double latitude, @Schema(required = true) double longitude) {
    }

    /**
     * A shipment's delivery estimate and delay risk (only in the full order view; empty before packing): P50 and P90, what they rest on, the risk level with its reasons.
     */
    public record DeliveryEstimateDocument(@Schema(required = true) UUID shipmentId, @Schema(required = true, nullable = true) Instant p50,
            @Schema(required = true, nullable = true) Instant p90, @Schema(required = true, nullable = true) String basis,
            @Schema(required = true, type = SchemaType.STRING, implementation = DelayRisk.Level.class) String riskLevel,
            @Schema(required = true) List<String> reasons, @Schema(required = true) Instant asOf) {
    }

    public record OrderSummaryDocument(@Schema(required = true) UUID id, @Schema(required = true) String orderNumber,
            @Schema(required = true, nullable = true, description = "Issued on confirmation") String trackingId,
            @Schema(required = true, type = SchemaType.STRING, implementation = OrderStatus.class) String status, @Schema(required = true) Instant placedAt,
            @Schema(required = true) List<String> carriers) {
    }

    public record OrderPageDocument(@Schema(required = true) List<OrderSummaryDocument> items, @Schema(required = true) int page,
            @Schema(required = true) int size, @Schema(required = true) long total) {
    }
}
