package io.waybill.application.port.out;

import io.waybill.application.shared.ApiKey;
import io.waybill.application.shared.AuditEntry;
import io.waybill.domain.shared.InvalidValueException;
import io.waybill.domain.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The issued API keys, stored as SHA-256 hashes of their secrets, never the secrets. One key per name and tenant.
 * Every administrative change is stored together with its {@link AuditEntry}, in one transaction: a change is never
 * without its entry, nor an entry without its change.
 */
public interface ApiKeys {

    /** A key with the hash of its secret and, after a rotation, of its previous secret. */
    record StoredKey(ApiKey key, String sha256Hex, String previousSha256Hex) {

        public StoredKey {
            InvalidValueException.required(key, "key");
            InvalidValueException.requiredText(sha256Hex, "sha256Hex", 64);
        }

        /** Whether {@code hash} is the previous secret's, not the current one's. */
        public boolean isPrevious(String hash) {
            return !sha256Hex.equals(hash) && hash.equals(previousSha256Hex);
        }
    }

    /** The key whose current or previous secret has this hash, whatever its state (revoked, expired). */
    Optional<StoredKey> byHash(String sha256Hex);

    Optional<ApiKey> byName(TenantId tenant, String name);

    /** The keys of {@code tenant}, or of all tenants when empty, by tenant and name. */
    List<ApiKey> list(Optional<TenantId> tenant);

    /**
     * Stores a key chosen by the operator (configuration, demo), replacing one of the same name and tenant with its
     * secret, role and scopes, active again; not audited (it is not an administrator's change).
     */
    void register(StoredKey key);

    /** Adds a key; false (and nothing stored) when its tenant has a key of that name. */
    boolean add(StoredKey key, AuditEntry entry);

    /** Marks a key revoked at {@code at}; false (and no entry) when there is no such key or it is already revoked. */
    boolean revoke(TenantId tenant, String name, Instant at, AuditEntry entry);

    /** Sets a key's expiry ({@code null}: never); false when there is no such key or it is revoked. */
    boolean expire(TenantId tenant, String name, Instant expiresAt, AuditEntry entry);

    /**
     * Makes {@code newSha256Hex} the key's secret and its current one the previous, admitting until
     * {@code previousValidUntil}; false when there is no such key or it is revoked.
     */
    boolean rotate(TenantId tenant, String name, String newSha256Hex, Instant previousValidUntil, AuditEntry entry);

    /** Notes that the key was used at {@code at}, unless a use within the minute before is already noted. */
    void touch(TenantId tenant, String name, Instant at);
}
