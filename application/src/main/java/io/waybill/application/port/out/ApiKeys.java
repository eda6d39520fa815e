package io.waybill.application.port.out;

import io.waybill.application.shared.Role;
import io.waybill.domain.tenant.TenantId;
import java.util.Optional;

/** The issued API keys, stored as SHA-256 hashes of the key, never the key itself. */
public interface ApiKeys {

    /** A key of {@code tenant}: every request with it is scoped to that tenant's data. */
    record StoredKey(String name, Role role, String sha256Hex, TenantId tenant) {

        public StoredKey {
            tenant = tenant == null ? TenantId.DEFAULT : tenant;
        }

        /** A key of the default tenant. */
        public StoredKey(String name, Role role, String sha256Hex) {
            this(name, role, sha256Hex, TenantId.DEFAULT);
        }
    }

    Optional<StoredKey> byHash(String sha256Hex);

    /** Stores a key; a key with the same name is replaced (rotation). */
    void store(StoredKey key);

    /** Removes the key with this name, if any. */
    void revoke(String name);
}
