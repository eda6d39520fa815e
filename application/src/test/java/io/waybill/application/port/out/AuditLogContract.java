package io.waybill.application.port.out;

import io.waybill.application.fakes.InDefaultTenant;
import static org.assertj.core.api.Assertions.assertThat;

import io.waybill.application.shared.Actor;
import io.waybill.application.shared.AuditEntry;
import io.waybill.domain.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AuditLog} must do: keep each entry as appended, number them in order, and read them newest first,
 * per tenant or all, in pages. Tenants are fresh in every test.
 */
public abstract class AuditLogContract implements InDefaultTenant {

    private static final Instant T0 = Instant.parse("2026-11-02T09:00:00.123456Z");

    protected abstract AuditLog audit();

    @Test
    void entriesAreKeptAsAppendedAndReadNewestFirstPerTenant() {
        TenantId acme = fresh();
        TenantId globex = fresh();
        Actor platform = new Actor(TenantId.DEFAULT, "configured-admin");
        audit().append(AuditEntry.of(T0, acme, platform, "tenant.created", "tenant", acme.value(), null));
        audit().append(AuditEntry.of(T0.plusSeconds(1), globex, platform, "tenant.created", "tenant", globex.value(), null));
        audit().append(AuditEntry.of(T0.plusSeconds(2), acme, new Actor(acme, "acme-admin"), "api-key.issued", "api-key", "wms",
                "role=integrator scopes=events"));

        List<AuditEntry> ofAcme = audit().newestFirst(Optional.of(acme), Optional.empty(), 10);
        assertThat(ofAcme).extracting(AuditEntry::action).containsExactly("api-key.issued", "tenant.created");
        AuditEntry newest = ofAcme.getFirst();
        assertThat(newest.at()).isEqualTo(T0.plusSeconds(2));
        assertThat(newest.actor()).isEqualTo(new Actor(acme, "acme-admin"));
        assertThat(newest.targetType()).isEqualTo("api-key");
        assertThat(newest.targetId()).isEqualTo("wms");
        assertThat(newest.detail()).isEqualTo("role=integrator scopes=events");
        assertThat(newest.id()).isGreaterThan(ofAcme.get(1).id());
        assertThat(audit().newestFirst(Optional.empty(), Optional.empty(), 1000)).extracting(AuditEntry::tenant)
                .contains(acme, globex);
    }

    @Test
    void entriesArePagedByLimitAndBefore() {
        TenantId tenant = fresh();
        for (int i = 0; i < 5; i++) {
            audit().append(AuditEntry.of(T0.plusSeconds(i), tenant, Actor.SYSTEM, "order.cancelled", "order", "order-" + i, null));
        }

        List<AuditEntry> page = audit().newestFirst(Optional.of(tenant), Optional.empty(), 2);
        assertThat(page).extracting(AuditEntry::targetId).containsExactly("order-4", "order-3");
        List<AuditEntry> next = audit().newestFirst(Optional.of(tenant), Optional.of(page.get(1).id()), 10);
        assertThat(next).extracting(AuditEntry::targetId).containsExactly("order-2", "order-1", "order-0");
    }

    private static TenantId fresh() {
        return new TenantId("a-" + UUID.randomUUID().toString().substring(0, 13));
    }
}
