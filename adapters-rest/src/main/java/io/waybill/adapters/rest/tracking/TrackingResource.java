package io.waybill.adapters.rest.tracking;

import io.waybill.adapters.rest.security.TenantBound;
import io.waybill.adapters.rest.http.EntityTags;
import io.waybill.adapters.rest.openapi.AnswerHeaders;
import io.waybill.adapters.rest.problem.BadRequestProblem;
import io.waybill.adapters.rest.problem.Problem;
import io.waybill.adapters.rest.tracking.TrackingDocuments.TrackingView;
import io.waybill.application.port.in.RecogniseCarrierNumbers;
import io.waybill.application.port.in.TrackOrder;
import io.waybill.application.shared.CarrierCandidate;
import io.waybill.domain.shared.InvalidValueException;
import java.util.List;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
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
    private final RecogniseCarrierNumbers recognise;

    TrackingResource(TrackOrder trackOrder, TrackingMapper mapper, EntityTags tags, RecogniseCarrierNumbers recognise) {
        this.recognise = recognise;
        this.trackOrder = trackOrder;
        this.mapper = mapper;
        this.tags = tags;
    }

    @GET
    @Path("/{trackingId}")
    @PermitAll
    @Operation(summary = "Track an order by its tracking ID (no API key needed)",
            description = "A mistyped ID answers 400 saying so (the check symbol catches typos); an unknown one 404.")
    @APIResponse(responseCode = "200", description = "The public view of the order", content = @Content(schema = @Schema(implementation = TrackingView.class)), headers = {
            @Header(name = "ETag", description = AnswerHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "Cache-Control", description = AnswerHeaders.CACHE_CONTROL, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match tag is still the view's", headers = {
            @Header(name = "ETag", description = AnswerHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "Cache-Control", description = AnswerHeaders.CACHE_CONTROL, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "404", description = "No order has this tracking ID")
    public Response track(@PathParam("trackingId") String trackingId, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        TrackingId id;
        try {
            id = TrackingId.parse(trackingId);
        } catch (InvalidValueException e) {
            List<String> carriers = recognise.carriersOf(trackingId).stream().map(CarrierCandidate::carrier).distinct().toList();
            if (carriers.isEmpty()) {
                throw e;
            }
            throw new InvalidValueException("trackingId", "looks like a carrier's tracking number (" + String.join(", ", carriers)
                    + "), not a tracking ID: a tracking ID has 15 characters, like 8D274-RBVFG-PKA54, and is in the order"
                    + " confirmation; the carrier's own tracking follows the carrier's number");
        }
        TrackingView view = trackOrder.track(id).map(mapper::toDocument).orElseThrow(() -> new BadRequestProblem(
                Problem.of("unknown-tracking-id", "Unknown tracking ID", 404, "no order has tracking ID " + id.formatted())));
        return tags.conditional(ifNoneMatch, view, EntityTags.REVALIDATE);
    }
}
