package io.waybill.application.port.out;

import io.waybill.application.fakes.InDefaultTenant;
import static org.assertj.core.api.Assertions.assertThat;

import io.waybill.application.shared.Actor;
import io.waybill.application.shared.AuditEntry;
import io.waybill.application.shared.Tenant;
import io.waybill.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Tenants} store must do: the default tenant exists from the start, an id is taken once, and a
 * creation is stored with its audit entry (a refused one writes none). Ids are fresh in every test.
 */
public abstract class TenantsContract implements InDefaultTenant {

    private static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");

    protected abstract Tenants tenants();

    protected abstract AuditLog audit();

    @Test
    void theDefaultTenantAlwaysExists() {
        assertThat(tenants().byId(TenantId.DEFAULT)).map(Tenant::id).contains(TenantId.DEFAULT);
        assertThat(tenants().all()).extracting(Tenant::id).contains(TenantId.DEFAULT);
    }

    @Test
    void aTenantIsCreatedOnceWithItsAuditEntry() {
        TenantId id = new TenantId("acme-" + UUID.randomUUID().toString().substring(0, 8));
        Tenant acme = new Tenant(id, "ACME Shop", T0);

        assertThat(tenants().create(acme, entry(id))).isTrue();
        assertThat(tenants().create(new Tenant(id, "Someone else", T0.plusSeconds(1)), entry(id))).isFalse();

        assertThat(tenants().byId(id)).contains(acme);
        assertThat(tenants().all()).contains(acme);
        assertThat(tenants().byId(new TenantId("never-created-" + UUID.randomUUID().toString().substring(0, 8)))).isEmpty();
        assertThat(audit().newestFirst(Optional.of(id), Optional.empty(), 10)).singleElement()
                .satisfies(e -> assertThat(e.action()).isEqualTo("tenant.created"));
    }

    private static AuditEntry entry(TenantId id) {
        return AuditEntry.of(T0, id, Actor.SYSTEM, "tenant.created", "tenant", id.value(), null);
    }
}
