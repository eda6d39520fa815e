package io.waybill.adapters.rest.admin;

import io.waybill.adapters.rest.security.TenantBound;
import io.waybill.adapters.rest.admin.AdminDocuments.AuditEntryDocument;
import io.waybill.adapters.rest.problem.RequestValues;
import io.waybill.adapters.rest.security.CallerKey;
import io.waybill.adapters.rest.security.Roles;
import io.waybill.application.port.in.ReadAuditLog;
import io.waybill.domain.shared.InvalidValueException;
import io.waybill.domain.tenant.TenantId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit log: who changed keys, tenants, webhook subscriptions, cancellations and disruptions, newest first. */
@TenantBound
@Path("/api/v1/admin/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
public class AuditResource {

    private final ReadAuditLog audit;
    private final CallerKey caller;

    AuditResource(ReadAuditLog audit, CallerKey caller) {
        this.audit = audit;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Audit entries, newest first: a tenant admin's own tenant's, a platform admin's of every tenant (or"
            + " ?tenant=); limit 1-1000 (default 100); before=<id> for the next page")
    @APIResponse(responseCode = "200", description = "Audit entries, newest first",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AuditEntryDocument.class)))
    @APIResponse(responseCode = "404", description = "No such tenant")
    public List<AuditEntryDocument> entries(@QueryParam("tenant") String tenant, @QueryParam("before") String before,
            @QueryParam("limit") String limit) {
        Optional<TenantId> of = tenant == null || tenant.isBlank() ? Optional.empty() : Optional.of(new TenantId(tenant));
        Optional<Long> page = before == null || before.isBlank() ? Optional.empty() : Optional.of(entryId(before));
        return audit.entries(caller.principal(), of, page, RequestValues.number("limit", limit, 100)).stream()
                .map(AdminDocuments::document).toList();
    }

    private static long entryId(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidValueException("before", "'" + text + "' is not an audit entry id (a whole number)");
        }
    }
}
