package io.waybill.application.service;

import io.waybill.application.port.in.ApiKeyNotFoundException;
import io.waybill.application.port.in.AuthenticateApiKey.Principal;
import io.waybill.application.port.in.ManageApiKeys;
import io.waybill.application.port.in.NotPermittedException;
import io.waybill.application.port.in.TenantNotFoundException;
import io.waybill.application.port.out.ApiKeys;
import io.waybill.application.port.out.ApiKeys.StoredKey;
import io.waybill.application.port.out.Tenants;
import io.waybill.application.shared.ApiKey;
import io.waybill.application.shared.AuditEntry;
import io.waybill.application.shared.NameTakenException;
import io.waybill.application.shared.Role;
import io.waybill.application.shared.Scope;
import io.waybill.domain.shared.IllegalTransitionException;
import io.waybill.domain.shared.InvalidValueException;
import io.waybill.domain.tenant.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Issues, lists, expires, rotates and revokes keys for administrators, each change audited in its own transaction.
 * Only platform admins touch platform-admin keys: rotating one would hand its new secret to a tenant admin.
 */
public class KeyAdminService implements ManageApiKeys {

    /** The longest a rotated-out secret may keep working: long enough to roll out a new one, short enough to forget. */
    public static final Duration MAX_OVERLAP = Duration.ofDays(30);

    private final ApiKeys keys;
    private final Tenants tenants;
    private final Clock clock;

    public KeyAdminService(ApiKeys keys, Tenants tenants, Clock clock) {
        this.keys = keys;
        this.tenants = tenants;
        this.clock = clock;
    }

    @Override
    public Issued issue(Principal caller, NewKey request) {
        TenantId tenant = request.tenant();
        if (!TenantAccess.administers(caller, tenant) || tenants.byId(tenant).isEmpty()) {
            throw new TenantNotFoundException(tenant.value());
        }
        if (request.role() == Role.PLATFORM_ADMIN) {
            TenantAccess.requirePlatformAdmin(caller, "issue platform-admin keys");
            if (!TenantId.DEFAULT.equals(tenant)) {
                throw new InvalidValueException("tenant", "platform-admin keys belong to the default tenant");
            }
        }
        String name = ApiKey.checkedName(request.name());
        Instant now = clock.instant();
        if (request.expiresAt() != null && !request.expiresAt().isAfter(now)) {
            throw new InvalidValueException("expiresAt", "must be in the future (it is " + now + " now)");
        }
        String secret = ApiKeyService.newSecret();
        ApiKey key = new ApiKey(tenant, name, request.role(), request.scopes(), now, request.expiresAt(), null, null, null);
        String detail = "role=" + wire(key.role()) + " scopes=" + wire(key) + (key.expiresAt() == null ? "" : " expiresAt=" + key.expiresAt());
        if (!keys.add(new StoredKey(key, ApiKeyService.sha256(secret), null), entry(caller, now, key, "api-key.issued", detail))) {
            throw new NameTakenException("API key name '" + name + "' in tenant " + tenant + " (names stay taken after revocation)");
        }
        return new Issued(key, secret);
    }

    @Override
    public List<ApiKey> list(Principal caller, Optional<TenantId> tenant) {
        TenantAccess.requireAdmin(caller);
        if (tenant.isPresent()) {
            if (!TenantAccess.administers(caller, tenant.get())) {
                throw new TenantNotFoundException(tenant.get().value());
            }
            return keys.list(tenant);
        }
        return keys.list(caller.role() == Role.PLATFORM_ADMIN ? Optional.empty() : Optional.of(caller.tenant()));
    }

    @Override
    public ApiKey revoke(Principal caller, TenantId tenant, String name) {
        ApiKey key = administered(caller, tenant, name);
        Instant now = clock.instant();
        if (key.revokedAt() == null) {
            keys.revoke(key.tenant(), key.name(), now, entry(caller, now, key, "api-key.revoked", null));
        }
        return reloaded(key);
    }

    @Override
    public ApiKey expire(Principal caller, TenantId tenant, String name, Instant expiresAt) {
        if (expiresAt != null) {
            InvalidValueException.plausibleInstant(expiresAt, "expiresAt");
        }
        ApiKey key = usable(administered(caller, tenant, name), "change the expiry of", false);
        Instant now = clock.instant();
        String detail = expiresAt == null ? "expiresAt=never" : "expiresAt=" + expiresAt;
        if (!keys.expire(key.tenant(), key.name(), expiresAt, entry(caller, now, key, "api-key.expiry-set", detail))) {
            throw revoked(key);
        }
        return reloaded(key);
    }

    @Override
    public Issued rotate(Principal caller, TenantId tenant, String name, Instant previousValidUntil) {
        InvalidValueException.plausibleInstant(previousValidUntil, "previousKeyValidUntil");
        Instant now = clock.instant();
        if (previousValidUntil.isAfter(now.plus(MAX_OVERLAP))) {
            throw new InvalidValueException("previousKeyValidUntil", "at most " + MAX_OVERLAP.toDays() + " days from now ("
                    + now.plus(MAX_OVERLAP) + ")");
        }
        Instant until = previousValidUntil.isBefore(now) ? now : previousValidUntil;
        ApiKey key = usable(administered(caller, tenant, name), "rotate", true);
        String secret = ApiKeyService.newSecret();
        if (!keys.rotate(key.tenant(), key.name(), ApiKeyService.sha256(secret), until,
                entry(caller, now, key, "api-key.rotated", "previousValidUntil=" + until))) {
            throw revoked(key);
        }
        return new Issued(reloaded(key), secret);
    }

    /** The key, if the caller administers its tenant (else: no such key) and, for a platform-admin key, is one too. */
    private ApiKey administered(Principal caller, TenantId tenant, String name) {
        String checked = ApiKey.checkedName(name);
        if (!TenantAccess.administers(caller, tenant)) {
            throw new ApiKeyNotFoundException(tenant.value(), checked);
        }
        ApiKey key = keys.byName(tenant, checked).orElseThrow(() -> new ApiKeyNotFoundException(tenant.value(), checked));
        if (key.role() == Role.PLATFORM_ADMIN && caller.role() != Role.PLATFORM_ADMIN) {
            throw new NotPermittedException("only platform administrators manage platform-admin keys");
        }
        return key;
    }

    private ApiKey usable(ApiKey key, String what, boolean refuseExpired) {
        if (key.revokedAt() != null) {
            throw revoked(key);
        }
        if (refuseExpired && !key.activeAt(clock.instant())) {
            throw new IllegalTransitionException("EXPIRED", "ROTATED", "key '" + key.name() + "' expired at " + key.expiresAt()
                    + "; set a new expiry first to " + what + " it");
        }
        return key;
    }

    private static IllegalTransitionException revoked(ApiKey key) {
        return new IllegalTransitionException("REVOKED", "CHANGED", "key '" + key.name() + "' was revoked at " + key.revokedAt()
                + "; revocation is final, issue a new key instead");
    }

    private ApiKey reloaded(ApiKey key) {
        return keys.byName(key.tenant(), key.name()).orElseThrow(() -> new ApiKeyNotFoundException(key.tenant().value(), key.name()));
    }

    private static AuditEntry entry(Principal caller, Instant now, ApiKey key, String action, String detail) {
        return AuditEntry.of(now, key.tenant(), caller.actor(), action, "api-key", key.name(), detail);
    }

    private static String wire(Role role) {
        return role.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String wire(ApiKey key) {
        return key.scopes().stream().sorted().map(Scope::wireName).collect(Collectors.joining(","));
    }
}
