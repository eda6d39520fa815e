package io.waybill.adapters.persistence.orders;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "orders")
public class OrderEntity {

    @Id
    public UUID id;
    /** The tenant the order belongs to; set when placed, never changed. */
    @Column(name = "tenant_id", updatable = false)
    public String tenantId;
    @Column(name = "order_number")
    public String orderNumber;
    @Column(name = "tracking_id")
    public String trackingId;
    public String status;
    @Column(name = "status_reason")
    public String statusReason;
    @Embedded
    public CustomerEmbeddable customer;
    @Embedded
    public AddressEmbeddable address;
    @Column(name = "promised_earliest")
    public Instant promisedEarliest;
    @Column(name = "promised_latest")
    public Instant promisedLatest;
    @Column(name = "placed_at")
    public Instant placedAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public long version;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "order_lines", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "line_no")
    public List<LineEmbeddable> lines = new ArrayList<>();
}
