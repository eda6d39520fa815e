package io.waybill.adapters.rest.devices;

import io.waybill.adapters.rest.devices.GeofenceDocuments.GeofenceDocument;
import io.waybill.adapters.rest.devices.GeofenceDocuments.GeofenceRequest;
import io.waybill.adapters.rest.security.Roles;
import io.waybill.adapters.rest.security.TenantBound;
import io.waybill.application.port.in.ManageGeofences;
import io.waybill.domain.shared.InvalidValueException;
import io.waybill.domain.telemetry.GeofenceId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A tenant's geofences around its hubs, depots and delivery towns: positions of devices travelling with a shipment
 * that enter and leave one become derived arrival and departure steps on the shipment's timeline (docs/telemetry.md).
 */
@TenantBound
@Path("/api/v1/geofences")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Devices")
public class GeofencesResource {

    private final ManageGeofences geofences;

    GeofencesResource(ManageGeofences geofences) {
        this.geofences = geofences;
    }

    @GET
    @RolesAllowed({Roles.INTEGRATOR, Roles.OPERATOR, Roles.ADMIN})
    @Operation(summary = "The tenant's geofences, by id")
    @APIResponse(responseCode = "200", description = "The fences",
            content = @Content(schema = @Schema(implementation = GeofenceDocument.class, type = SchemaType.ARRAY)))
    public List<GeofenceDocument> list() {
        return geofences.list().stream().map(GeofenceDocument::of).toList();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INTEGRATOR, Roles.OPERATOR, Roles.ADMIN})
    @Operation(summary = "Create a geofence, or change its place, radius or name",
            description = "The id is the tenant's own (1 to 64 letters, digits, . _ : -); another tenant may use the same id"
                    + " for its own fence. A fence with a city and country is the destination of the orders delivered to that"
                    + " town. Steps derived before a change keep what they said.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = GeofenceDocument.class)))
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = GeofenceDocument.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or out of range; the problem names it")
    public Response put(@PathParam("id") String id, GeofenceRequest request) {
        if (request == null) {
            throw new InvalidValueException("body", "send the fence, like {\"name\": \"Hub Kassel\", \"latitude\": 51.31,"
                    + " \"longitude\": 9.48, \"radiusMetres\": 500}");
        }
        ManageGeofences.Saved saved = geofences.put(request.toGeofence(id));
        return Response.status(saved.created() ? 201 : 200).entity(GeofenceDocument.of(saved.fence())).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.INTEGRATOR, Roles.OPERATOR, Roles.ADMIN})
    @Operation(summary = "A geofence")
    @APIResponse(responseCode = "200", description = "The fence", content = @Content(schema = @Schema(implementation = GeofenceDocument.class)))
    @APIResponse(responseCode = "400", description = "Not a geofence id")
    @APIResponse(responseCode = "404", description = "The tenant has no such fence")
    public GeofenceDocument get(@PathParam("id") String id) {
        return GeofenceDocument.of(geofences.get(new GeofenceId(id)));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.INTEGRATOR, Roles.OPERATOR, Roles.ADMIN})
    @Operation(summary = "Remove a geofence", description = "Steps derived from it stay on the timelines.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "400", description = "Not a geofence id")
    @APIResponse(responseCode = "404", description = "The tenant has no such fence")
    public Response delete(@PathParam("id") String id) {
        geofences.delete(new GeofenceId(id));
        return Response.noContent().build();
    }
}
