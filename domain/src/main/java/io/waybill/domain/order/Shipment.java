package io.waybill.domain.order;

import io.waybill.domain.tracking.ProofOfDelivery;
import java.time.Instant;
import org.jmolecules.ddd.types.Entity;

/**
 * A shipment of an order, as derived from the order's timeline: created by its PACKED event, its status
 * follows the carrier's events. Invariant: {@code deliveredAt} and {@code proofOfDelivery} are only
 * set when the status is DELIVERED.
 */
public final class Shipment implements Entity<Order, ShipmentId> {

    private final ShipmentId id;
    private final PackingManifest manifest;
    private final ShipmentStatus status;
    private final String statusReason;
    private final Instant lastEventAt;
    private final Instant deliveredAt;
    private final ProofOfDelivery proofOfDelivery;

    Shipment(ShipmentId id, PackingManifest manifest, ShipmentStatus status, String statusReason, Instant lastEventAt,
            Instant deliveredAt, ProofOfDelivery proofOfDelivery) {
        this.id = id;
        this.manifest = manifest;
        this.status = status;
        this.statusReason = statusReason;
        this.lastEventAt = lastEventAt;
        this.deliveredAt = deliveredAt;
        this.proofOfDelivery = proofOfDelivery;
    }

    @Override
    public ShipmentId getId() {
        return id;
    }

    public PackingManifest manifest() {
        return manifest;
    }

    public CarrierCode carrier() {
        return manifest.carrier();
    }

    public CarrierTrackingNumber carrierTrackingNumber() {
        return manifest.carrierTrackingNumber();
    }

    /** The carrier service it was booked with: part of its lane. */
    public ServiceLevel service() {
        return manifest.service();
    }

    public ShipmentStatus status() {
        return status;
    }

    /** Why the shipment is held, failed or returned, as the source said it; null otherwise. */
    public String statusReason() {
        return statusReason;
    }

    public Instant lastEventAt() {
        return lastEventAt;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }

    public ProofOfDelivery proofOfDelivery() {
        return proofOfDelivery;
    }
}
