package io.waybill.adapters.persistence.orders;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One timeline entry. Occurred-at is stored as an instant plus the UTC offset where it happened. */
@Entity
@Table(name = "tracking_events")
public class TrackingEventEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tracking_events_seq")
    @SequenceGenerator(name = "tracking_events_seq", sequenceName = "tracking_events_seq", allocationSize = 50)
    public Long id;
    @Column(name = "order_id")
    public UUID orderId;
    @Column(name = "tenant_id", updatable = false)
    public String tenantId;
    @Column(name = "shipment_id")
    public UUID shipmentId;
    @Column(name = "source_type")
    public String sourceType;
    @Column(name = "source_name")
    public String sourceName;
    @Column(name = "source_event_id")
    public String sourceEventId;
    public String milestone;
    @Column(name = "raw_code")
    public String rawCode;
    @Column(name = "raw_text")
    public String rawText;
    public String reason;
    @Column(name = "occurred_at")
    public Instant occurredAt;
    @Column(name = "occurred_offset_seconds")
    public int occurredOffsetSeconds;
    @Column(name = "received_at")
    public Instant receivedAt;
    public String facility;
    public String city;
    @Column(name = "country_code")
    public String countryCode;
    public Double latitude;
    public Double longitude;
    @Column(name = "pod_received_by")
    public String podReceivedBy;
    @Column(name = "pod_signature_ref")
    public String podSignatureRef;
    @Column(name = "pod_photo_ref")
    public String podPhotoRef;
    @Column(name = "pod_latitude")
    public Double podLatitude;
    @Column(name = "pod_longitude")
    public Double podLongitude;
    /** When the step was taken back (its source declared it wrong); null while it stands. */
    @Column(name = "retracted_at")
    public Instant retractedAt;
    @Column(name = "retraction_reason")
    public String retractionReason;
}
