package io.waybill.adapters.rest.tracking;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** The public tracking view: vetted fields only, no personal data by construction (docs/security-privacy.md). */
public final class TrackingDocuments {

    private TrackingDocuments() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TrackingView(String trackingId, String status, String destinationCountry, Instant promisedEarliest,
            Instant promisedLatest, Instant deliveredAt, List<ShipmentView> shipments, List<Step> timeline) {
    }

    /**
     * One shipment; {@code expectedBy} (P50) and {@code latestExpected} (P90) are its delivery estimate, {@code delayRisk}
     * its risk level (NONE, LOW, MEDIUM, HIGH) without the reasons; the three are absent while it has no prediction.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ShipmentView(int number, String carrier, String carrierTrackingNumber, String status, int parcels,
            Instant deliveredAt, boolean proofOfDelivery, Instant expectedBy, Instant latestExpected, String delayRisk) {
    }

    /**
     * One step: the description comes from Waybill's code table; the city is shown only when it passed the place-name
     * rules (else absent), no facility name (carrier free text).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Step(String milestone, String description, OffsetDateTime occurredAt, String city, String countryCode,
            Integer shipment) {
    }
}
