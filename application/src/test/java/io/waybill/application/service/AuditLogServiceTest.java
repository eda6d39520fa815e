package io.waybill.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.waybill.application.fakes.InMemoryAuditLog;
import io.waybill.application.fakes.MutableClock;
import io.waybill.application.port.in.AuthenticateApiKey.Principal;
import io.waybill.application.port.in.NotPermittedException;
import io.waybill.application.port.in.TenantNotFoundException;
import io.waybill.application.port.out.AuditTrail;
import io.waybill.application.shared.Actor;
import io.waybill.application.shared.AuditEntry;
import io.waybill.application.shared.Role;
import io.waybill.domain.shared.InvalidValueException;
import io.waybill.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Tenant admins read their tenant's entries, platform admins everyone's; the trail stamps who and when. */
class AuditLogServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-02T09:00:00Z");
    private static final TenantId ACME = new TenantId("acme");
    private static final Principal PLATFORM = new Principal("configured-admin", Role.PLATFORM_ADMIN);
    private static final Principal ACME_ADMIN = new Principal("acme-root", Role.ADMIN, ACME);

    private final InMemoryAuditLog log = new InMemoryAuditLog();
    private final AuditLogService service = new AuditLogService(log, new MutableClock(NOW));

    @Test
    void theTrailStampsTheActingKeyTheTimeAndTheActorsTenant() {
        AuditTrail trail = service.trail(() -> new Actor(ACME, "acme-shop"));

        trail.record(new AuditTrail.Change("order.cancelled", "order", "0b6f7f0e-0000-4000-8000-000000000001"));

        assertThat(log.all()).containsExactly(new AuditEntry(1, NOW, ACME, new Actor(ACME, "acme-shop"), "order.cancelled", "order",
                "0b6f7f0e-0000-4000-8000-000000000001", null));
    }

    @Test
    void aTenantAdminSeesItsTenantOnlyAndAPlatformAdminEveryone() {
        service.trail(() -> new Actor(ACME, "acme-shop")).record(new AuditTrail.Change("webhook.subscribed", "webhook-subscription", "a"));
        service.trail(() -> Actor.SYSTEM).record(new AuditTrail.Change("order.cancelled", "order", "b"));

        assertThat(service.entries(ACME_ADMIN, Optional.empty(), Optional.empty(), 100)).extracting(AuditEntry::targetId)
                .containsExactly("a");
        assertThat(service.entries(ACME_ADMIN, Optional.of(ACME), Optional.empty(), 100)).hasSize(1);
        assertThatThrownBy(() -> service.entries(ACME_ADMIN, Optional.of(TenantId.DEFAULT), Optional.empty(), 100))
                .isInstanceOf(TenantNotFoundException.class);
        assertThat(service.entries(PLATFORM, Optional.empty(), Optional.empty(), 100)).extracting(AuditEntry::targetId)
                .containsExactly("b", "a");
        assertThat(service.entries(PLATFORM, Optional.of(ACME), Optional.empty(), 100)).extracting(AuditEntry::targetId)
                .containsExactly("a");
    }

    @Test
    void onlyAdministratorsReadAndTheLimitIsBounded() {
        assertThatThrownBy(() -> service.entries(new Principal("ops", Role.OPERATOR), Optional.empty(), Optional.empty(), 10))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> service.entries(PLATFORM, Optional.empty(), Optional.empty(), 0))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("limit");
        assertThatThrownBy(() -> service.entries(PLATFORM, Optional.empty(), Optional.empty(), 1001))
                .isInstanceOf(InvalidValueException.class);
    }
}
