package io.waybill.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.waybill.application.fakes.InMemoryAuditLog;
import io.waybill.application.fakes.InMemoryTenants;
import io.waybill.application.fakes.MutableClock;
import io.waybill.application.port.in.AuthenticateApiKey.Principal;
import io.waybill.application.port.in.NotPermittedException;
import io.waybill.application.shared.Actor;
import io.waybill.application.shared.AuditEntry;
import io.waybill.application.shared.NameTakenException;
import io.waybill.application.shared.Role;
import io.waybill.application.shared.Tenant;
import io.waybill.domain.shared.InvalidValueException;
import io.waybill.domain.tenant.TenantId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Platform admins create tenants, once per id, audited; nobody else does. */
class TenantServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-02T09:00:00Z");
    private static final Principal PLATFORM = new Principal("configured-admin", Role.PLATFORM_ADMIN);

    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final InMemoryTenants tenants = new InMemoryTenants(audit);
    private final TenantService service = new TenantService(tenants, new MutableClock(NOW));

    @Test
    void aPlatformAdminCreatesATenantOnceAndTheCreationIsAudited() {
        Tenant acme = service.create(PLATFORM, new TenantId("acme"), " ACME Shop ");

        assertThat(acme).isEqualTo(new Tenant(new TenantId("acme"), "ACME Shop", NOW));
        assertThat(service.tenants(PLATFORM)).extracting(Tenant::id).containsExactly(new TenantId("acme"), TenantId.DEFAULT);
        assertThat(audit.all()).singleElement().isEqualTo(new AuditEntry(1, NOW, new TenantId("acme"),
                new Actor(TenantId.DEFAULT, "configured-admin"), "tenant.created", "tenant", "acme", null));
        assertThatThrownBy(() -> service.create(PLATFORM, new TenantId("acme"), "Another")).isInstanceOf(NameTakenException.class);
        assertThat(audit.all()).hasSize(1);
    }

    @Test
    void tenantAdminsNeitherCreateNorListTenants() {
        Principal defaultAdmin = new Principal("root", Role.ADMIN);

        assertThatThrownBy(() -> service.create(defaultAdmin, new TenantId("acme"), "ACME")).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> service.tenants(defaultAdmin)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> service.create(PLATFORM, new TenantId("acme"), " ")).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("name");
        assertThat(tenants.all()).hasSize(1);
    }
}
