package io.waybill.application.shared;

import io.waybill.domain.shared.InvalidValueException;
import io.waybill.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An API key as administrators see it: never its secret. A key is unique by name within its tenant. It admits its
 * holder while it is neither revoked nor expired; after a rotation its previous secret also admits until
 * {@code previousSecretValidUntil}. {@code lastUsedAt} is kept to the minute, not to the request.
 */
public record ApiKey(TenantId tenant, String name, Role role, Set<Scope> scopes, Instant createdAt, Instant expiresAt,
        Instant lastUsedAt, Instant revokedAt, Instant previousSecretValidUntil) {

    /** Names travel in URLs and logs: letters, digits, '.', '_' and '-', up to 64. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public ApiKey {
        tenant = tenant == null ? TenantId.DEFAULT : tenant;
        name = checkedName(name);
        InvalidValueException.required(role, "role");
        scopes = scopes == null || scopes.isEmpty() ? Scope.ALL : Set.copyOf(scopes);
        InvalidValueException.required(createdAt, "createdAt");
    }

    /** Whether the key admits its holder at {@code now}. */
    public boolean activeAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }

    /** A valid key name, or an {@link InvalidValueException} on {@code name}. */
    public static String checkedName(String name) {
        String stripped = InvalidValueException.requiredText(name, "name", 64);
        if (!NAME.matcher(stripped).matches()) {
            throw new InvalidValueException("name", "use letters, digits, '.', '_' and '-' (starting with a letter or digit)");
        }
        return stripped;
    }
}
