package io.waybill.adapters.rest.devices;

import io.waybill.adapters.rest.devices.DeviceDocuments.PointDocument;
import io.waybill.adapters.rest.devices.DeviceDocuments.TrailDocument;
import io.waybill.adapters.rest.problem.RequestValues;
import io.waybill.adapters.rest.security.Roles;
import io.waybill.adapters.rest.security.TenantBound;
import io.waybill.application.port.in.ReadTrail;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.shared.InvalidValueException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The route a shipment's devices reported, exact (the tenant's own view; the public page never shows it). */
@TenantBound
@Path("/api/v1/shipments/{id}/trail")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Devices")
public class TrailResource {

    private final ReadTrail trails;

    TrailResource(ReadTrail trails) {
        this.trails = trails;
    }

    @GET
    @RolesAllowed({Roles.INTEGRATOR, Roles.OPERATOR, Roles.ADMIN})
    @Operation(summary = "The shipment's route as its devices reported it, simplified for display",
            description = "tolerance: metres a left-out point may lie from the line drawn (1 to 10000, default 25).")
    @APIResponse(responseCode = "200", description = "The trail", content = @Content(schema = @Schema(implementation = TrailDocument.class)))
    @APIResponse(responseCode = "404", description = "The tenant has no such shipment")
    public TrailDocument trail(@PathParam("id") String id, @QueryParam("tolerance") String tolerance) {
        int metres = RequestValues.number("tolerance", tolerance, 25);
        if (metres < 1 || metres > 10_000) {
            throw new InvalidValueException("tolerance", "must be between 1 and 10000 metres (got " + metres + ")");
        }
        UUID shipment = RequestValues.uuid("id", id, "a shipment id");
        ReadTrail.ShipmentTrail trail = trails.trail(new ShipmentId(shipment), metres);
        return new TrailDocument(shipment, trail.reported(), trail.points().stream().map(PointDocument::of).toList(),
                trail.last() == null ? null : PointDocument.of(trail.last()));
    }
}
