package io.waybill.adapters.rest.pages;

import static io.waybill.adapters.rest.pages.ConsoleAnswers.guarded;
import static io.waybill.adapters.rest.pages.ConsoleAnswers.html;
import static io.waybill.adapters.rest.pages.ConsoleAnswers.shell;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.waybill.adapters.rest.pages.ConsoleModel.Shell;
import io.waybill.adapters.rest.pages.ConsoleSessions.Session;
import io.waybill.adapters.rest.security.TenantBound;
import io.waybill.application.port.in.ReadDailyReports;
import io.waybill.application.shared.DailyReport;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The archive of the daily reports in the console: the list, each report as it was e-mailed, and its CSV. Every page
 * runs in the signed-in key's tenant; another tenant's report is as absent as a missing one.
 */
@TenantBound // a no-op here (no key identity): each page enters the session's tenant itself
@Path("/console/reports")
@Produces(MediaType.TEXT_HTML)
public class ConsoleReportsPage {

    private static final int LISTED = 90;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Shell shell, List<Line> reports);

        static native TemplateInstance missing(Shell shell, String day);
    }

    /** One report of the list. */
    record Line(String day, String made, String subject, int recipients) {
    }

    private final ConsoleSessions sessions;
    private final ReadDailyReports reports;

    ConsoleReportsPage(ConsoleSessions sessions, ReadDailyReports reports) {
        this.sessions = sessions;
        this.reports = reports;
    }

    @GET
    @PermitAll
    public Response list(@CookieParam(ConsoleSessions.COOKIE) String cookie) {
        return sessions.signedIn(cookie, "/console/reports", session -> html(200, Templates.list(shell(session, "reports"),
                reports.recent(LISTED).stream().map(e -> new Line(e.day().toString(), ConsoleModel.when(e.createdAt()),
                        e.subject(), e.recipients())).toList())));
    }

    /** The report as it was sent: its own HTML document (mail-client HTML, no script). */
    @GET
    @Path("{day}")
    @PermitAll
    public Response report(@CookieParam(ConsoleSessions.COOKIE) String cookie, @PathParam("day") String day) {
        return sessions.signedIn(cookie, "/console/reports/" + day, session -> found(session, day, r ->
                guarded(Response.ok(r.html(), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")))
                        .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'").build()));
    }

    @GET
    @Path("{day}/csv")
    @PermitAll
    @Produces("text/csv")
    public Response csv(@CookieParam(ConsoleSessions.COOKIE) String cookie, @PathParam("day") String day) {
        return sessions.signedIn(cookie, "/console/reports/" + day + "/csv", session -> found(session, day, r ->
                guarded(Response.ok(r.csv(), "text/csv; charset=utf-8"))
                        .header("Content-Disposition", "attachment; filename=\"" + r.csvName() + "\"").build()));
    }

    private Response found(Session session, String day, Function<DailyReport, Response> answer) {
        Optional<DailyReport> report;
        try {
            report = reports.of(LocalDate.parse(day));
        } catch (DateTimeParseException e) {
            report = Optional.empty();
        }
        return report.map(answer).orElseGet(() -> html(404, Templates.missing(shell(session, "reports"), day)));
    }
}
