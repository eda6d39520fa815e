package io.waybill.application.service;

import io.waybill.application.port.in.AuthenticateApiKey;
import io.waybill.application.port.in.IssueApiKey;
import io.waybill.application.port.out.ApiKeys.StoredKey;
import io.waybill.application.port.out.ApiKeys;
import io.waybill.application.shared.Role;
import io.waybill.domain.tenant.TenantId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Issues and checks API keys. Keys are 256 random bits, so an unsalted SHA-256 is a sound way to store
 * them (nothing to brute-force, unlike passwords); only the hash is kept.
 */
public class ApiKeyService implements AuthenticateApiKey, IssueApiKey {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final ApiKeys keys;

    public ApiKeyService(ApiKeys keys) {
        this.keys = keys;
    }

    @Override
    public Optional<Principal> authenticate(String presentedKey) {
        if (presentedKey == null || presentedKey.isBlank() || presentedKey.length() > 256) {
            return Optional.empty();
        }
        return keys.byHash(sha256(presentedKey.strip())).map(k -> new Principal(k.name(), k.role(), k.tenant()));
    }

    @Override
    public Issued issue(String name, Role role) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String key = "wb_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Issued issued = new Issued(name, role, key);
        keys.store(new StoredKey(issued.name(), role, sha256(key)));
        return issued;
    }

    /** Revokes the key with this name; requests with it are refused from then on. */
    public void revoke(String name) {
        keys.revoke(name);
    }

    /** Stores a key chosen by the operator (configuration, demo); only its hash is kept. */
    public void register(String name, Role role, String key) {
        register(name, role, key, TenantId.DEFAULT);
    }

    /** Stores a key of {@code tenant} chosen by the operator; only its hash is kept. */
    public void register(String name, Role role, String key, TenantId tenant) {
        keys.store(new StoredKey(name, role, sha256(key), tenant));
    }

    public static String sha256(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
