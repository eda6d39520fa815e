package io.waybill.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.waybill.application.fakes.InMemoryApiKeys;
import io.waybill.application.fakes.InMemoryAuditLog;
import io.waybill.application.fakes.InMemoryTenants;
import io.waybill.application.fakes.MutableClock;
import io.waybill.application.port.in.ApiKeyNotFoundException;
import io.waybill.application.port.in.AuthenticateApiKey.Principal;
import io.waybill.application.port.in.ManageApiKeys.Issued;
import io.waybill.application.port.in.ManageApiKeys.NewKey;
import io.waybill.application.port.in.NotPermittedException;
import io.waybill.application.port.in.TenantNotFoundException;
import io.waybill.application.shared.Actor;
import io.waybill.application.shared.ApiKey;
import io.waybill.application.shared.AuditEntry;
import io.waybill.application.shared.NameTakenException;
import io.waybill.application.shared.Role;
import io.waybill.application.shared.Scope;
import io.waybill.domain.shared.IllegalTransitionException;
import io.waybill.domain.shared.InvalidValueException;
import io.waybill.domain.tenant.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who may manage which keys, what each change does to the key, and that each change is audited once. */
class KeyAdminServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-02T09:00:00Z");
    private static final TenantId ACME = new TenantId("acme");
    private static final TenantId GLOBEX = new TenantId("globex");
    private static final Principal PLATFORM = new Principal("configured-admin", Role.PLATFORM_ADMIN);
    private static final Principal ACME_ADMIN = new Principal("acme-root", Role.ADMIN, ACME);

    private final MutableClock clock = new MutableClock(NOW);
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final InMemoryApiKeys keys = new InMemoryApiKeys(audit);
    private final InMemoryTenants tenants = new InMemoryTenants(audit);
    private final KeyAdminService service = new KeyAdminService(keys, tenants, clock);

    @BeforeEach
    void twoTenants() {
        TenantService tenantService = new TenantService(tenants, clock);
        tenantService.create(PLATFORM, ACME, "ACME Shop");
        tenantService.create(PLATFORM, GLOBEX, "Globex");
    }

    @Test
    void aTenantAdminIssuesKeysOfItsOwnTenantAndTheIssueIsAudited() {
        Issued issued = service.issue(ACME_ADMIN, new NewKey(ACME, "wms", Role.INTEGRATOR, Set.of(Scope.EVENTS), NOW.plusSeconds(3600)));

        assertThat(issued.key()).isEqualTo(new ApiKey(ACME, "wms", Role.INTEGRATOR, Set.of(Scope.EVENTS), NOW, NOW.plusSeconds(3600),
                null, null, null));
        AuditEntry entry = audit.newestFirst(Optional.of(ACME), Optional.empty(), 1).getFirst();
        assertThat(entry.actor()).isEqualTo(new Actor(ACME, "acme-root"));
        assertThat(entry.action()).isEqualTo("api-key.issued");
        assertThat(entry.targetId()).isEqualTo("wms");
        assertThat(entry.detail()).isEqualTo("role=integrator scopes=events expiresAt=" + NOW.plusSeconds(3600));
    }

    @Test
    void anotherTenantsKeysAreAsGoodAsAbsentForATenantAdmin() {
        service.issue(PLATFORM, new NewKey(GLOBEX, "globex-shop", Role.INTEGRATOR, null, null));

        assertThatThrownBy(() -> service.issue(ACME_ADMIN, new NewKey(GLOBEX, "x", Role.INTEGRATOR, null, null)))
                .isInstanceOf(TenantNotFoundException.class);
        assertThatThrownBy(() -> service.revoke(ACME_ADMIN, GLOBEX, "globex-shop")).isInstanceOf(ApiKeyNotFoundException.class);
        assertThatThrownBy(() -> service.rotate(ACME_ADMIN, GLOBEX, "globex-shop", NOW)).isInstanceOf(ApiKeyNotFoundException.class);
        assertThatThrownBy(() -> service.expire(ACME_ADMIN, GLOBEX, "globex-shop", NOW)).isInstanceOf(ApiKeyNotFoundException.class);
        assertThatThrownBy(() -> service.list(ACME_ADMIN, Optional.of(GLOBEX))).isInstanceOf(TenantNotFoundException.class);
        assertThat(service.list(ACME_ADMIN, Optional.empty())).isEmpty();
        assertThat(service.list(PLATFORM, Optional.empty())).extracting(ApiKey::name).containsExactly("globex-shop");
        assertThat(keys.byName(GLOBEX, "globex-shop").orElseThrow().revokedAt()).isNull();
    }

    @Test
    void onlyPlatformAdminsIssueAndManagePlatformAdminKeys() {
        assertThatThrownBy(() -> service.issue(new Principal("default-admin", Role.ADMIN),
                new NewKey(TenantId.DEFAULT, "escalate", Role.PLATFORM_ADMIN, null, null))).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> service.issue(PLATFORM, new NewKey(ACME, "acme-platform", Role.PLATFORM_ADMIN, null, null)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("default tenant");
        service.issue(PLATFORM, new NewKey(TenantId.DEFAULT, "second-platform", Role.PLATFORM_ADMIN, null, null));

        assertThatThrownBy(() -> service.rotate(new Principal("default-admin", Role.ADMIN), TenantId.DEFAULT, "second-platform", NOW))
                .as("a rotation would hand the new platform secret to a tenant admin").isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> service.list(new Principal("shop", Role.INTEGRATOR), Optional.empty()))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void namesAreUniquePerTenantRevokedOnesIncluded() {
        service.issue(PLATFORM, new NewKey(ACME, "shop", Role.INTEGRATOR, null, null));
        service.issue(PLATFORM, new NewKey(GLOBEX, "shop", Role.INTEGRATOR, null, null));
        service.revoke(PLATFORM, ACME, "shop");

        assertThatThrownBy(() -> service.issue(ACME_ADMIN, new NewKey(ACME, "shop", Role.OPERATOR, null, null)))
                .isInstanceOf(NameTakenException.class).hasMessageContaining("shop");
        assertThatThrownBy(() -> service.issue(ACME_ADMIN, new NewKey(ACME, "bad name!", Role.OPERATOR, null, null)))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("name");
        assertThatThrownBy(() -> service.issue(PLATFORM, new NewKey(new TenantId("initech"), "shop", Role.OPERATOR, null, null)))
                .as("a tenant nobody created").isInstanceOf(TenantNotFoundException.class);
        assertThatThrownBy(() -> service.issue(ACME_ADMIN, new NewKey(ACME, "late", Role.OPERATOR, null, NOW)))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("expiresAt");
    }

    @Test
    void revokingIsFinalAndAuditedOnce() {
        service.issue(ACME_ADMIN, new NewKey(ACME, "old", Role.INTEGRATOR, null, null));
        clock.advance(Duration.ofMinutes(5));

        ApiKey revoked = service.revoke(ACME_ADMIN, ACME, "old");
        ApiKey again = service.revoke(ACME_ADMIN, ACME, "old");

        assertThat(revoked.revokedAt()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
        assertThat(again).isEqualTo(revoked);
        assertThat(audit.all()).filteredOn(e -> e.action().equals("api-key.revoked")).hasSize(1);
        assertThatThrownBy(() -> service.rotate(ACME_ADMIN, ACME, "old", NOW)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> service.expire(ACME_ADMIN, ACME, "old", null)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> service.revoke(ACME_ADMIN, ACME, "never-issued")).isInstanceOf(ApiKeyNotFoundException.class);
    }

    @Test
    void anExpiryIsSetExtendedAndClearedButAnExpiredKeyIsNotRotated() {
        service.issue(ACME_ADMIN, new NewKey(ACME, "temp", Role.INTEGRATOR, null, null));

        assertThat(service.expire(ACME_ADMIN, ACME, "temp", NOW.plusSeconds(60)).expiresAt()).isEqualTo(NOW.plusSeconds(60));
        clock.advance(Duration.ofMinutes(2));
        assertThatThrownBy(() -> service.rotate(ACME_ADMIN, ACME, "temp", NOW)).isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("expired");
        assertThat(service.expire(ACME_ADMIN, ACME, "temp", null).expiresAt()).isNull();
        assertThat(audit.all()).filteredOn(e -> e.action().equals("api-key.expiry-set")).extracting(AuditEntry::detail)
                .containsExactly("expiresAt=" + NOW.plusSeconds(60), "expiresAt=never");
    }

    @Test
    void aRotationsOverlapIsBoundedAndAPastInstantEndsTheOldSecretNow() {
        service.issue(ACME_ADMIN, new NewKey(ACME, "wms", Role.INTEGRATOR, null, null));

        assertThatThrownBy(() -> service.rotate(ACME_ADMIN, ACME, "wms", NOW.plus(Duration.ofDays(31))))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("previousKeyValidUntil");
        Issued rotated = service.rotate(ACME_ADMIN, ACME, "wms", NOW.minusSeconds(60));

        assertThat(rotated.key().previousSecretValidUntil()).isEqualTo(NOW);
        assertThat(audit.all().getLast().action()).isEqualTo("api-key.rotated");
        assertThat(audit.all().getLast().detail()).isEqualTo("previousValidUntil=" + NOW);
    }
}
