package io.waybill.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.waybill.application.port.out.ApiKeys.StoredKey;
import io.waybill.application.shared.Role;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ApiKeys} store must do: find a key by its hash, one key per name (storing a name again rotates it,
 * and the old hash stops working), revoke by name. Run against the in-memory fake and the PostgreSQL adapter. Names and
 * hashes are fresh in every test, so the tests share nothing in a shared database.
 */
public abstract class ApiKeysContract {

    protected abstract ApiKeys keys();

    @Test
    void aStoredKeyIsFoundByItsHashWithItsNameAndRole() {
        StoredKey key = new StoredKey(uniqueName(), Role.OPERATOR, uniqueHash());

        keys().store(key);

        assertThat(keys().byHash(key.sha256Hex())).contains(key);
        assertThat(keys().byHash(uniqueHash())).as("a hash never stored").isEmpty();
    }

    @Test
    void storingANameAgainRotatesItsKeyAndRole() {
        String name = uniqueName();
        StoredKey old = new StoredKey(name, Role.INTEGRATOR, uniqueHash());
        StoredKey rotated = new StoredKey(name, Role.ADMIN, uniqueHash());

        keys().store(old);
        keys().store(rotated);

        assertThat(keys().byHash(rotated.sha256Hex())).contains(rotated);
        assertThat(keys().byHash(old.sha256Hex())).as("the old key no longer admits anyone").isEmpty();
    }

    @Test
    void revokingANameRemovesItsKeyOnlyAndAnUnknownNameIsNoError() {
        StoredKey revoked = new StoredKey(uniqueName(), Role.INTEGRATOR, uniqueHash());
        StoredKey kept = new StoredKey(uniqueName(), Role.INTEGRATOR, uniqueHash());
        keys().store(revoked);
        keys().store(kept);

        keys().revoke(revoked.name());
        keys().revoke(uniqueName());

        assertThat(keys().byHash(revoked.sha256Hex())).isEmpty();
        assertThat(keys().byHash(kept.sha256Hex())).contains(kept);
    }

    private static String uniqueName() {
        return "key-" + UUID.randomUUID();
    }

    /** 64 hex digits, like a SHA-256; random, so no two tests share one. */
    private static String uniqueHash() {
        byte[] bytes = new byte[32];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
