package io.waybill.adapters.rest.tracking;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.waybill.domain.eta.DelayRisk;
import io.waybill.domain.order.OrderStatus;
import io.waybill.domain.order.ShipmentStatus;
import io.waybill.domain.tracking.Milestone;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The public tracking view: vetted fields only, no personal data by construction (docs/security-privacy.md). */
public final class TrackingDocuments {

    private TrackingDocuments() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TrackingView(@Schema(required = true) String trackingId,
            @Schema(required = true, type = SchemaType.STRING, implementation = OrderStatus.class) String status,
            @Schema(required = true) String destinationCountry, Instant promisedEarliest,
            Instant promisedLatest, Instant deliveredAt, @Schema(required = true) List<ShipmentView> shipments,
            @Schema(required = true) List<Step> timeline) {
    }

    /**
     * One shipment; {@code expectedBy} (P50) and {@code latestExpected} (P90) are its delivery estimate, {@code delayRisk}
     * its risk level (NONE, LOW, MEDIUM, HIGH) without the reasons; the three are absent while it has no prediction.
     * {@code proof}: what the proof of delivery holds (never the name, signature, photo or place itself).
     * {@code approximatePosition}: where its tracker last was, coarsened; absent once it is out for delivery.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ShipmentView(@Schema(required = true) int number, @Schema(required = true) String carrier,
            @Schema(required = true) String carrierTrackingNumber,
            @Schema(required = true, type = SchemaType.STRING, implementation = ShipmentStatus.class) String status, @Schema(required = true) int parcels,
            Instant deliveredAt, @Schema(required = true) boolean proofOfDelivery, Proof proof, Instant expectedBy,
            Instant latestExpected, @Schema(type = SchemaType.STRING, implementation = DelayRisk.Level.class) String delayRisk,
            ApproximatePosition approximatePosition) {
    }

    /**
     * The last position a device travelling with the shipment reported, rounded to a 0.1° grid (about 11 km: the town,
     * never the street) and to the minute. Only before the delivery round: from out for delivery on, and after delivery
     * or return, it is absent (the driver's round and the customer's door are not shown).
     */
    @Schema(description = "The shipment's tracker's last position, rounded to 0.1° (about 11 km) and to the minute; absent from"
            + " out for delivery on")
    public record ApproximatePosition(@Schema(required = true, description = "Latitude, one decimal") double latitude,
            @Schema(required = true, description = "Longitude, one decimal") double longitude,
            @Schema(required = true, description = "When it was reported, to the minute") Instant at) {
    }

    /** What the carrier's proof of delivery is made of: a signature, a photo, the receiver's name, the place. */
    public record Proof(@Schema(required = true) boolean signature, @Schema(required = true) boolean photo,
            @Schema(required = true) boolean receiverNamed, @Schema(required = true) boolean place) {
    }

    /**
     * One step: the description comes from Waybill's code table; the city is shown only when it passed the place-name
     * rules (else absent), no facility name (carrier free text).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Step(@Schema(required = true, type = SchemaType.STRING, implementation = Milestone.class) String milestone,
            @Schema(required = true) String description, @Schema(required = true) OffsetDateTime occurredAt, String city,
            String countryCode, @Schema(description = "The number of the shipment it is about") Integer shipment) {
    }
}
