package io.waybill.application.service;

import io.waybill.application.port.out.ApiKeys;
import io.waybill.application.shared.ApiKey;
import io.waybill.application.shared.AuditEntry;
import io.waybill.domain.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Passes everything to a store and counts the last-use writes, the one write on the request path. */
final class CountingKeys implements ApiKeys {

    private final ApiKeys store;
    int touches;

    CountingKeys(ApiKeys store) {
        this.store = store;
    }

    @Override
    public Optional<StoredKey> byHash(String sha256Hex) {
        return store.byHash(sha256Hex);
    }

    @Override
    public Optional<ApiKey> byName(TenantId tenant, String name) {
        return store.byName(tenant, name);
    }

    @Override
    public List<ApiKey> list(Optional<TenantId> tenant) {
        return store.list(tenant);
    }

    @Override
    public void register(StoredKey key) {
        store.register(key);
    }

    @Override
    public boolean add(StoredKey key, AuditEntry entry) {
        return store.add(key, entry);
    }

    @Override
    public boolean revoke(TenantId tenant, String name, Instant at, AuditEntry entry) {
        return store.revoke(tenant, name, at, entry);
    }

    @Override
    public boolean expire(TenantId tenant, String name, Instant expiresAt, AuditEntry entry) {
        return store.expire(tenant, name, expiresAt, entry);
    }

    @Override
    public boolean rotate(TenantId tenant, String name, String newSha256Hex, Instant previousValidUntil, AuditEntry entry) {
        return store.rotate(tenant, name, newSha256Hex, previousValidUntil, entry);
    }

    @Override
    public synchronized void touch(TenantId tenant, String name, Instant at) {
        touches++;
        store.touch(tenant, name, at);
    }
}
