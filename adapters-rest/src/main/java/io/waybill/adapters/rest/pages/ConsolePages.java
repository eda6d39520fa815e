package io.waybill.adapters.rest.pages;

import static io.waybill.adapters.rest.pages.ConsoleAnswers.crossSite;
import static io.waybill.adapters.rest.pages.ConsoleAnswers.html;
import static io.waybill.adapters.rest.pages.ConsoleAnswers.secure;
import static io.waybill.adapters.rest.pages.ConsoleAnswers.shell;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.waybill.adapters.rest.pages.ConsoleModel.Found;
import io.waybill.adapters.rest.pages.ConsoleModel.Group;
import io.waybill.adapters.rest.pages.ConsoleModel.OrderPage;
import io.waybill.adapters.rest.pages.ConsoleModel.Overview;
import io.waybill.adapters.rest.pages.ConsoleModel.RiskLine;
import io.waybill.adapters.rest.pages.ConsoleModel.Shell;
import io.waybill.adapters.rest.pages.ConsoleModel.StatusGroup;
import io.waybill.adapters.rest.pages.ConsoleSessions.Session;
import io.waybill.adapters.rest.security.TenantBound;
import io.waybill.application.port.in.GetOrder;
import io.waybill.application.port.in.ListOrderMessages;
import io.waybill.application.port.in.ReadKpis;
import io.waybill.application.port.in.SearchOrders;
import io.waybill.application.port.in.WatchDelays;
import io.waybill.application.shared.AtRiskSearch;
import io.waybill.application.shared.KpiCsv;
import io.waybill.application.shared.Kpis;
import io.waybill.application.shared.OrderSearch;
import io.waybill.application.shared.TenantScope;
import io.waybill.domain.order.CarrierTrackingNumber;
import io.waybill.domain.order.OrderId;
import io.waybill.domain.order.OrderStatus;
import io.waybill.domain.shared.InvalidValueException;
import io.waybill.domain.tracking.TrackingId;
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
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The operations console: sign-in with an operator's key (posted once in a form, never in a URL; a signed session
 * cookie from then on, see {@link ConsoleSessions}), an overview of the tenant's orders and of the shipments at risk,
 * find by order number, tracking ID, carrier tracking number or customer e-mail, and the order page. Every page runs in
 * the signed-in key's tenant; a page asked for without a session redirects to the sign-in, which comes back.
 */
