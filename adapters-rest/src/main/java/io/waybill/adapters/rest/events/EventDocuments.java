package io.waybill.adapters.rest.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.JsonNode;
import io.waybill.adapters.rest.orders.OrderDocuments.LineDocument;
import io.waybill.adapters.rest.orders.OrderDocuments.LocationDocument;
import io.waybill.adapters.rest.orders.OrderDocuments.ParcelDocument;
import io.waybill.adapters.rest.orders.OrderDocuments.ProofOfDeliveryDocument;
import io.waybill.adapters.rest.orders.OrderDocuments.SourceDocument;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The JSON documents of the ingestion API. */
public final class EventDocuments {

    private EventDocuments() {
    }

    /** A batch; each element is read on its own so that one bad event does not sink the others. */
    public record EventBatch(@JsonSetter(contentNulls = Nulls.SET) List<JsonNode> events) {
    }

    /** {@code service}: the carrier service booked ({@code standard}, {@code express}, ...); standard when absent. */
    public record ManifestDocument(String carrier, String carrierTrackingNumber, List<ParcelDocument> parcels,
            List<LineDocument> lines, String service) {
    }

    public record WarehouseEventDocument(SourceDocument source, String sourceEventId, UUID orderId, String orderNumber,
            String milestone, String rawCode, String rawText, String reason, OffsetDateTime occurredAt,
            LocationDocument location, ManifestDocument shipment) {
    }

    public record TrackingEventDocument(SourceDocument source, String sourceEventId, String trackingId, String carrier,
            String carrierTrackingNumber, String milestone, String rawCode, String rawText, String reason,
            OffsetDateTime occurredAt, LocationDocument location, ProofOfDeliveryDocument proofOfDelivery) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OutcomeDocument(int index, String result, String reason, UUID orderId) {
    }

    public record BatchResultDocument(int accepted, int duplicates, int rejected, List<OutcomeDocument> results) {
    }
}
