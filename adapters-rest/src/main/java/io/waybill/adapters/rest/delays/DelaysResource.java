package io.waybill.adapters.rest.delays;

import io.waybill.adapters.rest.problem.Problem;
import io.waybill.adapters.rest.security.Roles;
import io.waybill.application.port.in.WatchDelays;
import io.waybill.application.shared.ShipmentPrediction;
import io.waybill.domain.shared.InvalidValueException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Operations' window on predicted delays. */
@Path("/api/v1/shipments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Delays")
public class DelaysResource {

    /** A shipment's prediction and every change of its risk level. */
    public record PredictionDocument(ShipmentPrediction prediction, List<ShipmentPrediction.RiskChange> history) {
    }

    private final WatchDelays delays;

    DelaysResource(WatchDelays delays) {
        this.delays = delays;
    }

    @GET
    @Path("/at-risk")
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    @Operation(summary = "Shipments at risk of missing their promise (level MEDIUM or more by default), least lead time first")
    public List<ShipmentPrediction> atRisk(@QueryParam("level") @DefaultValue("MEDIUM") String level,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        return delays.atRisk(level, page, size);
    }

    @GET
    @Path("/{id}/prediction")
    @RolesAllowed({Roles.INTEGRATOR, Roles.OPERATOR, Roles.ADMIN})
    @Operation(summary = "A shipment's delivery estimate (P50, P90, basis), delay risk with reasons, and risk history")
    public Response prediction(@PathParam("id") String id, @Context UriInfo uri) {
        UUID shipment;
        try {
            shipment = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("id", "'" + id + "' is not a shipment id (a UUID)");
        }
        return delays.prediction(shipment)
                .map(p -> Response.ok(new PredictionDocument(p, delays.history(shipment))).build())
                .orElseGet(() -> Problem.of("not-found", "No prediction", 404, "no prediction for shipment " + id
                        + " (none is made before the carrier's first scan)").at(uri.getPath()).toResponse());
    }
}
