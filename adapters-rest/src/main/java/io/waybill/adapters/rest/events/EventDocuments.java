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
import io.waybill.application.port.in.EventOutcome;
import io.waybill.domain.tracking.Milestone;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON documents of the ingestion API. */
public final class EventDocuments {

    private EventDocuments() {
    }

    /**
     * A batch of warehouse events. Each element is read on its own (as JSON, then as a {@link WarehouseEventDocument}) so
     * that one bad event does not sink the others: the document states the element's shape, the answer each one's fate.
     */
    public record WarehouseEventBatch(@JsonSetter(contentNulls = Nulls.SET) @Schema(required = true, type = SchemaType.ARRAY,
            implementation = WarehouseEventDocument.class, minItems = 1, maxItems = EventsResource.MAX_BATCH) List<JsonNode> events) {
    }

    /** A batch of carrier and device events, each read on its own like those of a {@link WarehouseEventBatch}. */
    public record TrackingEventBatch(@JsonSetter(contentNulls = Nulls.SET) @Schema(required = true, type = SchemaType.ARRAY,
            implementation = TrackingEventDocument.class, minItems = 1, maxItems = EventsResource.MAX_BATCH) List<JsonNode> events) {
    }

    /** {@code service}: the carrier service booked ({@code standard}, {@code express}, ...); standard when absent. */
    public record ManifestDocument(@Schema(required = true) String carrier, @Schema(required = true) String carrierTrackingNumber,
            @Schema(required = true, minItems = 1) List<ParcelDocument> parcels, @Schema(required = true, minItems = 1) List<LineDocument> lines,
            String service) {
    }

    /** About an order named by {@code orderId} or {@code orderNumber}; a PACKED event, and only it, names the {@code shipment}. */
    public record WarehouseEventDocument(@Schema(required = true) SourceDocument source,
            @Schema(required = true, maxLength = 128, description = "Your id of the event: the same id again is a duplicate")
            String sourceEventId,
            UUID orderId, String orderNumber,
            @Schema(required = true, type = SchemaType.STRING, implementation = Milestone.class) String milestone, String rawCode, String rawText, String reason,
            @Schema(required = true) OffsetDateTime occurredAt,
            LocationDocument location, ManifestDocument shipment) {
    }

    /** About a shipment named by {@code trackingId}, or by {@code carrier} and {@code carrierTrackingNumber}. */
    public record TrackingEventDocument(@Schema(required = true, description = "type CARRIER or DEVICE") SourceDocument source,
            @Schema(required = true, maxLength = 128, description = "Your id of the event: the same id again is a duplicate")
            String sourceEventId,
            String trackingId, String carrier,
            String carrierTrackingNumber, @Schema(required = true, type = SchemaType.STRING, implementation = Milestone.class) String milestone, String rawCode,
            String rawText, String reason,
            @Schema(required = true) OffsetDateTime occurredAt, LocationDocument location, ProofOfDeliveryDocument proofOfDelivery) {
    }

    /** {@code reason}: why it was rejected; {@code orderId}: the order it was recorded on. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OutcomeDocument(@Schema(required = true, description = "The event's position in the batch, from 0") int index,
            @Schema(required = true, type = SchemaType.STRING, implementation = EventOutcome.Result.class) String result, String reason, UUID orderId) {
    }

    public record BatchResultDocument(@Schema(required = true) int accepted, @Schema(required = true) int duplicates,
            @Schema(required = true) int rejected, @Schema(required = true) List<OutcomeDocument> results) {
    }
}
