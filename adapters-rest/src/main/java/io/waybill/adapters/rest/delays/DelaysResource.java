package io.waybill.adapters.rest.delays;

import io.waybill.adapters.rest.security.TenantBound;
import io.waybill.adapters.rest.problem.Problem;
import io.waybill.adapters.rest.problem.RequestValues;
import io.waybill.adapters.rest.security.Roles;
import io.waybill.application.port.in.WatchDelays;
import io.waybill.application.shared.AtRiskSearch;
import io.waybill.domain.order.CarrierCode;
import io.waybill.domain.order.ServiceLevel;
import io.waybill.domain.order.ShipmentId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Operations' window on predicted delays. */
@TenantBound
@Path("/api/v1/shipments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Delays")
public class DelaysResource {

    /** The header carrying how many shipments the whole at-risk list has (the body is one page of it). */
    static final String TOTAL_COUNT = "X-Total-Count";

    private final WatchDelays delays;

    DelaysResource(WatchDelays delays) {
        this.delays = delays;
    }

    @GET
    @Path("/at-risk")
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    @Operation(summary = "Shipments at risk of missing their promise (level MEDIUM or more by default), least lead time first",
            description = "Filters: level (LOW, MEDIUM, HIGH), carrier, service (standard, express, ...), status (a shipment"
                    + " status), promisedBefore (ISO-8601"
                    + " instant). sort: leadTime (default), -leadTime, promise, firstDetected, -firstDetected, eta. The body is"
                    + " one page (page from 0, size 1 to 500); X-Total-Count gives the whole list's size, Link the next and"
                    + " previous pages.")
    @APIResponse(responseCode = "200", description = "One page of the shipments at risk", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = DelayDocuments.ShipmentPredictionDocument.class)),
            headers = {@Header(name = TOTAL_COUNT, description = "How many shipments the whole list has",
                            schema = @Schema(type = SchemaType.INTEGER)),
                    @Header(name = "Link", description = "The next and previous pages (rel=next, rel=prev), when there are",
                            schema = @Schema(type = SchemaType.STRING))})
    public Response atRisk(@QueryParam("level") String level, @QueryParam("carrier") String carrier,
            @QueryParam("service") String service, @QueryParam("status") String status, @QueryParam("promisedBefore") String promisedBefore,
            @QueryParam("sort") String sort, @QueryParam("page") String page, @QueryParam("size") String size,
            @Context UriInfo uri) {
        AtRiskSearch.Page found = delays.atRisk(new AtRiskSearch.Query(AtRiskSearch.level(level),
                carrier == null || carrier.isBlank() ? null : new CarrierCode(carrier),
                service == null || service.isBlank() ? null : new ServiceLevel(service), AtRiskSearch.status(status),
                RequestValues.optionalInstant("promisedBefore", promisedBefore), AtRiskSearch.Sort.parse(sort), RequestValues.number("page", page, 0),
                RequestValues.number("size", size, 50)));
        Response.ResponseBuilder answer = Response.ok(found.items().stream().map(DelayDocuments.ShipmentPredictionDocument::of).toList()).header(TOTAL_COUNT, found.total());
        List<String> links = new ArrayList<>();
        if (found.hasNext()) {
            links.add(link(uri, found.page() + 1, "next"));
        }
        if (found.hasPrevious()) {
            long lastPage = Math.max(0, (found.total() - 1) / found.size());
            links.add(link(uri, (int) Math.min(found.page() - 1, lastPage), "prev"));
        }
        if (!links.isEmpty()) {
            answer.header("Link", String.join(", ", links));
        }
        return answer.build();
    }

    @GET
    @Path("/{id}/prediction")
    @RolesAllowed({Roles.INTEGRATOR, Roles.OPERATOR, Roles.ADMIN})
    @Operation(summary = "A shipment's delivery estimate (P50, P90, basis), delay risk with reasons, and risk history",
            description = "With asOf (an ISO-8601 instant, not in the future): recomputed as of that instant from the events"
                    + " that had occurred by then, with the risk history cut there; the learned statistics used are today's.")
    @APIResponse(responseCode = "200", description = "The prediction and the risk history", content = @Content(schema = @Schema(implementation = DelayDocuments.PredictionDocument.class)))
    @APIResponse(responseCode = "404", description = "No prediction for this shipment (none is made before it is packed)")
    public Response prediction(@PathParam("id") String id, @QueryParam("asOf") String asOfText, @Context UriInfo uri) {
        ShipmentId shipment = new ShipmentId(RequestValues.uuid("id", id, "a shipment id"));
        Instant asOf = RequestValues.optionalInstant("asOf", asOfText);
        if (asOf == null) {
            return delays.prediction(shipment)
                    .map(p -> Response.ok(DelayDocuments.PredictionDocument.of(p, delays.history(shipment))).build())
                    .orElseGet(() -> Problem.of("not-found", "No prediction", 404, "no prediction for shipment " + id
                            + " (none is made before it is packed)").at(uri.getPath()).toResponse());
        }
        return delays.predictionAsOf(shipment, asOf)
                .map(p -> Response.ok(DelayDocuments.PredictionDocument.of(p, delays.history(shipment).stream()
                        .filter(change -> !change.at().isAfter(asOf)).toList())).build())
                .orElseGet(() -> Problem.of("not-found", "No prediction", 404, "no prediction for shipment " + id + " as of "
                        + asOf + " (it had not been packed yet, or there is no such shipment)").at(uri.getPath())
                        .toResponse());
    }

    private static String link(UriInfo uri, int page, String rel) {
        return "<" + uri.getRequestUriBuilder().replaceQueryParam("page", page).build() + ">; rel=\"" + rel + "\"";
    }

}
