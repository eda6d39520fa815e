package io.waybill.adapters.rest.admin;

import io.waybill.adapters.rest.security.Roles;
import io.waybill.application.port.in.IssueApiKey;
import io.waybill.application.shared.Role;
import io.waybill.domain.shared.InvalidValueException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Issues API keys. The key is in this answer only; Waybill keeps its hash. */
@Path("/api/v1/admin/api-keys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
public class ApiKeysResource {

    public record IssueRequest(String name, String role) {
    }

    public record IssuedKey(String name, String role, String key) {
    }

    private final IssueApiKey issueApiKey;

    ApiKeysResource(IssueApiKey issueApiKey) {
        this.issueApiKey = issueApiKey;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Issue (or rotate, by name) an API key for a role: integrator, operator or admin")
    public Response issue(IssueRequest request) {
        if (request == null) {
            throw new InvalidValueException("body", "send {\"name\": ..., \"role\": ...}");
        }
        String name = InvalidValueException.requiredText(request.name(), "name", 64);
        Role role;
        try {
            role = Role.valueOf(InvalidValueException.requiredText(request.role(), "role", 16).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("role", InvalidValueException.quote(request.role()) + " is not one of " + Arrays.toString(Role.values()));
        }
        IssueApiKey.Issued issued = issueApiKey.issue(name, role);
        return Response.status(201).entity(new IssuedKey(issued.name(), issued.role().name().toLowerCase(Locale.ROOT), issued.key()))
                .build();
    }
}
