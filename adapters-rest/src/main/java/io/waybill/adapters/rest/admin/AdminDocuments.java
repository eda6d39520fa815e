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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The request and answer documents of the administration API; a key's secret appears in {@link IssuedKey} only. */
public final class AdminDocuments {

    private AdminDocuments() {
    }

    /** A key's status as listed. */
    static final String ACTIVE = "active";
    static final String EXPIRED = "expired";
    static final String REVOKED = "revoked";
    /** The scopes' wire names ({@link Scope#wireName()}; ListedEnumerationsTest holds the two together). */
    static final String READ = "read";
    static final String EVENTS = "events";
    static final String WRITE = "write";

    /** {@code tenant}: absent for the caller's own; {@code scopes}: absent for all; {@code expiresAt}: absent for never. */
    public record IssueRequest(@Schema(required = true, description = "Unique in its tenant") String name,
            @Schema(required = true, enumeration = {Roles.INTEGRATOR, Roles.OPERATOR, Roles.ADMIN, Roles.PLATFORM_ADMIN}) String role,
            @Schema(type = SchemaType.ARRAY, uniqueItems = true, implementation = ScopeName.class) List<String> scopes,
            @Schema(format = "date-time") String expiresAt, String tenant) {
    }

    /** A scope's wire name: for the document only. */
    @Schema(name = "Scope", type = SchemaType.STRING, enumeration = {READ, EVENTS, WRITE})
    interface ScopeName {
    }

    /** {@code expiresAt}: an instant, or null to never expire. */
    public record ExpiryRequest(@Schema(required = true, nullable = true, format = "date-time") String expiresAt) {
    }

    /** {@code previousKeyValidUntil}: until when the old secret keeps working (default: a day from now, at most 30 days). */
    public record RotationRequest(@Schema(format = "date-time") String previousKeyValidUntil) {
    }

    public record TenantRequest(@Schema(required = true, pattern = "^[a-z0-9][a-z0-9-]{1,39}$", example = "acme-shop") String id,
            @Schema(required = true) String name) {
    }

    /** A key as listed: never its secret. {@code status}: active, expired or revoked. */
    public record ApiKeyDocument(@Schema(required = true) String name, @Schema(required = true) String tenant,
            @Schema(required = true, enumeration = {Roles.INTEGRATOR, Roles.OPERATOR, Roles.ADMIN, Roles.PLATFORM_ADMIN}) String role,
            @Schema(required = true, type = SchemaType.ARRAY, implementation = ScopeName.class) List<String> scopes,
            @Schema(required = true, enumeration = {ACTIVE, EXPIRED, REVOKED}) String status,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true, nullable = true) Instant expiresAt, @Schema(required = true, nullable = true) Instant lastUsedAt,
            @Schema(required = true, nullable = true) Instant revokedAt,
            @Schema(required = true, nullable = true) Instant previousKeyValidUntil) {
    }

    /** A key just issued or rotated, with its secret: shown in this answer only. */
    public record IssuedKey(@Schema(required = true) String name, @Schema(required = true) String tenant,
            @Schema(required = true, enumeration = {Roles.INTEGRATOR, Roles.OPERATOR, Roles.ADMIN, Roles.PLATFORM_ADMIN}) String role,
            @Schema(required = true, type = SchemaType.ARRAY, implementation = ScopeName.class) List<String> scopes,
            @Schema(required = true) Instant createdAt, @Schema(required = true, nullable = true) Instant expiresAt,
            @Schema(required = true, nullable = true) Instant previousKeyValidUntil,
            @Schema(required = true, description = "The secret: send it as X-API-Key") String key) {
    }

    public record TenantDocument(@Schema(required = true) String id, @Schema(required = true) String name,
            @Schema(required = true) Instant createdAt) {
    }

    /** Who ({@code actorKey} of {@code actorTenant}) did what ({@code action}) to which target, in whose data, when. */
    public record AuditEntryDocument(@Schema(required = true) long id, @Schema(required = true) Instant at,
            @Schema(required = true) String tenant, @Schema(required = true) String actorTenant,
            @Schema(required = true) String actorKey, @Schema(required = true) String action,
            @Schema(required = true) String targetType, @Schema(required = true, nullable = true) String targetId,
            @Schema(required = true, nullable = true) String detail) {
    }

    static ApiKeyDocument document(ApiKey k, Instant now) {
        String status = k.revokedAt() != null ? REVOKED : k.activeAt(now) ? ACTIVE : EXPIRED;
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
