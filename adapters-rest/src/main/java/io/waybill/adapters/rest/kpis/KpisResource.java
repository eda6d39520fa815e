package io.waybill.adapters.rest.kpis;

import io.waybill.adapters.rest.security.Roles;
import io.waybill.adapters.rest.security.TenantBound;
import io.waybill.application.port.in.ReadKpis;
import io.waybill.application.shared.KpiCsv;
import io.waybill.application.shared.Kpis;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Key performance figures of the caller's tenant: on-time rate, first-attempt rate, exception rate, order accuracy,
 * order-to-delivery and its stages, per carrier and service, per day and per lane (definitions: docs/kpis.md). Read
 * from daily sums kept up to date by a refresh every 30 s, so any period answers from a few hundred rows.
 */
@TenantBound
@Path("/api/v1/kpis")
@Tag(name = "KPIs")
public class KpisResource {

    static final String CSV = "text/csv";

    private final ReadKpis kpis;

    KpisResource(ReadKpis kpis) {
        this.kpis = kpis;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    @Operation(summary = "A period's KPIs: of orders, of shipments, per carrier and service, and per day",
            description = "from and to are days (2026-11-30), both included, in the zone the figures are cut in"
                    + " (waybill.kpis.zone); without them, the last 30 days up to today. Filters: carrier, service, lane"
                    + " (DE-FR). What counts in a period is what closed in it: delivered, returned to sender or lost."
                    + " Accept: text/csv answers the same figures as CSV, a line per scope.")
    @APIResponse(responseCode = "200", description = "The figures",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = KpiDocuments.ReportDocument.class)),
                    @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING))})
    public Response report(@Parameter(description = "First day, included (2026-11-01)") @QueryParam("from") String from,
            @Parameter(description = "Last day, included (2026-11-30)") @QueryParam("to") String to,
            @QueryParam("carrier") String carrier, @QueryParam("service") String service,
            @Parameter(description = "Origin and destination country, like DE-FR (ZZ: origin unknown)") @QueryParam("lane") String lane,
            @Context HttpHeaders headers) {
        Kpis.Report report = kpis.report(Kpis.Query.of(from, to, carrier, service, lane, kpis.today()));
        if (wantsCsv(headers)) {
            return Response.ok(KpiCsv.report(report), CSV + "; charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=\"kpis-" + report.query().from() + "-"
                            + report.query().to() + ".csv\"").build();
        }
        return Response.ok(KpiDocuments.ReportDocument.of(report), MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/lanes")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    @Operation(summary = "A period's shipment KPIs per lane, the lowest on-time rate first",
            description = "The same period and filters as GET /api/v1/kpis; with a lane, that lane only.")
    @APIResponse(responseCode = "200", description = "The lanes",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = KpiDocuments.LanesDocument.class)),
                    @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING))})
    public Response lanes(@Parameter(description = "First day, included (2026-11-01)") @QueryParam("from") String from,
            @Parameter(description = "Last day, included (2026-11-30)") @QueryParam("to") String to,
            @QueryParam("carrier") String carrier, @QueryParam("service") String service,
            @Parameter(description = "Origin and destination country, like DE-FR (ZZ: origin unknown)") @QueryParam("lane") String lane,
            @Context HttpHeaders headers) {
        Kpis.Query query = Kpis.Query.of(from, to, carrier, service, lane, kpis.today());
        List<Kpis.LaneLine> lanes = kpis.lanes(query);
        if (wantsCsv(headers)) {
            return Response.ok(KpiCsv.lanes(lanes), CSV + "; charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=\"kpi-lanes-" + query.from() + "-" + query.to()
                            + ".csv\"").build();
        }
        return Response.ok(new KpiDocuments.LanesDocument(KpiDocuments.PeriodDocument.of(query, kpis.zone().getId()), lanes.stream().map(KpiDocuments.LaneDocument::of).toList()),
                MediaType.APPLICATION_JSON).build();
    }

    /** CSV when the caller prefers it to JSON (a browser's or curl's wildcard gets JSON). */
    private static boolean wantsCsv(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isWildcardType()) {
                return false;
            }
            if ("text".equals(type.getType()) && "csv".equals(type.getSubtype())) {
                return true;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
        }
        return false;
    }
}
