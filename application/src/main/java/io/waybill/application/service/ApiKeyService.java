package io.waybill.application.service;

import io.waybill.application.port.in.AuthenticateApiKey;
import io.waybill.application.port.in.SignInToConsole;
import io.waybill.application.port.out.ApiKeys;
import io.waybill.application.port.out.ApiKeys.StoredKey;
import io.waybill.application.shared.Actor;
import io.waybill.application.shared.ApiKey;
import io.waybill.application.shared.AuditEntry;
import io.waybill.application.shared.Role;
import io.waybill.application.shared.Scope;
import io.waybill.domain.shared.InvalidValueException;
import io.waybill.domain.tenant.TenantId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks API keys, and registers the keys an operator chooses (configuration, demo). Keys are 256 random bits, so an
 * unsalted SHA-256 is a sound way to store them (nothing to brute-force, unlike passwords); only the hash is kept.
 * The time a key was last used is written at most once a minute per key and instance, not once per request: the
 * listing needs the minute, ingestion needs the database for events.
 */
public class ApiKeyService implements AuthenticateApiKey, SignInToConsole {

    /** How precise "last used" is: one write per key per this much time. */
    public static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private static final SecureRandom RANDOM = new SecureRandom();
    private final ApiKeys keys;
    private final Clock clock;
    private final Map<String, Instant> lastNoted = new ConcurrentHashMap<>();

    public ApiKeyService(ApiKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    @Override
    public Optional<Principal> authenticate(String presentedKey) {
        if (presentedKey == null || presentedKey.isBlank() || presentedKey.length() > 256) {
            return Optional.empty();
        }
        String hash = sha256(presentedKey.strip());
        Instant now = clock.instant();
        return keys.byHash(hash).filter(stored -> admits(stored, hash, now)).map(stored -> {
            ApiKey key = stored.key();
            noteUse(key, now);
            return new Principal(key.name(), key.role(), key.tenant(), key.scopes());
        });
    }

    /** The roles of people: an integrator's key belongs to a system. */
    private static final Set<Role> CONSOLE_ROLES = Set.of(Role.OPERATOR, Role.ADMIN, Role.PLATFORM_ADMIN);

    @Override
    public Optional<SignedIn> signIn(String presentedKey) {
        if (presentedKey == null || presentedKey.isBlank() || presentedKey.length() > 256) {
            return Optional.empty();
        }
        String hash = sha256(presentedKey.strip());
        return resume(hash).map(principal -> new SignedIn(principal, hash));
    }

    @Override
    public Optional<Principal> resume(String keyDigest) {
        if (keyDigest == null || keyDigest.length() != 64) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return keys.byHash(keyDigest).filter(stored -> admits(stored, keyDigest, now))
                .filter(stored -> CONSOLE_ROLES.contains(stored.key().role())).map(stored -> {
                    ApiKey key = stored.key();
                    noteUse(key, now);
                    return new Principal(key.name(), key.role(), key.tenant(), key.scopes());
                });
    }

    private static boolean admits(StoredKey stored, String hash, Instant now) {
        if (!stored.key().activeAt(now)) {
            return false;
        }
        if (stored.isPrevious(hash)) {
            Instant until = stored.key().previousSecretValidUntil();
            return until != null && now.isBefore(until);
        }
        return stored.sha256Hex().equals(hash);
    }

    private void noteUse(ApiKey key, Instant now) {
        String id = key.tenant().value() + "/" + key.name();
        Instant last = lastNoted.get(id);
        if (last != null && now.isBefore(last.plus(LAST_USED_PRECISION))) {
            return;
        }
        lastNoted.put(id, now);
        keys.touch(key.tenant(), key.name(), now);
    }

    /** Stores a key of the default tenant chosen by the operator; only its hash is kept. */
    public void register(String name, Role role, String key) {
        register(name, role, key, TenantId.DEFAULT);
    }

    /** Stores a key of {@code tenant} chosen by the operator, active again if it was revoked; only its hash is kept. */
    public void register(String name, Role role, String key, TenantId tenant) {
        if (role == Role.PLATFORM_ADMIN && !TenantId.DEFAULT.equals(tenant)) {
            throw new InvalidValueException("tenant", "platform-admin keys belong to the default tenant");
        }
        InvalidValueException.requiredText(key, "key", 256);
        keys.register(new StoredKey(new ApiKey(tenant, name, role, Scope.ALL, clock.instant(), null, null, null, null),
                sha256(key.strip()), null));
    }

    /**
     * Revokes an operator-chosen key of the default tenant (the demo's, when the demo is off), as Waybill itself; a key
     * not there or already revoked is left alone.
     */
    public void revoke(String name) {
        Instant now = clock.instant();
        keys.revoke(TenantId.DEFAULT, name, now, AuditEntry.of(now, TenantId.DEFAULT, Actor.SYSTEM, "api-key.revoked", "api-key", name,
                null));
    }

    /** A fresh secret: {@code wb_} and 256 random bits, URL-safe. */
    static String newSecret() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return "wb_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    public static String sha256(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
