package io.waybill.adapters.rest.epcis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.waybill.adapters.rest.problem.RequestValues;
import io.waybill.adapters.rest.security.Roles;
import io.waybill.adapters.rest.security.TenantBound;
import io.waybill.application.port.in.CaptureEpcis;
import io.waybill.application.shared.CapturedEvent;
import io.waybill.application.shared.EpcisQuery;
import io.waybill.application.shared.EpcisCaptureJob;
import io.waybill.domain.shared.InvalidValueException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The GS1 EPCIS 2.0 REST interface, for the tenant of the key: {@code POST /epcis/capture} takes a JSON-LD EPCIS
 * document (202, the capture job at {@code Location}; {@code GS1-Capture-Error-Behaviour: rollback} (the default) or
 * {@code proceed}), {@code POST /epcis/events} one event (201), and {@code GET /epcis/events} answers an
 * EPCISQueryDocument with the standard filters. The capture is done when it answers: the job it names is finished.
 */
@TenantBound
@Path("/epcis")
@Tag(name = "EPCIS")
public class EpcisResource {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CONTEXT = "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld";
    private static final int MAX_RESULTS = 1_000;

    private final CaptureEpcis epcis;
    private final Clock clock;

    EpcisResource(CaptureEpcis epcis, Clock clock) {
        this.epcis = epcis;
        this.clock = clock;
    }

