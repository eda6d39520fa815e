package io.waybill.adapters.rest.events;

import io.waybill.adapters.rest.security.TenantBound;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.waybill.adapters.rest.events.EventDocuments.BatchResultDocument;
import io.waybill.adapters.rest.events.EventDocuments.TrackingEventBatch;
import io.waybill.adapters.rest.events.EventDocuments.WarehouseEventBatch;
import io.waybill.adapters.rest.events.EventDocuments.OutcomeDocument;
import io.waybill.adapters.rest.events.EventDocuments.TrackingEventDocument;
import io.waybill.adapters.rest.events.EventDocuments.WarehouseEventDocument;
import io.waybill.adapters.rest.problem.BadRequestProblem;
import io.waybill.adapters.rest.problem.Problem;
import io.waybill.adapters.rest.problem.ProblemMappers;
import io.waybill.adapters.rest.security.EventIntake;
import io.waybill.adapters.rest.security.Roles;
import io.waybill.application.port.in.EventOutcome;
import io.waybill.application.port.in.RecordTrackingEvents;
import io.waybill.application.port.in.RecordWarehouseEvents;
import io.waybill.domain.shared.InvalidValueException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Batch ingestion. Each event is read, validated and recorded on its own: the answer lists, per event
 * and in request order, ACCEPTED, DUPLICATE (already recorded: nothing changed) or REJECTED with the
 * reason. Accepted events are stored even when others in the batch are rejected.
 */
@TenantBound
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Event ingestion")
public class EventsResource {

    public static final int MAX_BATCH = 1000;

    private final RecordWarehouseEvents warehouseEvents;
    private final RecordTrackingEvents trackingEvents;
    private final ObjectMapper json;
    private final Clock clock;

    EventsResource(RecordWarehouseEvents warehouseEvents, RecordTrackingEvents trackingEvents, ObjectMapper json, Clock clock) {
        this.warehouseEvents = warehouseEvents;
        this.trackingEvents = trackingEvents;
        this.json = json;
        this.clock = clock;
    }

    @POST
    @Path("/warehouse-events")
    @EventIntake
    @RolesAllowed({Roles.INTEGRATOR, Roles.ADMIN})
    @Operation(summary = "Record warehouse events (ALLOCATED, ALLOCATION_FAILED, PICKED, PACKED), up to 1000 per request")
    @APIResponse(responseCode = "200", description = "What became of each event (in request order); accepted events are stored",
            content = @Content(schema = @Schema(implementation = BatchResultDocument.class)))
    public BatchResultDocument warehouse(WarehouseEventBatch batch) {
        return ingest(batch == null ? null : batch.events(), WarehouseEventDocument.class, EventRequests::warehouse, warehouseEvents::record);
    }

    @POST
    @Path("/tracking-events")
    @EventIntake
    @RolesAllowed({Roles.INTEGRATOR, Roles.ADMIN})
    @Operation(summary = "Record carrier and device events about shipments, up to 1000 per request")
    @APIResponse(responseCode = "200", description = "What became of each event (in request order); accepted events are stored",
            content = @Content(schema = @Schema(implementation = BatchResultDocument.class)))
    public BatchResultDocument tracking(TrackingEventBatch batch) {
        return ingest(batch == null ? null : batch.events(), TrackingEventDocument.class, EventRequests::tracking, trackingEvents::recordTracking);
    }

    private <D, C> BatchResultDocument ingest(List<JsonNode> events, Class<D> type, BiFunction<D, Instant, C> toCommand,
            Function<List<C>, List<EventOutcome>> record) {
        if (events == null || events.isEmpty()) {
            throw new BadRequestProblem(Problem.of("empty-batch", "No events", 400,
                    "send {\"events\": [ ... ]} with 1 to " + MAX_BATCH + " events"));
        }
        if (events.size() > MAX_BATCH) {
            // 413 Content Too Large: the request is well-formed, only more than the server takes in one go
            throw new BadRequestProblem(Problem.of("batch-too-large", "Batch too large", 413,
                    "at most " + MAX_BATCH + " events per request (got " + events.size() + "); split the batch"));
        }
        Instant receivedAt = clock.instant();
        OutcomeDocument[] results = new OutcomeDocument[events.size()];
        List<C> commands = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            JsonNode node = events.get(i);
            try {
                if (node == null || !node.isObject()) {
                    throw new InvalidValueException("events[" + i + "]", "each event is a JSON object");
                }
                commands.add(toCommand.apply(json.treeToValue(node, type), receivedAt));
                positions.add(i);
            } catch (JsonProcessingException e) {
                results[i] = new OutcomeDocument(i, EventOutcome.Result.REJECTED.name(), ProblemMappers.describe(e), null);
            } catch (InvalidValueException e) {
                results[i] = new OutcomeDocument(i, EventOutcome.Result.REJECTED.name(), e.getMessage(), null);
            }
        }
        if (!commands.isEmpty()) {
            List<EventOutcome> outcomes = record.apply(commands);
            for (int k = 0; k < outcomes.size(); k++) {
                EventOutcome o = outcomes.get(k);
                int index = positions.get(k);
                results[index] = new OutcomeDocument(index, o.result().name(), o.reason(), o.order() == null ? null : o.order().value());
            }
        }
        int accepted = 0;
        int duplicates = 0;
        int rejected = 0;
        for (OutcomeDocument r : results) {
            switch (EventOutcome.Result.valueOf(r.result())) {
                case ACCEPTED -> accepted++;
                case DUPLICATE -> duplicates++;
                case REJECTED -> rejected++;
            }
        }
        return new BatchResultDocument(accepted, duplicates, rejected, List.of(results));
    }
}
