package io.waybill.adapters.rest.pages;

import static io.waybill.adapters.rest.pages.ConsoleAnswers.crossSite;
import static io.waybill.adapters.rest.pages.ConsoleAnswers.html;
import static io.waybill.adapters.rest.pages.ConsoleAnswers.shell;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Multi;
import io.waybill.adapters.rest.pages.ConsoleModel.Shell;
import io.waybill.adapters.rest.pages.ConsoleSessions.Session;
import io.waybill.adapters.rest.pages.ExceptionsPageModel.Item;
import io.waybill.adapters.rest.pages.ExceptionsPageModel.Line;
import io.waybill.adapters.rest.pages.ExceptionsPageModel.Queue;
import io.waybill.adapters.rest.security.TenantBound;
import io.waybill.application.port.in.ExceptionItemChangedException;
import io.waybill.application.port.in.ExceptionItemNotFoundException;
import io.waybill.application.port.in.FollowExceptions;
import io.waybill.application.port.in.WorkExceptions;
import io.waybill.application.shared.ExceptionQueue;
import io.waybill.application.shared.TenantScope;
import io.waybill.domain.exceptions.ExceptionAction;
import io.waybill.domain.exceptions.ExceptionId;
import io.waybill.domain.exceptions.ExceptionKind;
import io.waybill.domain.exceptions.ExceptionState;
import io.waybill.domain.shared.IllegalTransitionException;
import io.waybill.domain.shared.InvalidValueException;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The console's exceptions queue: what needs a person, the earliest deadline first, and each item's page with its
 * actions (acknowledge, assign, note, resolve) and its audit trail. Forms post the session's CSRF token and are refused
 * from other sites; each action is done as the signed-in key, and answered with a redirect to the item (so a reload
 * never posts twice). Works without scripts.
 */
@TenantBound // a no-op here (no key identity): each page enters the session's tenant itself
@Path("/console/exceptions")
@Produces(MediaType.TEXT_HTML)
public class ConsoleExceptionsPage {

    private static final int SHOWN = 100;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(Shell shell, Queue q);

        static native TemplateInstance item(Shell shell, Item i);