@TenantBound // a no-op here (no key identity): each page enters the session's tenant itself
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ConsolePages {

    private static final int RISKS_SHOWN = 15;
    private static final int FOUND_SHOWN = 50;
    private static final int MESSAGES_SHOWN = 100;
    /** The statuses of the groups counted whole: all but delivered and cancelled, which are counted per period. */
    private static final Set<OrderStatus> OPEN_STATUSES = Arrays.stream(Group.values())
            .filter(g -> g != Group.DELIVERED && g != Group.CANCELLED).flatMap(g -> g.statuses.stream())
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(OrderStatus.class)));

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signIn(String next, String problem);

        static native TemplateInstance overview(Shell shell, Overview o, ConsoleKpis.Section k, String problem);

        static native TemplateInstance find(Shell shell, String q, List<Found> found, String problem);

        static native TemplateInstance order(Shell shell, OrderPage o, List<ConsoleModel.MessageRow> messages);
    }

    private final ConsoleSessions sessions;
    private final SearchOrders search;
    private final GetOrder orders;
    private final WatchDelays delays;
    private final ReadKpis kpis;
    private final ListOrderMessages messages;
    private final long refreshSeconds;

    ConsolePages(ConsoleSessions sessions, SearchOrders search, GetOrder orders, WatchDelays delays, ReadKpis kpis,
            ListOrderMessages messages,
            @ConfigProperty(name = "waybill.console.overview.refresh", defaultValue = "PT30S") Duration refresh) {
        this.messages = messages;
        this.refreshSeconds = Math.max(1, refresh.toSeconds());
        this.sessions = sessions;
        this.search = search;
        this.orders = orders;
        this.delays = delays;
        this.kpis = kpis;
    }

    /** The front door: the console (which asks for a sign-in first). */
    @GET
    @PermitAll
    public Response root() {
        return Response.seeOther(URI.create("/console")).build();
    }

    @GET
    @Path("console/sign-in")
    @PermitAll
    public Response signInForm(@QueryParam("next") String next) {
        return html(200, Templates.signIn(safeNext(next), null));
    }

    @POST
    @Path("console/sign-in")
    @PermitAll
    public Response signIn(@FormParam("key") String key, @FormParam("next") String next, @HeaderParam("Origin") String origin,
            @HeaderParam("Sec-Fetch-Site") String fetchSite, @Context UriInfo uri) {
        if (crossSite(origin, fetchSite, uri)) {
            return html(403, Templates.signIn(safeNext(next), "This sign-in came from another site and was refused."));
        }
        return sessions.open(key, secure(uri))
                .map(cookie -> Response.seeOther(URI.create(safeNext(next))).cookie(cookie).build())
                .orElseGet(() -> html(401, Templates.signIn(safeNext(next),
                        "That key is unknown, revoked or expired, or it is an integrator's key (the console is for operators"
                                + " and admins).")));
    }

    @POST
    @Path("console/sign-out")
    @PermitAll
    public Response signOut(@CookieParam(ConsoleSessions.COOKIE) String cookie, @FormParam("csrf") String csrf,
            @Context UriInfo uri) {
        Optional<Session> session = sessions.current(cookie);
        if (session.isPresent() && !ConsoleSessions.csrfMatches(session.get(), csrf)) {
            return Response.status(403).type(MediaType.TEXT_PLAIN).entity("This form is out of date; reload the page.").build();
        }
        return Response.seeOther(URI.create("/console/sign-in")).cookie(sessions.closed(secure(uri))).build();
    }

    @GET
    @Path("console")
    @PermitAll
    public Response overview(@CookieParam(ConsoleSessions.COOKIE) String cookie, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return signedIn(cookie, "/console", session -> {
            String problem = null;
            Kpis.Query period;
            try {
                period = Kpis.Query.of(from, to, null, null, null, kpis.today());
            } catch (InvalidValueException e) {
                problem = e.getMessage();
                period = Kpis.Query.of(null, null, null, null, null, kpis.today());
            }
            Kpis.Report report = kpis.report(period);
            // the open orders are counted whole (they are few); delivered and cancelled ones within the period, since
            // counting every order ever delivered would grow with the history and tell an operator nothing
            Map<OrderStatus, Long> counts = search.countByStatus(OPEN_STATUSES);
            List<StatusGroup> groups = new ArrayList<>();
            long open = 0;
            for (Group g : Group.values()) {
                long count;
                String label = g.label;
                if (g == Group.DELIVERED) {
                    count = report.orders().delivered();
                    label = g.label + " in the period";
                } else if (g == Group.CANCELLED) {
                    count = search.search(new OrderSearch.Query(g.statuses, period.from().atStartOfDay(kpis.zone()).toInstant(),
                            period.to().plusDays(1).atStartOfDay(kpis.zone()).toInstant(), null, 0, 1)).total();
                    label = g.label + ", placed in the period";
                } else {
                    count = g.statuses.stream().mapToLong(st -> counts.getOrDefault(st, 0L)).sum();
                    open += count;
                }
                groups.add(new StatusGroup(label, count, g.tone));
            }
            AtRiskSearch.Page risks = delays.atRisk(new AtRiskSearch.Query(null, null, null, null, null, null, 0, RISKS_SHOWN));
            return html(problem == null ? 200 : 400, Templates.overview(shell(session, "overview"),
                    new Overview(groups, open, risks.total(), risks.items().stream().map(RiskLine::of).toList(), refreshSeconds),
                    ConsoleKpis.of(report, risks.total()), problem));
        });
    }

    /** The overview's KPIs of a period as CSV, for a spreadsheet (the API's CSV, with the console's session). */
    @GET
    @Path("console/kpis.csv")
    @PermitAll
    @Produces("text/csv")
    public Response kpisCsv(@CookieParam(ConsoleSessions.COOKIE) String cookie, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return signedIn(cookie, "/console", session -> {
            Kpis.Report report = kpis.report(Kpis.Query.of(from, to, null, null, null, kpis.today()));
            return Response.ok(KpiCsv.report(report), "text/csv; charset=utf-8").header("Content-Disposition",
                    "attachment; filename=\"kpis-" + report.query().from() + "-" + report.query().to() + ".csv\"").build();
        });
    }

    @GET
    @Path("console/find")
    @PermitAll
    public Response find(@CookieParam(ConsoleSessions.COOKIE) String cookie, @QueryParam("q") String q) {
        String query = q == null ? "" : q.strip();
        String here = "/console/find" + (query.isEmpty() ? "" : "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        return signedIn(cookie, here, session -> {
            if (query.isEmpty()) {
                return html(200, Templates.find(shell(session, "find"), "", List.of(), null));
            }
            if (query.length() > 254) {
                return html(400, Templates.find(shell(session, "find"), "", List.of(),
                        "That is longer than any order number, tracking ID or e-mail address (at most 254 characters)."));
            }
            Map<String, Found> found = new LinkedHashMap<>();
            for (OrderSearch.Lookup lookup : lookups(query)) {
                search.search(new OrderSearch.Query(null, null, null, null, 0, FOUND_SHOWN, lookup)).items()
                        .forEach(s -> found.putIfAbsent(s.id().value().toString(), Found.of(s)));
            }
            if (found.size() == 1) {
                return Response.seeOther(URI.create("/console/orders/" + found.keySet().iterator().next())).build();
            }
            return html(200, Templates.find(shell(session, "find"), query, List.copyOf(found.values()), null));
        });
    }

    @GET
    @Path("console/orders/{id}")
    @PermitAll
    public Response order(@CookieParam(ConsoleSessions.COOKIE) String cookie, @PathParam("id") String id) {
        return signedIn(cookie, "/console/orders/" + id, session -> {
            OrderId orderId;
            try {
                orderId = OrderId.parse(id);
            } catch (InvalidValueException e) {
                return html(404, Templates.find(shell(session, "find"), id, List.of(), "There is no order " + id + "."));
            }
            return orders.get(orderId)
                    .map(order -> html(200, Templates.order(shell(session, "find"), ConsoleModel.orderPage(order,
                            s -> delays.prediction(s.getId()), s -> delays.history(s.getId())),
                            messages.of(orderId, MESSAGES_SHOWN).stream().map(ConsoleModel.MessageRow::of).toList())))
                    .orElseGet(() -> html(404, Templates.find(shell(session, "find"), "", List.of(),
                            "There is no order " + id + " (or it is another tenant's).")));
        });
    }

    /**
     * Each way the text may name an order: an e-mail address (it has an {@code @}), else a tracking ID if it reads as
     * one, an order number and a carrier tracking number.
     */
    private static List<OrderSearch.Lookup> lookups(String q) {
        List<OrderSearch.Lookup> lookups = new ArrayList<>();
        if (q.contains("@")) {
            lookups.add(new OrderSearch.Lookup(null, null, null, q));
            return lookups;
        }
        try {
            lookups.add(new OrderSearch.Lookup(null, TrackingId.parse(q), null, null));
        } catch (InvalidValueException e) {
            // not a tracking ID: an order number or a carrier's number
        }
        if (q.length() <= 64) {
            lookups.add(new OrderSearch.Lookup(q, null, null, null));
        }
        try {
            lookups.add(new OrderSearch.Lookup(null, null, new CarrierTrackingNumber(q), null));
        } catch (InvalidValueException e) {
            // not a carrier's number either
        }
        return lookups;
    }

    private Response signedIn(String cookie, String here, Function<Session, Response> page) {
        return sessions.signedIn(cookie, here, page);
    }

    /** Only a path of the console itself: a sign-in must not send the operator to another site. */
    private static String safeNext(String next) {
        if (next == null || !next.startsWith("/console") || next.startsWith("/console/sign-") || next.contains("//")
                || next.contains("\\") || next.length() > 300) {
            return "/console";
        }
        return next;
    }
}
