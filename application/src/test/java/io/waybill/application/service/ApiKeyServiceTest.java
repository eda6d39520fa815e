package io.waybill.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.waybill.application.fakes.InMemoryApiKeys;
import io.waybill.application.fakes.InMemoryAuditLog;
import io.waybill.application.fakes.InMemoryTenants;
import io.waybill.application.fakes.MutableClock;
import io.waybill.application.port.in.AuthenticateApiKey.Principal;
import io.waybill.application.port.in.ManageApiKeys.Issued;
import io.waybill.application.port.in.ManageApiKeys.NewKey;
import io.waybill.application.port.out.ApiKeys.StoredKey;
import io.waybill.application.shared.Actor;
import io.waybill.application.shared.ApiKey;
import io.waybill.application.shared.Role;
import io.waybill.application.shared.Scope;
import io.waybill.domain.shared.InvalidValueException;
import io.waybill.domain.tenant.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Authentication: which presented keys admit whom, and when (revoked, expired, rotated, overlap over), and last use. */
class ApiKeyServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-02T09:00:00Z");
    private static final Principal ADMIN = new Principal("root", Role.PLATFORM_ADMIN);

    private final MutableClock clock = new MutableClock(NOW);
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final InMemoryApiKeys keys = new InMemoryApiKeys(audit);
    private final InMemoryTenants tenants = new InMemoryTenants(audit);
    private final ApiKeyService service = new ApiKeyService(keys, clock);
    private final KeyAdminService admin = new KeyAdminService(keys, tenants, clock);

    @Test
    void anIssuedKeyAuthenticatesItsHolderWithTenantAndScopes() {
        new TenantService(tenants, clock).create(ADMIN, new TenantId("acme"), "ACME");
        Issued issued = admin.issue(ADMIN, new NewKey(new TenantId("acme"), "shop-frontend", Role.INTEGRATOR, Set.of(Scope.READ), null));

        assertThat(issued.secret()).matches("wb_[A-Za-z0-9_-]{43}");
        Principal expected = new Principal("shop-frontend", Role.INTEGRATOR, new TenantId("acme"), Set.of(Scope.READ));
        assertThat(service.authenticate(issued.secret())).contains(expected);
        assertThat(service.authenticate("  " + issued.secret() + "\n")).as("surrounding whitespace is forgiven").contains(expected);
    }

    @Test
    void onlyTheHashOfAKeyIsStored() {
        Issued issued = admin.issue(ADMIN, new NewKey(TenantId.DEFAULT, "ops-console", Role.OPERATOR, null, null));

        assertThat(keys.stored()).extracting(StoredKey::sha256Hex).containsExactly(ApiKeyService.sha256(issued.secret()));
        assertThat(keys.stored().toString() + audit.all()).doesNotContain(issued.secret()).doesNotContain(issued.secret().substring(3));
        assertThat(issued.toString()).doesNotContain(issued.secret());
    }

    @Test
    void hashesWithSha256() {
        assertThat(ApiKeyService.sha256("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void unknownAndMalformedKeysAuthenticateNobody() {
        Issued issued = admin.issue(ADMIN, new NewKey(TenantId.DEFAULT, "shop-frontend", Role.ADMIN, null, null));

        assertThat(service.authenticate("wb_not-a-key-anyone-was-given")).isEmpty();
        assertThat(service.authenticate(issued.secret().substring(0, issued.secret().length() - 1))).isEmpty();
        assertThat(service.authenticate(null)).isEmpty();
        assertThat(service.authenticate("   ")).isEmpty();
        assertThat(service.authenticate("x".repeat(257))).isEmpty();
    }

    @Test
    void aRevokedKeyNoLongerAuthenticates() {
        Issued issued = admin.issue(ADMIN, new NewKey(TenantId.DEFAULT, "partner", Role.INTEGRATOR, null, null));
        assertThat(service.authenticate(issued.secret())).isPresent();

        admin.revoke(ADMIN, TenantId.DEFAULT, "partner");

        assertThat(service.authenticate(issued.secret())).isEmpty();
    }

    @Test
    void anExpiredKeyNoLongerAuthenticatesFromItsExpiryOn() {
        Issued issued = admin.issue(ADMIN, new NewKey(TenantId.DEFAULT, "temp", Role.INTEGRATOR, null, NOW.plusSeconds(3600)));

        clock.set(NOW.plusSeconds(3599));
        assertThat(service.authenticate(issued.secret())).isPresent();
        clock.set(NOW.plusSeconds(3600));
        assertThat(service.authenticate(issued.secret())).isEmpty();
    }

    @Test
    void aRotatedKeysOldSecretWorksUntilTheOverlapEnds() {
        Issued old = admin.issue(ADMIN, new NewKey(TenantId.DEFAULT, "wms", Role.INTEGRATOR, null, null));

        Issued rotated = admin.rotate(ADMIN, TenantId.DEFAULT, "wms", NOW.plus(Duration.ofHours(2)));

        assertThat(rotated.secret()).isNotEqualTo(old.secret());
        assertThat(service.authenticate(rotated.secret())).map(Principal::name).contains("wms");
        assertThat(service.authenticate(old.secret())).as("within the overlap").map(Principal::name).contains("wms");
        clock.set(NOW.plus(Duration.ofHours(2)));
        assertThat(service.authenticate(old.secret())).as("overlap over").isEmpty();
        assertThat(service.authenticate(rotated.secret())).isPresent();
    }

    @Test
    void lastUseIsWrittenAtMostOnceAMinutePerKey() {
        Issued issued = admin.issue(ADMIN, new NewKey(TenantId.DEFAULT, "busy", Role.INTEGRATOR, null, null));
        CountingKeys counting = new CountingKeys(keys);
        ApiKeyService counted = new ApiKeyService(counting, clock);

        for (int i = 0; i < 50; i++) {
            counted.authenticate(issued.secret());
        }
        clock.advance(Duration.ofSeconds(61));
        counted.authenticate(issued.secret());

        assertThat(counting.touches).isEqualTo(2);
        assertThat(keys.byName(TenantId.DEFAULT, "busy")).map(ApiKey::lastUsedAt).contains(NOW.plusSeconds(61));
    }

    @Test
    void aRegisteredKeyAuthenticatesAndIsStoredHashed() {
        service.register("demo", Role.ADMIN, "wb_demo-key-for-the-docs");
        service.register("acme-frontend", Role.INTEGRATOR, "wb_acme-key", new TenantId("acme"));

        assertThat(service.authenticate("wb_demo-key-for-the-docs")).contains(new Principal("demo", Role.ADMIN));
        assertThat(service.authenticate("wb_acme-key")).contains(new Principal("acme-frontend", Role.INTEGRATOR, new TenantId("acme")));
        assertThat(service.authenticate("wb_acme-key")).map(Principal::tenant).isNotEqualTo(Optional.of(TenantId.DEFAULT));
        assertThat(keys.stored()).extracting(StoredKey::sha256Hex).contains(ApiKeyService.sha256("wb_demo-key-for-the-docs"));
        assertThat(audit.all()).as("operator-chosen keys are configuration, not an administrator's change").isEmpty();
    }

    @Test
    void anOperatorChosenKeyIsRevokedByWaybillItselfAndRegisteringItAgainRevivesIt() {
        service.register("demo-admin", Role.PLATFORM_ADMIN, "wb_demo-admin-key");

        service.revoke("demo-admin");
        service.revoke("never-registered");

        assertThat(service.authenticate("wb_demo-admin-key")).isEmpty();
        assertThat(audit.all()).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo(Actor.SYSTEM);
            assertThat(e.action()).isEqualTo("api-key.revoked");
        });
        service.register("demo-admin", Role.PLATFORM_ADMIN, "wb_demo-admin-key");
        assertThat(service.authenticate("wb_demo-admin-key")).isPresent();
    }

    @Test
    void platformAdminKeysBelongToTheDefaultTenant() {
        service.register("configured-admin", Role.PLATFORM_ADMIN, "wb_configured-admin-key-24chars");
        assertThat(service.authenticate("wb_configured-admin-key-24chars")).map(Principal::role).contains(Role.PLATFORM_ADMIN);

        assertThatThrownBy(() -> service.register("acme-root", Role.PLATFORM_ADMIN, "wb_acme-root-key", new TenantId("acme")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("tenant");
    }
}