    @POST
    @Path("/capture")
    @Consumes({"application/ld+json", MediaType.APPLICATION_JSON})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INTEGRATOR, Roles.ADMIN})
    @Operation(summary = "Capture an EPCIS 2.0 document (JSON-LD)", description = "Checked against GS1's EPCIS 2.0 JSON"
            + " schema; each event is archived once (an event sent again is a duplicate). ObjectEvents on packed parcels' EPCs or"
            + " barcodes, or on a pallet holding them, become timeline steps. GS1-Capture-Error-Behaviour: rollback (default,"
            + " nothing is captured when an event is wrong) or proceed (every event that can be).")
    @APIResponse(responseCode = "202", description = "Captured; the finished capture job is at Location")
    public Response capture(@HeaderParam("GS1-Capture-Error-Behaviour") String behaviour, InputStream document) {
        boolean proceed = proceed(behaviour);
        EpcisCaptureJob job = epcis.capture(document, proceed);
        return Response.status(202).location(URI.create("/epcis/capture/" + job.id())).entity(jobDocument(job)).build();
    }

    @GET
    @Path("/capture/{captureID}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INTEGRATOR, Roles.OPERATOR, Roles.ADMIN})
    @Operation(summary = "A capture job: finished, whether it succeeded, and the errors of the events it did not capture")
    @APIResponse(responseCode = "200", description = "The job")
    @APIResponse(responseCode = "404", description = "The tenant has no such capture job")
    public Response job(@PathParam("captureID") String id) {
        UUID capture = RequestValues.uuid("captureID", id, "a capture ID");
        return Response.ok(jobDocument(epcis.job(capture).orElseThrow(() -> new NotFoundException("no capture " + id)))).build();
    }

    @POST
    @Path("/events")
    @Consumes({"application/ld+json", MediaType.APPLICATION_JSON})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INTEGRATOR, Roles.ADMIN})
    @Operation(summary = "Capture one EPCIS event", description = "As a document of that one event: refused with 400 when it"
            + " cannot be captured.")
    @APIResponse(responseCode = "201", description = "Captured, at Location")
    public Response captureOne(String body) {
        JsonNode event;
        try {
            event = JSON.readTree(body == null ? "" : body);
        } catch (JsonProcessingException e) {
            throw new InvalidValueException("body", "is not JSON: " + e.getOriginalMessage());
        }
        if (event == null || !event.isObject()) {
            throw new InvalidValueException("body", "send one EPCIS event as a JSON object");
        }
        ObjectNode document = JSON.createObjectNode();
        document.set("@context", event.has("@context") ? event.get("@context") : JSON.createArrayNode().add(CONTEXT));
        document.put("type", "EPCISDocument").put("schemaVersion", "2.0").put("creationDate", clock.instant().toString());
        ObjectNode copy = event.deepCopy();
        copy.remove("@context");
        document.putObject("epcisBody").putArray("eventList").add(copy);
        EpcisCaptureJob job = epcis.capture(new ByteArrayInputStream(document.toString().getBytes(StandardCharsets.UTF_8)), false);
        if (!job.success()) {
            throw new InvalidValueException("event", String.join("; ", job.errors()).replace("event 0: ", ""));
        }
        return Response.status(201).location(URI.create("/epcis/capture/" + job.id())).entity(jobDocument(job)).build();
    }

    @GET
    @Path("/events")
    @Produces({MediaType.APPLICATION_JSON, "application/ld+json"})
    @RolesAllowed({Roles.INTEGRATOR, Roles.OPERATOR, Roles.ADMIN})
    @Operation(summary = "The tenant's EPCIS events as an EPCISQueryDocument, oldest event time first",
            description = "Filters (several values separated by | or ,): eventType, GE_eventTime, LT_eventTime, EQ_bizStep"
                    + " (bare CBV name or its URI), MATCH_epc (exact identifiers), EQ_readPoint, EQ_bizLocation; perPage (1 to"
                    + " 1000, default 100).")
    @APIResponse(responseCode = "200", description = "The events")
    public Response query(@QueryParam("eventType") String types, @QueryParam("GE_eventTime") String from,
            @QueryParam("LT_eventTime") String until, @QueryParam("EQ_bizStep") String bizSteps, @QueryParam("MATCH_epc") String epcs,
            @QueryParam("EQ_readPoint") String readPoints, @QueryParam("EQ_bizLocation") String bizLocations,
            @QueryParam("perPage") String perPage) {
        int limit = RequestValues.number("perPage", perPage, 100);
        if (limit < 1 || limit > MAX_RESULTS) {
            throw new InvalidValueException("perPage", "must be between 1 and " + MAX_RESULTS + " (got " + limit + ")");
        }
        List<CapturedEvent> events = epcis.query(new EpcisQuery(values(types), RequestValues.optionalInstant("GE_eventTime", from),
                RequestValues.optionalInstant("LT_eventTime", until), values(bizSteps).stream().map(EpcisResource::bareBizStep)
                .collect(Collectors.toSet()), values(epcs), values(readPoints), values(bizLocations), limit));
        StringBuilder out = new StringBuilder("{\"@context\":[\"" + CONTEXT + "\"],\"type\":\"EPCISQueryDocument\",\"schemaVersion\":\"2.0\","
                + "\"creationDate\":\"" + clock.instant() + "\",\"epcisBody\":{\"queryResults\":{\"queryName\":\"SimpleEventQuery\","
                + "\"resultsBody\":{\"eventList\":[");
        out.append(events.stream().map(CapturedEvent::json).collect(Collectors.joining(",")));
        out.append("]}}}}");
        return Response.ok(out.toString(), MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static boolean proceed(String behaviour) {
        if (behaviour == null || behaviour.isBlank() || behaviour.strip().equalsIgnoreCase("rollback")) {
            return false;
        }
        if (behaviour.strip().equalsIgnoreCase("proceed")) {
            return true;
        }
        throw new InvalidValueException("GS1-Capture-Error-Behaviour", InvalidValueException.quote(behaviour)
                + " is neither rollback nor proceed");
    }

    private static String bareBizStep(String step) {
        return step.replaceFirst("^urn:epcglobal:cbv:bizstep:", "").replaceFirst("^https?://ref\\.gs1\\.org/cbv/BizStep-", "");
    }

    private static Set<String> values(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(text.split("[|,]")).map(String::strip).filter(v -> !v.isEmpty()).collect(Collectors.toSet());
    }

    private static ObjectNode jobDocument(EpcisCaptureJob job) {
        ObjectNode node = JSON.createObjectNode();
        node.put("captureID", job.id().toString()).put("createdAt", job.createdAt().toString())
                .put("finishedAt", job.finishedAt().toString()).put("running", false).put("success", job.success())
                .put("captureErrorBehaviour", job.errorBehaviour()).put("captured", job.captured())
                .put("duplicates", job.duplicates()).put("onTimelines", job.onTimelines()).put("readings", job.readings());
        job.errors().forEach(node.putArray("errors")::add);
        job.warnings().forEach(node.putArray("warnings")::add);
        return node;
    }
}
