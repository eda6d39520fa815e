package io.waybill.adapters.rest.admin;

import io.waybill.adapters.rest.security.TenantBound;
import io.waybill.adapters.rest.admin.AdminDocuments.TenantDocument;
import io.waybill.adapters.rest.admin.AdminDocuments.TenantRequest;
import io.waybill.adapters.rest.security.CallerKey;
import io.waybill.adapters.rest.security.Roles;
import io.waybill.application.port.in.ManageTenants;
import io.waybill.domain.shared.InvalidValueException;
import io.waybill.domain.tenant.TenantId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Tenants (shippers), managed by platform admins; a new tenant gets its keys through the API-keys endpoint. */
@TenantBound
@Path("/api/v1/admin/tenants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
public class TenantsResource {

    private final ManageTenants tenants;
    private final CallerKey caller;

    TenantsResource(ManageTenants tenants, CallerKey caller) {
        this.tenants = tenants;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @Operation(summary = "Create a tenant: id (2-40 of a-z, 0-9, '-'), name; then issue its admin key with ?tenant=<id>")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = TenantDocument.class)))
    @APIResponse(responseCode = "409", description = "The id is taken")
    public Response create(TenantRequest request) {
        if (request == null) {
            throw new InvalidValueException("body", "send {\"id\": \"acme-shop\", \"name\": \"ACME Shop\"}");
        }
        return Response.status(201).entity(AdminDocuments.document(tenants.create(caller.principal(), id(request.id()), request.name()))).build();
    }

    private static TenantId id(String text) {
        String id = InvalidValueException.requiredText(text, "id", 40);
        try {
            return new TenantId(id);
        } catch (InvalidValueException e) {
            throw new InvalidValueException("id", "'" + id + "' is not a tenant id: 2-40 characters of a-z, 0-9 or '-', starting with"
                    + " a letter or digit, like acme-shop");
        }
    }

    @GET
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @Operation(summary = "Every tenant, by id")
    @APIResponse(responseCode = "200", description = "Every tenant, by id",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = TenantDocument.class)))
    public List<TenantDocument> tenants() {
        return tenants.tenants(caller.principal()).stream().map(AdminDocuments::document).toList();
    }
}
