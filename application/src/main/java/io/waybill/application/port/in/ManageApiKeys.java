package io.waybill.application.port.in;

import io.waybill.application.port.in.AuthenticateApiKey.Principal;
import io.waybill.application.shared.ApiKey;
import io.waybill.application.shared.Role;
import io.waybill.application.shared.Scope;
import io.waybill.domain.shared.InvalidValueException;
import io.waybill.domain.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Administrators manage API keys: a tenant's {@link Role#ADMIN} the keys of its own tenant, a
 * {@link Role#PLATFORM_ADMIN} those of every tenant. Another tenant's key is, for a tenant admin, a key that does not
 * exist ({@link ApiKeyNotFoundException}). Every change is written to the audit log with the change itself.
 */
public interface ManageApiKeys {

    /**
     * Issues a key; the secret is in the answer only.
     *
     * @throws io.waybill.application.shared.NameTakenException when the tenant has a key of that name (revoked ones too)
     */
    Issued issue(Principal caller, NewKey key);

    /** The keys of {@code tenant}, or of every tenant the caller administers when empty; by tenant and name. */
    List<ApiKey> list(Principal caller, Optional<TenantId> tenant);

    /** Revokes a key for good: requests with it (and with its previous secret) are refused from now on. */
    ApiKey revoke(Principal caller, TenantId tenant, String name);

    /** Sets when a key stops admitting its holder ({@code null}: never); an instant in the past expires it now. */
    ApiKey expire(Principal caller, TenantId tenant, String name, Instant expiresAt);

    /**
     * Gives a key a new secret; the old one keeps admitting until {@code previousValidUntil} (the overlap in which
     * clients switch). A secret from an earlier rotation stops at once.
     */
    Issued rotate(Principal caller, TenantId tenant, String name, Instant previousValidUntil);

    /** A key to issue; no scopes means all ({@link Scope#ALL}), no expiry means it never expires. */
    record NewKey(TenantId tenant, String name, Role role, Set<Scope> scopes, Instant expiresAt) {

        public NewKey {
            InvalidValueException.required(tenant, "tenant");
            InvalidValueException.required(role, "role");
            scopes = scopes == null || scopes.isEmpty() ? Scope.ALL : Set.copyOf(scopes);
            if (expiresAt != null) {
                InvalidValueException.plausibleInstant(expiresAt, "expiresAt");
            }
        }
    }

    /** A key and its secret, shown once. */
    record Issued(ApiKey key, String secret) {

        public Issued {
            InvalidValueException.required(key, "key");
            InvalidValueException.requiredText(secret, "secret", 256);
        }

        @Override
        public String toString() {
            return "Issued[" + key + ", secret=<not shown>]";
        }
    }
}
