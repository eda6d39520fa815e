package io.waybill.application.port.out;

import io.waybill.application.shared.Role;
import java.util.Optional;

/** The issued API keys, stored as SHA-256 hashes of the key, never the key itself. */
public interface ApiKeys {

    record StoredKey(String name, Role role, String sha256Hex) {
    }

    Optional<StoredKey> byHash(String sha256Hex);

    /** Stores a key; a key with the same name is replaced (rotation). */
    void store(StoredKey key);

    /** Removes the key with this name, if any. */
    void revoke(String name);
}