        static native TemplateInstance missing(Shell shell, String id);
    }

    private final ConsoleSessions sessions;
    private final WorkExceptions exceptions;
    private final FollowExceptions follow;
    private final Clock clock;

    ConsoleExceptionsPage(ConsoleSessions sessions, WorkExceptions exceptions, FollowExceptions follow, Clock clock) {
        this.sessions = sessions;
        this.exceptions = exceptions;
        this.follow = follow;
        this.clock = clock;
    }

    @GET
    @PermitAll
    public Response queue(@CookieParam(ConsoleSessions.COOKIE) String cookie, @QueryParam("state") String state,
            @QueryParam("kind") String kind) {
        String here = "/console/exceptions" + query(state, kind);
        return signedIn(cookie, here, session -> {
            Optional<List<ExceptionState>> states = ExceptionsPageModel.states(state);
            Optional<List<ExceptionKind>> kinds = ExceptionsPageModel.kinds(kind);
            String problem = states.isEmpty() || kinds.isEmpty() ? "That filter is not one of those offered; showing what waits." : null;
            ExceptionQueue.Page page = exceptions.list(new ExceptionQueue.Query(Set.copyOf(states.orElse(List.of())),
                    Set.copyOf(kinds.orElse(List.of())), 0, SHOWN));
            Instant now = clock.instant();
            Queue q = new Queue(ExceptionsPageModel.stateChoices(states.isPresent() ? state : null),
                    ExceptionsPageModel.kindChoices(kinds.isPresent() ? kind : null),
                    page.items().stream().map(i -> Line.of(i, now)).toList(), page.total(), problem);
            return html(problem == null ? 200 : 400, Templates.queue(shell(session, "exceptions"), q));
        });
    }

    /**
     * Live updates of an open queue: an event {@code changed} (no data) whenever one of the tenant's items was opened or
     * changed, at most one per two seconds; the page then fetches itself again (htmx) and swaps the list.
     */
    @GET
    @Path("live")
    @PermitAll
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public Multi<OutboundSseEvent> live(@CookieParam(ConsoleSessions.COOKIE) String cookie, @Context Sse sse) {
        return ConsoleLive.signals(sessions, cookie, sse, changed -> Optional.of(follow.follow(changed)));
    }

    @GET
    @Path("{id}")
    @PermitAll
    public Response item(@CookieParam(ConsoleSessions.COOKIE) String cookie, @PathParam("id") String id,
            @QueryParam("done") String done) {
        return signedIn(cookie, "/console/exceptions/" + URLEncoder.encode(id, StandardCharsets.UTF_8), session ->
                parse(id).flatMap(exceptions::get)
                        .map(d -> html(200, Templates.item(shell(session, "exceptions"),
                                Item.of(d, clock.instant(), notice(done), null, null, null))))
                        .orElseGet(() -> missing(session, id)));
    }

    @POST
    @Path("{id}/actions")
    @PermitAll
    public Response act(@CookieParam(ConsoleSessions.COOKIE) String cookie, @PathParam("id") String id,
            @FormParam("csrf") String csrf, @FormParam("action") String action, @FormParam("assignee") String assignee,
            @FormParam("text") String text, @FormParam("version") String version, @HeaderParam("Origin") String origin,
            @HeaderParam("Sec-Fetch-Site") String fetchSite, @Context UriInfo uri) {
        String page = "/console/exceptions/" + URLEncoder.encode(id, StandardCharsets.UTF_8);
        if (crossSite(origin, fetchSite, uri)) {
            return refused("This form came from another site and was refused.");
        }
        return signedIn(cookie, page, session -> {
            if (!ConsoleSessions.csrfMatches(session, csrf)) {
                return refused("This form is out of date; reload the page.");
            }
            Optional<ExceptionId> exception = parse(id);
            if (exception.isEmpty()) {
                return missing(session, id);
            }
            try {
                ExceptionAction.Type type = type(action);
                exceptions.act(new WorkExceptions.Act(exception.get(), type, session.principal().name(),
                        type == ExceptionAction.Type.ASSIGN ? assignee : text, version(version)));
                return Response.seeOther(URI.create(page + "?done=" + type.name().toLowerCase(Locale.ROOT))).build();
            } catch (ExceptionItemNotFoundException e) {
                return missing(session, id);
            } catch (IllegalTransitionException | ExceptionItemChangedException e) {
                return again(session, exception.get(), 409, "Not done: someone else changed this item meanwhile, or its state"
                        + " does not allow that any more. Here it is as it is now.", text, assignee);
            } catch (InvalidValueException e) {
                return again(session, exception.get(), 400, "Not done: " + e.getMessage(), text, assignee);
            }
        });
    }

    /** The item's page again, with what went wrong and what the operator had typed. */
    private Response again(Session session, ExceptionId id, int status, String problem, String text, String assignee) {
        return exceptions.get(id).map(d -> html(status, Templates.item(shell(session, "exceptions"),
                Item.of(d, clock.instant(), null, problem, text, assignee)))).orElseGet(() -> missing(session, id.toString()));
    }

    private Response missing(Session session, String id) {
        return html(404, Templates.missing(shell(session, "exceptions"), id));
    }

    private static Response refused(String why) {
        return Response.status(403).type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8")).entity(why).build();
    }

    private static ExceptionAction.Type type(String action) {
        return WorkExceptions.PERSONS_ACTIONS.stream().filter(t -> t.name().equalsIgnoreCase(action == null ? "" : action.strip())).findFirst()
                .orElseThrow(() -> new InvalidValueException("action", "this form asks for nothing Waybill knows; reload the page"));
    }

    private static Long version(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidValueException("version", "this form is damaged; reload the page");
        }
    }

    private static Optional<ExceptionId> parse(String id) {
        try {
            return Optional.of(ExceptionId.parse(id));
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }

    private static String notice(String done) {
        return done == null ? null : switch (done) {
            case "acknowledge" -> "Acknowledged: it is yours now and no longer escalates.";
            case "assign" -> "Assigned.";
            case "note" -> "Note added.";
            case "resolve" -> "Resolved.";
            default -> null;
        };
    }

    private static String query(String state, String kind) {
        StringBuilder q = new StringBuilder();
        if (state != null && !state.isBlank()) {
            q.append("?state=").append(URLEncoder.encode(state, StandardCharsets.UTF_8));
        }
        if (kind != null && !kind.isBlank()) {
            q.append(q.isEmpty() ? "?" : "&").append("kind=").append(URLEncoder.encode(kind, StandardCharsets.UTF_8));
        }
        return q.toString();
    }

    private Response signedIn(String cookie, String here, Function<Session, Response> page) {
        return sessions.signedIn(cookie, here, page);
    }
}
