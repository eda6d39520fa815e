package io.waybill.adapters.rest.orders;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The JSON documents of the orders API. */
public final class OrderDocuments {

    private OrderDocuments() {
    }

    public record CustomerDocument(String name, String email, String phone) {
    }

    public record AddressDocument(String line1, String line2, String postalCode, String city, String region, String countryCode) {
    }

    public record LineDocument(String sku, Integer quantity) {
    }

    public record PromiseDocument(Instant earliest, Instant latest) {
    }

    public record PlaceOrderRequest(String orderNumber, CustomerDocument customer, AddressDocument address,
            List<LineDocument> lines, PromiseDocument promisedDelivery) {
    }

    public record ConfirmOrderRequest(String paymentReference) {
    }

    public record CancelOrderRequest(String reason) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LocationDocument(String facility, String city, String countryCode, Double latitude, Double longitude) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ProofOfDeliveryDocument(String receivedBy, String signatureRef, String photoRef, Double latitude, Double longitude) {
    }

    public record ParcelDocument(String barcode, String epc) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ShipmentDocument(UUID id, String carrier, String carrierTrackingNumber, String service, String status,
            String statusReason,
            List<ParcelDocument> parcels, List<LineDocument> lines, Instant lastEventAt, Instant deliveredAt,
            ProofOfDeliveryDocument proofOfDelivery) {
    }

    public record SourceDocument(String type, String name) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TimelineDocument(String milestone, String rawCode, String rawText, String reason, OffsetDateTime occurredAt,
            Instant receivedAt, LocationDocument location, SourceDocument source, String sourceEventId, UUID shipmentId,
            boolean applied, String note) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OrderResponse(UUID id, String orderNumber, String trackingId, String status, String statusReason,
            Instant placedAt, CustomerDocument customer, AddressDocument address, List<LineDocument> lines,
            PromiseDocument promisedDelivery, List<ShipmentDocument> shipments, List<TimelineDocument> timeline,
            List<DeliveryEstimateDocument> deliveryEstimates) {

        /** The same order with the delivery estimates of its shipments. */
        public OrderResponse withEstimates(List<DeliveryEstimateDocument> estimates) {
            return new OrderResponse(id, orderNumber, trackingId, status, statusReason, placedAt, customer, address, lines,
                    promisedDelivery, shipments, timeline, estimates);
        }
    }

    /**
     * A shipment's delivery estimate and delay risk (only in the full order view; empty before packing): P50 and P90, what they rest on, the risk level with its reasons.
     */
    public record DeliveryEstimateDocument(UUID shipmentId, Instant p50, Instant p90, String basis, String riskLevel,
            List<String> reasons, Instant asOf) {
    }

    public record OrderSummaryDocument(UUID id, String orderNumber, String trackingId, String status, Instant placedAt,
            List<String> carriers) {
    }

    public record OrderPageDocument(List<OrderSummaryDocument> items, int page, int size, long total) {
    }
}
