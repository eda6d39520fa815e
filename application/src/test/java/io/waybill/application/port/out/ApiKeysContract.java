package io.waybill.application.port.out;

import io.waybill.application.fakes.InDefaultTenant;
import static org.assertj.core.api.Assertions.assertThat;

import io.waybill.application.port.out.ApiKeys.StoredKey;
import io.waybill.application.shared.Actor;
import io.waybill.application.shared.ApiKey;
import io.waybill.application.shared.AuditEntry;
import io.waybill.application.shared.Role;
import io.waybill.application.shared.Scope;
import io.waybill.application.shared.Tenant;
import io.waybill.domain.tenant.TenantId;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ApiKeys} store must do: one key per name and tenant, found by its current or previous hash;
 * revocation, expiry and rotation as single changes stored with their audit entry (and no entry without a change);
 * last use noted at most once a minute. Run against the in-memory fake and the PostgreSQL adapter. Every test works in
 * a fresh tenant with fresh names and hashes, so the tests share nothing in a shared database.
 */
public abstract class ApiKeysContract implements InDefaultTenant {

    private static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");
    private TenantId tenant;

    protected abstract ApiKeys keys();

    protected abstract Tenants tenants();

    protected abstract AuditLog audit();

    @BeforeEach
    void freshTenant() {
        tenant = new TenantId("t-" + UUID.randomUUID().toString().substring(0, 13));
        tenants().create(new Tenant(tenant, "Contract shipper", T0), entry("tenant.created", tenant.value()));
    }

    @Test
    void anAddedKeyIsFoundByItsHashAndByNameWithEverythingButItsSecret() {
        StoredKey key = stored(key("shop", Role.OPERATOR, Set.of(Scope.READ, Scope.EVENTS), T0.plusSeconds(86_400)));

        assertThat(keys().add(key, entry("api-key.issued", "shop"))).isTrue();

        assertThat(keys().byHash(key.sha256Hex())).contains(key);
        assertThat(keys().byName(tenant, "shop")).contains(key.key());
        assertThat(keys().byHash(hash())).as("a hash never stored").isEmpty();
        assertThat(keys().byName(tenant, "other")).isEmpty();
        assertThat(keys().byName(TenantId.DEFAULT, "shop")).as("another tenant's namesake").isNotEqualTo(Optional.of(key.key()));
    }

    @Test
    void namesAreUniquePerTenantAndARefusedAddWritesNoEntry() {
        StoredKey first = stored(key("wms", Role.INTEGRATOR, Scope.ALL, null));
        keys().add(first, entry("api-key.issued", "wms"));
        TenantId other = new TenantId("o-" + UUID.randomUUID().toString().substring(0, 13));
        tenants().create(new Tenant(other, "Other shipper", T0), entry("tenant.created", other.value()));
        int entries = entriesOf(tenant).size();

        assertThat(keys().add(stored(key("wms", Role.ADMIN, Scope.ALL, null)), entry("api-key.issued", "wms"))).isFalse();
        ApiKey namesake = new ApiKey(other, "wms", Role.INTEGRATOR, Scope.ALL, T0, null, null, null, null);
        assertThat(keys().add(new StoredKey(namesake, hash(), null), AuditEntry.of(T0, other, Actor.SYSTEM, "api-key.issued",
                "api-key", "wms", null))).as("the same name in another tenant").isTrue();

        assertThat(keys().byName(tenant, "wms")).contains(first.key());
        assertThat(entriesOf(tenant)).hasSize(entries);
        assertThat(keys().list(Optional.of(tenant))).containsExactly(first.key());
        assertThat(keys().list(Optional.of(other))).containsExactly(namesake);
        assertThat(keys().list(Optional.empty())).contains(first.key(), namesake);
    }

    @Test
    void aChangeIsStoredWithItsAuditEntry() {
        keys().add(stored(key("ops", Role.OPERATOR, Scope.ALL, null)), entry("api-key.issued", "ops"));

        assertThat(entriesOf(tenant)).extracting(AuditEntry::action).containsExactly("api-key.issued", "tenant.created");
        assertThat(entriesOf(tenant).getFirst().targetId()).isEqualTo("ops");
        assertThat(entriesOf(tenant).getFirst().id()).isPositive();
    }

    @Test
    void aKeyIsRevokedOnceAndStaysListed() {
        StoredKey key = stored(key("old", Role.INTEGRATOR, Scope.ALL, null));
        keys().add(key, entry("api-key.issued", "old"));

        assertThat(keys().revoke(tenant, "old", T0.plusSeconds(60), entry("api-key.revoked", "old"))).isTrue();
        assertThat(keys().revoke(tenant, "old", T0.plusSeconds(120), entry("api-key.revoked", "old"))).as("again").isFalse();
        assertThat(keys().revoke(tenant, "never-issued", T0, entry("api-key.revoked", "never-issued"))).isFalse();

        assertThat(keys().byName(tenant, "old")).map(ApiKey::revokedAt).contains(T0.plusSeconds(60));
        assertThat(keys().byHash(key.sha256Hex())).as("found, to be refused by its state").isPresent();
        assertThat(entriesOf(tenant)).filteredOn(e -> e.action().equals("api-key.revoked")).hasSize(1);
        assertThat(keys().expire(tenant, "old", null, entry("api-key.expiry-set", "old"))).as("revocation is final").isFalse();
        assertThat(keys().rotate(tenant, "old", hash(), T0, entry("api-key.rotated", "old"))).isFalse();
    }

