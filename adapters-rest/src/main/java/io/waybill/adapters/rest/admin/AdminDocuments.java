package io.waybill.adapters.rest.admin;

import io.waybill.adapters.rest.security.Roles;
import io.waybill.application.port.in.ManageApiKeys.Issued;
import io.waybill.application.shared.ApiKey;
import io.waybill.application.shared.AuditEntry;
import io.waybill.application.shared.Role;
import io.waybill.application.shared.Scope;
import io.waybill.application.shared.Tenant;
import io.waybill.domain.shared.InvalidValueException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The request and answer documents of the administration API; a key's secret appears in {@link IssuedKey} only. */
public final class AdminDocuments {

    private AdminDocuments() {
    }

    /** {@code tenant}: absent for the caller's own; {@code scopes}: absent for all; {@code expiresAt}: absent for never. */
    public record IssueRequest(String name, String role, List<String> scopes, String expiresAt, String tenant) {
    }

    /** {@code expiresAt}: an instant, or null to never expire. */
    public record ExpiryRequest(String expiresAt) {
    }

    /** {@code previousKeyValidUntil}: until when the old secret keeps working (default: a day from now, at most 30 days). */
    public record RotationRequest(String previousKeyValidUntil) {
    }

    public record TenantRequest(String id, String name) {
    }

    /** A key as listed: never its secret. {@code status}: active, expired or revoked. */
    public record ApiKeyDocument(String name, String tenant, String role, List<String> scopes, String status, Instant createdAt,
            Instant expiresAt, Instant lastUsedAt, Instant revokedAt, Instant previousKeyValidUntil) {
    }

    /** A key just issued or rotated, with its secret: shown in this answer only. */
    public record IssuedKey(String name, String tenant, String role, List<String> scopes, Instant createdAt, Instant expiresAt,
            Instant previousKeyValidUntil, String key) {
    }

    public record TenantDocument(String id, String name, Instant createdAt) {
    }

    /** Who ({@code actorKey} of {@code actorTenant}) did what ({@code action}) to which target, in whose data, when. */
    public record AuditEntryDocument(long id, Instant at, String tenant, String actorTenant, String actorKey, String action,
            String targetType, String targetId, String detail) {
    }

    static ApiKeyDocument document(ApiKey k, Instant now) {
        String status = k.revokedAt() != null ? "revoked" : k.activeAt(now) ? "active" : "expired";
        Instant overlap = k.previousSecretValidUntil() != null && k.previousSecretValidUntil().isAfter(now)
                ? k.previousSecretValidUntil() : null;
        return new ApiKeyDocument(k.name(), k.tenant().value(), Roles.name(k.role()), scopes(k), status, k.createdAt(), k.expiresAt(),
                k.lastUsedAt(), k.revokedAt(), overlap);
    }

    static IssuedKey document(Issued issued) {
        ApiKey k = issued.key();
        return new IssuedKey(k.name(), k.tenant().value(), Roles.name(k.role()), scopes(k), k.createdAt(), k.expiresAt(),
                k.previousSecretValidUntil(), issued.secret());
    }

    static TenantDocument document(Tenant t) {
        return new TenantDocument(t.id().value(), t.name(), t.createdAt());
    }

    static AuditEntryDocument document(AuditEntry e) {
        return new AuditEntryDocument(e.id(), e.at(), e.tenant().value(), e.actor().tenant().value(), e.actor().key(), e.action(),
                e.targetType(), e.targetId(), e.detail());
    }

    /** A role by its wire name ({@code platform-admin}; any case, '_' for '-' too). */
    static Role role(String text) {
        String name = InvalidValueException.requiredText(text, "role", 16).toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(Role.values()).filter(r -> Roles.name(r).equals(name)).findFirst()
                .orElseThrow(() -> new InvalidValueException("role", "'" + text + "' is not one of "
                        + Arrays.stream(Role.values()).map(Roles::name).toList()));
    }

    private static List<String> scopes(ApiKey k) {
        return k.scopes().stream().sorted().map(Scope::wireName).toList();
    }
}
