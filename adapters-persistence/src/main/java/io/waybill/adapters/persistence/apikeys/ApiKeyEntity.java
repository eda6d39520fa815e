package io.waybill.adapters.persistence.apikeys;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "api_keys")
public class ApiKeyEntity {

    @Id
    public String name;
    public String role;
    @Column(name = "key_sha256")
    public String keySha256;
    @Column(name = "tenant_id")
    public String tenantId;
    @Column(name = "created_at")
    public Instant createdAt;
}
