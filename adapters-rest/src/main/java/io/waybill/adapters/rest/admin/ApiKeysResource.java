package io.waybill.adapters.rest.admin;

import io.waybill.adapters.rest.security.TenantBound;
import io.waybill.adapters.rest.admin.AdminDocuments.ApiKeyDocument;
import io.waybill.adapters.rest.admin.AdminDocuments.ExpiryRequest;
import io.waybill.adapters.rest.admin.AdminDocuments.IssueRequest;
import io.waybill.adapters.rest.admin.AdminDocuments.IssuedKey;
import io.waybill.adapters.rest.admin.AdminDocuments.RotationRequest;
import io.waybill.adapters.rest.problem.RequestValues;
import io.waybill.adapters.rest.security.CallerKey;
import io.waybill.adapters.rest.security.Roles;
import io.waybill.application.port.in.ApiKeyNotFoundException;
import io.waybill.application.port.in.AuthenticateApiKey.Principal;
import io.waybill.application.port.in.ManageApiKeys;
import io.waybill.application.port.in.ManageApiKeys.NewKey;
import io.waybill.application.shared.Scope;
import io.waybill.domain.shared.InvalidValueException;
import io.waybill.domain.tenant.TenantId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * API keys: issue, list, expire, rotate, revoke. A tenant admin manages its own tenant's keys (another tenant's key
 * answers 404); a platform admin those of any tenant, named with {@code ?tenant=}. The secret is in the answer to an
 * issue or a rotation only; Waybill keeps its hash.
 */
@TenantBound
@Path("/api/v1/admin/api-keys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
public class ApiKeysResource {

    /** How long a rotated-out secret keeps working when the rotation names no instant. */
    static final Duration DEFAULT_OVERLAP = Duration.ofDays(1);

    private final ManageApiKeys keys;
    private final CallerKey caller;
    private final Clock clock;

    ApiKeysResource(ManageApiKeys keys, CallerKey caller, Clock clock) {
        this.keys = keys;
        this.caller = caller;
        this.clock = clock;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Issue a key: name (unique in its tenant), role (integrator, operator, admin, platform-admin), scopes"
            + " (read, events, write; default all), expiresAt (default never), tenant (default the caller's)")
    @APIResponse(responseCode = "201", description = "Issued: the key with its secret, shown in this answer only", content = @Content(schema = @Schema(implementation = IssuedKey.class)),
            headers = @Header(name = "Location", description = "The issued key", schema = @Schema(type = SchemaType.STRING, format = "uri")))
    @APIResponse(responseCode = "404", description = "No such tenant")
    @APIResponse(responseCode = "409", description = "The name is taken in that tenant (names stay taken after revocation)")
    public Response issue(IssueRequest request, @Context UriInfo uri) {
        if (request == null) {
            throw new InvalidValueException("body", "send {\"name\": ..., \"role\": ...}");
        }
        Principal principal = caller.principal();
        NewKey key = new NewKey(tenant(request.tenant(), principal), request.name(), AdminDocuments.role(request.role()),
                Scope.parse(request.scopes()), RequestValues.optionalInstant("expiresAt", request.expiresAt()));
        IssuedKey issued = AdminDocuments.document(keys.issue(principal, key));
        UriBuilder location = uri.getAbsolutePathBuilder().path(issued.name());
        if (!issued.tenant().equals(principal.tenant().value())) {
            location.queryParam("tenant", issued.tenant());
        }
        return Response.created(location.build()).entity(issued).build();
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "The keys of a tenant (default: the caller's; a platform admin without ?tenant= sees every tenant's),"
            + " with role, scopes, status, expiry and last use; never a secret")
    @APIResponse(responseCode = "200", description = "The keys, never a secret",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ApiKeyDocument.class)))
    @APIResponse(responseCode = "404", description = "No such tenant")
    public List<ApiKeyDocument> list(@QueryParam("tenant") String tenant) {
        Principal principal = caller.principal();
        Optional<TenantId> named = tenant == null || tenant.isBlank() ? Optional.empty() : Optional.of(new TenantId(tenant));
        Instant now = clock.instant();
        return keys.list(principal, named).stream().map(k -> AdminDocuments.document(k, now)).toList();
    }

    @GET
    @Path("/{name}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "One key of a tenant (default: the caller's)")
    @APIResponse(responseCode = "200", description = "The key, never its secret", content = @Content(schema = @Schema(implementation = ApiKeyDocument.class)))
    @APIResponse(responseCode = "404", description = "No such key (or tenant)")
    public ApiKeyDocument key(@PathParam("name") String name, @QueryParam("tenant") String tenant) {
        Principal principal = caller.principal();
        TenantId of = tenant(tenant, principal);
        return keys.list(principal, Optional.of(of)).stream().filter(k -> k.name().equals(name)).findFirst()
                .map(k -> AdminDocuments.document(k, clock.instant()))
                .orElseThrow(() -> new ApiKeyNotFoundException(of.value(), name));
    }

    @PUT
    @Path("/{name}/expiry")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Set when a key expires (an ISO-8601 instant; null: never; a past instant expires it now)")
    @APIResponse(responseCode = "200", description = "The key with its new expiry", content = @Content(schema = @Schema(implementation = ApiKeyDocument.class)))
    @APIResponse(responseCode = "409", description = "The key was revoked")
    @APIResponse(responseCode = "404", description = "No such key (or tenant)")
    public ApiKeyDocument expire(@PathParam("name") String name, @QueryParam("tenant") String tenant, ExpiryRequest request) {
        if (request == null) {
            throw new InvalidValueException("body", "send {\"expiresAt\": \"2026-12-31T00:00:00Z\"} or {\"expiresAt\": null}");
        }
        Principal principal = caller.principal();
        Instant at = RequestValues.optionalInstant("expiresAt", request.expiresAt());
        return AdminDocuments.document(keys.expire(principal, tenant(tenant, principal), name, at), clock.instant());
    }

    @POST
    @Path("/{name}/rotation")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Give a key a new secret; the old one keeps working until previousKeyValidUntil (default a day, at most"
            + " 30 days), then only the new one does")
    @APIResponse(responseCode = "200", description = "The key with its new secret, shown in this answer only", content = @Content(schema = @Schema(implementation = IssuedKey.class)))
    @APIResponse(responseCode = "409", description = "The key was revoked or has expired")
    @APIResponse(responseCode = "404", description = "No such key (or tenant)")
    public IssuedKey rotate(@PathParam("name") String name, @QueryParam("tenant") String tenant, RotationRequest request) {
        Principal principal = caller.principal();
        Instant until = request == null ? null : RequestValues.optionalInstant("previousKeyValidUntil", request.previousKeyValidUntil());
        Instant overlap = until != null ? until : clock.instant().plus(DEFAULT_OVERLAP);
        return AdminDocuments.document(keys.rotate(principal, tenant(tenant, principal), name, overlap));
    }

    @DELETE
    @Path("/{name}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Revoke a key for good (its previous secret too); it stays listed as revoked and its name stays taken")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "409", description = "The key was revoked before")
    @APIResponse(responseCode = "404", description = "No such key (or tenant)")
    public Response revoke(@PathParam("name") String name, @QueryParam("tenant") String tenant) {
        Principal principal = caller.principal();
        keys.revoke(principal, tenant(tenant, principal), name);
        return Response.noContent().build();
    }

    private static TenantId tenant(String named, Principal principal) {
        return named == null || named.isBlank() ? principal.tenant() : new TenantId(named);
    }
}
