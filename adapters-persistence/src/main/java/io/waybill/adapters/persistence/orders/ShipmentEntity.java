package io.waybill.adapters.persistence.orders;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "shipments")
public class ShipmentEntity {

    @Id
    public UUID id;
    @Column(name = "tenant_id", updatable = false)
    public String tenantId;
    @Column(name = "order_id")
    public UUID orderId;
    public String carrier;
    @Column(name = "carrier_tracking_number")
    public String carrierTrackingNumber;

    public String service;
    public String status;
    @Column(name = "status_reason")
    public String statusReason;
    @Column(name = "delivered_at")
    public Instant deliveredAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "shipment_parcels", joinColumns = @JoinColumn(name = "shipment_id"))
    @OrderColumn(name = "parcel_no")
    public List<ParcelEmbeddable> parcels = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "shipment_lines", joinColumns = @JoinColumn(name = "shipment_id"))
    @OrderColumn(name = "line_no")
    public List<LineEmbeddable> lines = new ArrayList<>();
}