    @Test
    void anExpiryIsSetAndCleared() {
        keys().add(stored(key("temp", Role.INTEGRATOR, Scope.ALL, null)), entry("api-key.issued", "temp"));

        assertThat(keys().expire(tenant, "temp", T0.plusSeconds(3600), entry("api-key.expiry-set", "temp"))).isTrue();
        assertThat(keys().byName(tenant, "temp")).map(ApiKey::expiresAt).contains(T0.plusSeconds(3600));
        assertThat(keys().expire(tenant, "temp", null, entry("api-key.expiry-set", "temp"))).isTrue();
        assertThat(keys().byName(tenant, "temp").orElseThrow().expiresAt()).isNull();
        assertThat(keys().expire(tenant, "never-issued", null, entry("api-key.expiry-set", "x"))).isFalse();
    }

    @Test
    void aRotationKeepsThePreviousSecretUntilItsInstantAndOnlyOnePrevious() {
        StoredKey key = stored(key("rotating", Role.INTEGRATOR, Scope.ALL, null));
        keys().add(key, entry("api-key.issued", "rotating"));
        String second = hash();
        String third = hash();

        assertThat(keys().rotate(tenant, "rotating", second, T0.plusSeconds(3600), entry("api-key.rotated", "rotating"))).isTrue();
        StoredKey rotated = keys().byHash(key.sha256Hex()).orElseThrow();
        assertThat(rotated.isPrevious(key.sha256Hex())).isTrue();
        assertThat(rotated.sha256Hex()).isEqualTo(second);
        assertThat(rotated.key().previousSecretValidUntil()).isEqualTo(T0.plusSeconds(3600));
        assertThat(keys().byHash(second)).map(StoredKey::previousSha256Hex).contains(key.sha256Hex());

        keys().rotate(tenant, "rotating", third, T0.plusSeconds(7200), entry("api-key.rotated", "rotating"));
        assertThat(keys().byHash(key.sha256Hex())).as("two rotations ago").isEmpty();
        assertThat(keys().byHash(second)).map(s -> s.isPrevious(second)).contains(true);
        assertThat(keys().byHash(third)).map(StoredKey::sha256Hex).contains(third);
    }

    @Test
    void lastUseIsNotedAtMostOnceAMinute() {
        keys().add(stored(key("busy", Role.INTEGRATOR, Scope.ALL, null)), entry("api-key.issued", "busy"));

        keys().touch(tenant, "busy", T0.plusSeconds(10));
        keys().touch(tenant, "busy", T0.plusSeconds(40));
        assertThat(keys().byName(tenant, "busy")).map(ApiKey::lastUsedAt).contains(T0.plusSeconds(10));
        keys().touch(tenant, "busy", T0.plusSeconds(71));
        assertThat(keys().byName(tenant, "busy")).map(ApiKey::lastUsedAt).contains(T0.plusSeconds(71));
        keys().touch(tenant, "never-issued", T0);
    }

    @Test
    void registeringReplacesSecretRoleAndStateOfTheName() {
        StoredKey first = stored(key("configured", Role.ADMIN, Set.of(Scope.READ), T0.plusSeconds(60)));
        keys().add(first, entry("api-key.issued", "configured"));
        keys().revoke(tenant, "configured", T0, entry("api-key.revoked", "configured"));
        StoredKey again = stored(key("configured", Role.OPERATOR, Scope.ALL, null));

        keys().register(again);

        assertThat(keys().byHash(first.sha256Hex())).isEmpty();
        ApiKey registered = keys().byHash(again.sha256Hex()).orElseThrow().key();
        assertThat(registered.role()).isEqualTo(Role.OPERATOR);
        assertThat(registered.scopes()).isEqualTo(Scope.ALL);
        assertThat(registered.revokedAt()).isNull();
        assertThat(registered.expiresAt()).isNull();
        assertThat(keys().list(Optional.of(tenant))).hasSize(1);
    }

    private ApiKey key(String name, Role role, Set<Scope> scopes, Instant expiresAt) {
        return new ApiKey(tenant, name, role, scopes, T0, expiresAt, null, null, null);
    }

    private static StoredKey stored(ApiKey key) {
        return new StoredKey(key, hash(), null);
    }

    private AuditEntry entry(String action, String target) {
        return AuditEntry.of(T0, tenant, Actor.SYSTEM, action, action.startsWith("tenant") ? "tenant" : "api-key", target, null);
    }

    private List<AuditEntry> entriesOf(TenantId t) {
        return audit().newestFirst(Optional.of(t), Optional.empty(), 100);
    }

    /** 64 hex digits, like a SHA-256; random, so no two tests share one. */
    private static String hash() {
        byte[] bytes = new byte[32];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
