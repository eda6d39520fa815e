package io.waybill.adapters.rest.exceptions;

import io.waybill.adapters.rest.exceptions.ExceptionDocuments.ActionRequest;
import io.waybill.adapters.rest.exceptions.ExceptionDocuments.DetailDocument;
import io.waybill.adapters.rest.exceptions.ExceptionDocuments.PageDocument;
import io.waybill.adapters.rest.problem.RequestValues;
import io.waybill.adapters.rest.security.CallerKey;
import io.waybill.adapters.rest.security.Roles;
import io.waybill.adapters.rest.security.TenantBound;
import io.waybill.application.port.in.ExceptionItemNotFoundException;
import io.waybill.application.port.in.WorkExceptions;
import io.waybill.application.shared.ExceptionQueue;
import io.waybill.domain.exceptions.ExceptionAction;
import io.waybill.domain.exceptions.ExceptionId;
import io.waybill.domain.exceptions.ExceptionKind;
import io.waybill.domain.exceptions.ExceptionState;
import io.waybill.domain.shared.InvalidValueException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The exceptions queue of the caller's tenant: everything that needs a person (held, a failed delivery attempt, lost,
 * returned, at high risk, not scanned for too long), with the deadline to acknowledge it before it escalates, and each
 * item's audit trail. Operations and admins work it; every action names the caller's key and the time.
 */
@TenantBound
@Path("/api/v1/exceptions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Exceptions")
public class ExceptionsResource {

    static final List<String> LIST_PARAMETERS = List.of("state", "kind", "page", "size");

    private final WorkExceptions exceptions;
    private final CallerKey caller;
    private final Clock clock;

    ExceptionsResource(WorkExceptions exceptions, CallerKey caller, Clock clock) {
        this.exceptions = exceptions;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    @Operation(summary = "The exceptions queue, the earliest deadline first",
            description = "Filters: state (OPEN, ACKNOWLEDGED, RESOLVED; comma-separated; default OPEN,ACKNOWLEDGED) and kind"
                    + " (AT_RISK, MISSING_SCAN, HELD, DELIVERY_ATTEMPT_FAILED, LOST, RETURNED_TO_SENDER; comma-separated; default"
                    + " all). page from 0, size 1 to 200 (default 50). An unknown parameter answers 400 naming it.")
    @APIResponse(responseCode = "200", description = "One page of the queue", content = @Content(schema = @Schema(implementation = PageDocument.class)))
    public PageDocument list(@QueryParam("state") List<String> states, @QueryParam("kind") List<String> kinds,
            @QueryParam("page") String page, @QueryParam("size") String size, @Context UriInfo uri) {
        RequestValues.onlyKnownParameters(uri, LIST_PARAMETERS);
        return PageDocument.of(exceptions.list(new ExceptionQueue.Query(values("state", states, ExceptionState.class),
                values("kind", kinds, ExceptionKind.class), RequestValues.number("page", page, 0),
                RequestValues.number("size", size, 50))), clock.instant());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    @Operation(summary = "An item of the queue with its audit trail (who did what when), oldest first")
    @APIResponse(responseCode = "200", description = "The item and its trail", content = @Content(schema = @Schema(implementation = DetailDocument.class)))
    @APIResponse(responseCode = "404", description = "No such item")
    public DetailDocument get(@PathParam("id") String id) {
        ExceptionId exception = ExceptionId.parse(id);
        return exceptions.get(exception).map(d -> DetailDocument.of(d, clock.instant()))
                .orElseThrow(() -> new ExceptionItemNotFoundException(exception));
    }

    @POST
    @Path("/{id}/actions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    @Operation(summary = "Act on an item: ACKNOWLEDGE, ASSIGN (assignee), NOTE (text) or RESOLVE (text, optional)",
            description = "Audited with your key's name and the time. Only an open item can be acknowledged, a resolved one"
                    + " can only be noted: acknowledging twice or resolving twice answers 409. With version, the action is done"
                    + " only if the item is still as you read it, else 409 and nothing is done.")
    @APIResponse(responseCode = "200", description = "Done: the item as it is now, with its trail", content = @Content(schema = @Schema(implementation = DetailDocument.class)))
    @APIResponse(responseCode = "404", description = "No such item")
    @APIResponse(responseCode = "409", description = "Not in a state that allows the action, or changed since you read it")
    public DetailDocument act(@PathParam("id") String id, ActionRequest request) {
        ExceptionId exception = ExceptionId.parse(id);
        if (request == null) {
            throw new InvalidValueException("body", "send {\"action\": \"ACKNOWLEDGE\"}, {\"action\": \"ASSIGN\", \"assignee\":"
                    + " \"Grace\"}, {\"action\": \"NOTE\", \"text\": \"...\"} or {\"action\": \"RESOLVE\", \"text\": \"...\"}");
        }
        ExceptionAction.Type action = action(request.action());
        if (request.assignee() != null && action != ExceptionAction.Type.ASSIGN) {
            throw new InvalidValueException("assignee", "is for ASSIGN only; " + action + " takes none");
        }
        if (request.text() != null && (action == ExceptionAction.Type.ACKNOWLEDGE || action == ExceptionAction.Type.ASSIGN)) {
            throw new InvalidValueException("text", "is for NOTE and RESOLVE; " + action + " takes none (add a NOTE)");
        }
        String text = action == ExceptionAction.Type.ASSIGN ? required("assignee", request.assignee()) : request.text();
        return DetailDocument.of(exceptions.act(new WorkExceptions.Act(exception, action, caller.principal().name(), text,
                request.version())), clock.instant());
    }

    private static ExceptionAction.Type action(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("action", "is required: one of " + WorkExceptions.PERSONS_ACTIONS);
        }
        return WorkExceptions.PERSONS_ACTIONS.stream().filter(t -> t.name().equalsIgnoreCase(text.strip())).findFirst()
                .orElseThrow(() -> new InvalidValueException("action", InvalidValueException.quote(text) + " is not one of "
                        + WorkExceptions.PERSONS_ACTIONS));
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, "is required for ASSIGN: who works on it");
        }
        return value;
    }

    private static <E extends Enum<E>> Set<E> values(String field, List<String> texts, Class<E> type) {
        Set<E> wanted = EnumSet.noneOf(type);
        for (String text : texts) {
            for (String part : text.split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                String name = part.strip().toUpperCase(Locale.ROOT).replace('-', '_');
                wanted.add(Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst()
                        .orElseThrow(() -> new InvalidValueException(field, InvalidValueException.quote(part.strip())
                                + " is not one of " + Arrays.toString(type.getEnumConstants()))));
            }
        }
        return wanted;
    }
}
