package io.waybill.adapters.rest.disruptions;

import io.waybill.adapters.rest.security.TenantBound;
import io.quarkus.security.identity.SecurityIdentity;
import io.waybill.adapters.rest.problem.RequestValues;
import io.waybill.adapters.rest.security.Roles;
import io.waybill.application.port.in.ReportDisruptions;
import io.waybill.application.shared.ReportedDisruption;
import io.waybill.domain.shared.InvalidValueException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Operations tell Waybill of a disruption (a hub outage, a closed motorway, a storm warning) in a region; the
 * predictions of the shipments it meets (where they were last scanned, or their destination) take it into account.
 */
@TenantBound
@Path("/api/v1/disruptions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Delays")
public class DisruptionsResource {

    /** {@code from} and {@code until}: ISO-8601 instants with offset. */
    public record DisruptionRequest(
            @Schema(required = true, description = "<country>-<city>, like DE-Hamburg", example = "DE-Hamburg") String region,
            @Schema(required = true, description = "What happened, in words", maxLength = 200) String what,
            @Schema(required = true, format = "date-time") String from,
            @Schema(required = true, format = "date-time") String until) {
    }

    /** A disruption as reported: known since {@code reportedAt}, by {@code reportedBy}. */
    @Schema(name = "Disruption")
    public record DisruptionDocument(@Schema(required = true) UUID id, @Schema(required = true) String region,
            @Schema(required = true) String what, @Schema(required = true) Instant from, @Schema(required = true) Instant until,
            @Schema(required = true) Instant reportedAt, @Schema(required = true) String reportedBy) {

        static DisruptionDocument of(ReportedDisruption d) {
            return new DisruptionDocument(d.id(), d.region(), d.what(), d.from(), d.until(), d.reportedAt(), d.reportedBy());
        }
    }

    private final ReportDisruptions disruptions;
    private final SecurityIdentity identity;
    private final Clock clock;

    DisruptionsResource(ReportDisruptions disruptions, SecurityIdentity identity, Clock clock) {
        this.disruptions = disruptions;
        this.identity = identity;
        this.clock = clock;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    @Operation(summary = "Report a disruption in a region (<country>-<city>, like DE-Hamburg) from 'from' until 'until'",
            description = "Known from now on: shipments last scanned in the region, or going there, are judged by their"
                    + " estimate if it holds them until it ends.")
    @APIResponse(responseCode = "201", description = "Reported", content = @Content(schema = @Schema(implementation = DisruptionDocument.class)))
    public Response report(DisruptionRequest request) {
        if (request == null) {
            throw new InvalidValueException("body", "send {\"region\": \"DE-Hamburg\", \"what\": \"Hub outage\", \"from\":"
                    + " \"2026-11-25T08:00:00Z\", \"until\": \"2026-11-25T20:00:00Z\"}");
        }
        ReportedDisruption reported = disruptions.report(request.region(), request.what(), RequestValues.requiredInstant("from", request.from()),
                RequestValues.requiredInstant("until", request.until()), identity.getPrincipal().getName());
        return Response.status(201).entity(DisruptionDocument.of(reported)).build();
    }

    @GET
    @RolesAllowed({Roles.INTEGRATOR, Roles.OPERATOR, Roles.ADMIN})
    @Operation(summary = "Disruptions reported by asOf (default now) that are not over by then")
    @APIResponse(responseCode = "200", description = "The disruptions known and not over", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = DisruptionDocument.class)))
    public List<DisruptionDocument> known(@QueryParam("asOf") String asOf) {
        Instant at = asOf == null || asOf.isBlank() ? clock.instant() : RequestValues.requiredInstant("asOf", asOf);
        return disruptions.known(at).stream().map(DisruptionDocument::of).toList();
    }
}
