package io.waybill.adapters.rest.tracking;

import io.waybill.adapters.rest.security.TenantBound;
import io.waybill.adapters.rest.http.EntityTags;
import io.waybill.adapters.rest.problem.BadRequestProblem;
import io.waybill.adapters.rest.problem.Problem;
import io.waybill.adapters.rest.tracking.TrackingDocuments.TrackingView;
import io.waybill.application.port.in.TrackOrder;
import io.waybill.domain.tracking.TrackingId;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * "Where is my order?": open to anyone holding the tracking ID, which is unguessable. Shows status,
 * promise, shipments and the timeline; never a name, street, contact, receiver, signature or position.
 */
@TenantBound
@Path("/api/v1/tracking")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public tracking")
public class TrackingResource {

    private final TrackOrder trackOrder;
    private final TrackingMapper mapper;
    private final EntityTags tags;

    TrackingResource(TrackOrder trackOrder, TrackingMapper mapper, EntityTags tags) {
        this.trackOrder = trackOrder;
        this.mapper = mapper;
        this.tags = tags;
    }

    @GET
    @Path("/{trackingId}")
    @PermitAll
    @Operation(summary = "Track an order by its tracking ID (no API key needed)",
            description = "A mistyped ID answers 400 saying so (the check symbol catches typos); an unknown one 404.")
    public Response track(@PathParam("trackingId") String trackingId, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        TrackingId id = TrackingId.parse(trackingId);
        TrackingView view = trackOrder.track(id).map(mapper::toDocument).orElseThrow(() -> new BadRequestProblem(
                Problem.of("unknown-tracking-id", "Unknown tracking ID", 404, "no order has tracking ID " + id.formatted())));
        return tags.conditional(ifNoneMatch, view, EntityTags.REVALIDATE);
    }
}
