package io.waybill.adapters.rest.admin;

import io.waybill.adapters.rest.problem.Problem;
import io.waybill.adapters.rest.security.CallerKey;
import io.waybill.adapters.rest.security.Roles;
import io.waybill.adapters.rest.security.TenantBound;
import io.waybill.application.port.in.ManageBranding;
import io.waybill.application.shared.Branding;
import io.waybill.domain.shared.InvalidValueException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.NoSuchElementException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's tenant's branding of the customer's tracking page: its name, accent colour and logo. Admins set it;
 * the page shows it to every customer of the tenant's orders.
 */
@TenantBound
@Path("/api/v1/admin/branding")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
public class BrandingResource {

    private final ManageBranding branding;
    private final CallerKey caller;

    BrandingResource(ManageBranding branding, CallerKey caller) {
        this.branding = branding;
        this.caller = caller;
    }

    /** What a tenant's tracking page shows. */
    @Schema(name = "Branding")
    public record BrandingDocument(
            @Schema(required = true, description = "The name shown at the top of the tracking page", example = "ACME Shop") String displayName,
            @Schema(required = true, nullable = true, description = "Accent colour, #rrggbb, at least 4.5:1 against white", example = "#0f5132") String colour,
            @Schema(required = true, description = "Whether a logo is set") boolean logo,
            @Schema(required = true, description = "false: the tenant has set none, and its page shows Waybill's own look")
            boolean configured) {

        static BrandingDocument of(Branding b) {
            return new BrandingDocument(b.displayName(), b.colour(), b.logo().isPresent(), true);
        }

        static final BrandingDocument NONE = new BrandingDocument("Waybill", null, false, false);
    }

    @Schema(name = "BrandingRequest")
    public record BrandingRequest(
            @Schema(required = true, maxLength = 100, example = "ACME Shop") String displayName,
            @Schema(nullable = true, pattern = "^#[0-9a-fA-F]{6}$", example = "#0f5132",
                    description = "Accent colour; it must have a contrast of at least 4.5:1 with white (WCAG AA)") String colour) {
    }

    @GET
    @RolesAllowed({Roles.ADMIN})
    @Operation(summary = "The tenant's branding of the tracking page")
    @APIResponse(responseCode = "200", description = "The branding; configured false when the tenant has set none",
            content = @Content(schema = @Schema(implementation = BrandingDocument.class)))
    public BrandingDocument get() {
        return branding.of(caller.principal()).map(BrandingDocument::of).orElse(BrandingDocument.NONE);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN})
    @Operation(summary = "Set the name and accent colour shown on the tenant's tracking page (the logo stays)")
    @APIResponse(responseCode = "200", description = "The branding as it is now", content = @Content(schema = @Schema(implementation = BrandingDocument.class)))
    public BrandingDocument put(BrandingRequest request) {
        if (request == null) {
            throw new InvalidValueException("body", "send {\"displayName\": \"ACME Shop\", \"colour\": \"#0f5132\"}");
        }
        return BrandingDocument.of(branding.set(caller.principal(), request.displayName(), request.colour()));
    }

    @PUT
    @Path("/logo")
    @Consumes({"image/png", "image/jpeg"})
    @RolesAllowed({Roles.ADMIN})
    @Operation(summary = "Set the logo shown on the tenant's tracking page: a PNG or JPEG of at most 100 KB, as the body")
    @RequestBody(content = {@Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "200", description = "The branding as it is now", content = @Content(schema = @Schema(implementation = BrandingDocument.class)))
    @APIResponse(responseCode = "409", description = "The tenant has no branding yet: set its display name first")
    @APIResponse(responseCode = "415", description = "The body is not image/png or image/jpeg")
    public Response logo(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String type, @Context UriInfo uri) {
        Branding.Logo logo = new Branding.Logo(body == null ? new byte[0] : body, type == null ? null : type.split(";")[0]);
        try {
            return Response.ok(BrandingDocument.of(branding.setLogo(caller.principal(), logo))).build();
        } catch (NoSuchElementException e) {
            return Problem.of("no-branding", "No branding yet", 409, e.getMessage()).at(uri.getPath()).toResponse();
        }
    }
}
