package io.waybill.adapters.notifications.sms;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What the simulated SMS provider "sent", newest first: the demo's window on customer SMS. Operators only (the texts
 * name orders); empty of meaning, and answering 404, when a real SMS provider is in place.
 */
@Path("/api/v1/admin/simulated-sms")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
public class SimulatedSmsResource {

    private final Instance<SimulatedSmsProvider> simulated;
    private final Instance<SmsProvider> provider;

    SimulatedSmsResource(Instance<SimulatedSmsProvider> simulated, Instance<SmsProvider> provider) {
        this.simulated = simulated;
        this.provider = provider;
    }

    @GET
    @RolesAllowed("platform-admin")
    @Operation(summary = "The texts the simulated SMS provider recorded, newest first (demo; platform administrators only:"
            + " the provider is the platform's and its texts are every tenant's)")
    @APIResponse(responseCode = "200", description = "The texts, newest first",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = SentSms.class)))
    @APIResponse(responseCode = "404", description = "A real SMS provider is configured")
    public Response recent(@QueryParam("limit") Integer limit) {
        if (!(provider.get() instanceof SimulatedSmsProvider)) {
            return Response.status(404).type("application/problem+json")
                    .entity("{\"type\":\"https://waybill.io/problems/not-found\",\"title\":\"No simulated SMS provider\","
                            + "\"status\":404,\"detail\":\"a real SMS provider is configured\"}").build();
        }
        int size = limit == null ? 50 : Math.max(1, Math.min(limit, 500));
        List<SentSms> recent = simulated.get().recent(size);
        return Response.ok(recent).build();
    }
}
