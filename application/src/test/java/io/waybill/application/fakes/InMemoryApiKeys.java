package io.waybill.application.fakes;

import io.waybill.application.port.out.ApiKeys;
import io.waybill.application.port.out.AuditLog;
import io.waybill.application.shared.ApiKey;
import io.waybill.application.shared.AuditEntry;
import io.waybill.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * API keys in memory, one per name and tenant like the real store; a change and its audit entry are made under one
 * lock, as the real store makes them in one transaction. Thread-safe.
 */
public class InMemoryApiKeys implements ApiKeys {

    private final Map<String, StoredKey> byId = new LinkedHashMap<>();
    private final AuditLog audit;

    public InMemoryApiKeys() {
        this(new InMemoryAuditLog());
    }

    public InMemoryApiKeys(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public synchronized Optional<StoredKey> byHash(String sha256Hex) {
        return byId.values().stream().filter(k -> k.sha256Hex().equals(sha256Hex) || sha256Hex.equals(k.previousSha256Hex()))
                .findFirst();
    }

    @Override
    public synchronized Optional<ApiKey> byName(TenantId tenant, String name) {
        return Optional.ofNullable(byId.get(id(tenant, name))).map(StoredKey::key);
    }

    @Override
    public synchronized List<ApiKey> list(Optional<TenantId> tenant) {
        return byId.values().stream().map(StoredKey::key).filter(k -> tenant.isEmpty() || tenant.get().equals(k.tenant()))
                .sorted(Comparator.comparing((ApiKey k) -> k.tenant().value()).thenComparing(ApiKey::name)).toList();
    }

    @Override
    public synchronized void register(StoredKey key) {
        StoredKey old = byId.get(id(key.key().tenant(), key.key().name()));
        ApiKey k = key.key();
        Instant created = old == null ? k.createdAt() : old.key().createdAt();
        Instant lastUsed = old == null ? null : old.key().lastUsedAt();
        byId.put(id(k.tenant(), k.name()), new StoredKey(new ApiKey(k.tenant(), k.name(), k.role(), k.scopes(), created, null,
                lastUsed, null, null), key.sha256Hex(), null));
    }

    @Override
    public synchronized boolean add(StoredKey key, AuditEntry entry) {
        if (byId.containsKey(id(key.key().tenant(), key.key().name()))) {
            return false;
        }
        byId.put(id(key.key().tenant(), key.key().name()), key);
        audit.append(entry);
        return true;
    }

    @Override
    public synchronized boolean revoke(TenantId tenant, String name, Instant at, AuditEntry entry) {
        return change(tenant, name, entry, s -> new StoredKey(with(s.key(), s.key().expiresAt(), at, s.key().previousSecretValidUntil()),
                s.sha256Hex(), s.previousSha256Hex()));
    }

    @Override
    public synchronized boolean expire(TenantId tenant, String name, Instant expiresAt, AuditEntry entry) {
        return change(tenant, name, entry, s -> new StoredKey(with(s.key(), expiresAt, null, s.key().previousSecretValidUntil()),
                s.sha256Hex(), s.previousSha256Hex()));
    }

    @Override
    public synchronized boolean rotate(TenantId tenant, String name, String newSha256Hex, Instant previousValidUntil, AuditEntry entry) {
        return change(tenant, name, entry, s -> new StoredKey(with(s.key(), s.key().expiresAt(), null, previousValidUntil), newSha256Hex,
                s.sha256Hex()));
    }

    @Override
    public synchronized void touch(TenantId tenant, String name, Instant at) {
        StoredKey s = byId.get(id(tenant, name));
        if (s != null && (s.key().lastUsedAt() == null || s.key().lastUsedAt().isBefore(at.minusSeconds(60)))) {
            ApiKey k = s.key();
            byId.put(id(tenant, name), new StoredKey(new ApiKey(k.tenant(), k.name(), k.role(), k.scopes(), k.createdAt(), k.expiresAt(), at,
                    k.revokedAt(), k.previousSecretValidUntil()), s.sha256Hex(), s.previousSha256Hex()));
        }
    }

    /** Everything stored, to check what is (and is not) kept. */
    public synchronized List<StoredKey> stored() {
        return List.copyOf(byId.values());
    }

    private boolean change(TenantId tenant, String name, AuditEntry entry, UnaryOperator<StoredKey> change) {
        StoredKey s = byId.get(id(tenant, name));
        if (s == null || s.key().revokedAt() != null) {
            return false;
        }
        byId.put(id(tenant, name), change.apply(s));
        audit.append(entry);
        return true;
    }

    private static ApiKey with(ApiKey k, Instant expiresAt, Instant revokedAt, Instant previousValidUntil) {
        return new ApiKey(k.tenant(), k.name(), k.role(), k.scopes(), k.createdAt(), expiresAt, k.lastUsedAt(), revokedAt,
                previousValidUntil);
    }

    private static String id(TenantId tenant, String name) {
        return tenant.value() + "/" + name;
    }
}
