package io.waybill.adapters.notifications.reports;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.waybill.application.port.out.ReportDocuments;
import io.waybill.application.shared.Kpis;
import io.waybill.application.shared.ShipmentPrediction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Writes the daily report's e-mail: the day's figures beside the last 30 days', the worst lanes of the week, the
 * exceptions open and the shipments at risk, as an HTML table layout that mail clients render (inline styles, no
 * script, no image). Written for the shipper's operations staff; it names orders by number, never customers.
 */
@ApplicationScoped
public class ReportEmail implements ReportDocuments {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    @CheckedTemplate(basePath = "reports")
    static class Templates {
        static native TemplateInstance daily(View v);
    }

    /** One line of figures: a label, the day's value and the last 30 days'. */
    record Line(String label, String day, String month) {
    }

    record LaneRow(String lane, long shipments, String onTime, String medianTransit) {
    }

    record RiskRow(String orderNumber, String carrier, String level, String reasons, String p90, String promised) {
    }

    record View(String tenant, String day, String zone, List<Line> lines, List<LaneRow> lanes, long needsAttention,
            List<OpenException> exceptions, long atRisk, List<RiskRow> risks, String consoleUrl) {
    }

    @Override
    public Written write(Facts f) {
        Kpis.Figures d = f.dayFigures().orders();
        Kpis.Figures m = f.last30().orders();
        List<Line> lines = List.of(
                new Line("Orders delivered", Long.toString(d.delivered()), Long.toString(m.delivered())),
                new Line("On time", d.onTime().percent(), m.onTime().percent()),
                new Line("Order to delivery, median", Kpis.readable(d.orderToDelivery().medianHours()), Kpis.readable(m.orderToDelivery().medianHours())),
                new Line("Order to delivery, P95", Kpis.readable(d.orderToDelivery().p95Hours()), Kpis.readable(m.orderToDelivery().p95Hours())),
                new Line("First-attempt delivery", d.firstAttempt().percent(), m.firstAttempt().percent()),
                new Line("Exception rate", d.exceptions().percent(), m.exceptions().percent()),
                new Line("Order accuracy", d.accurate().percent(), m.accurate().percent()),
                new Line("Returned to sender", Long.toString(d.returned()), Long.toString(m.returned())),
                new Line("Lost", Long.toString(d.lost()), Long.toString(m.lost())));
        List<LaneRow> lanes = f.worstLanes().stream().map(l -> new LaneRow(l.lane(), l.figures().closed(),
                l.figures().onTime().percent(), Kpis.readable(l.figures().transit().medianHours()))).toList();
        List<RiskRow> risks = f.atRiskFirst().stream().map(ReportEmail::risk).toList();
        String html = Templates.daily(new View(f.tenantName(), f.day().toString(), f.dayFigures().zone().getId(), lines, lanes,
                f.needsAttention(), f.openExceptions(), f.atRisk(), risks, f.consoleUrl())).render();
        String subject = "Waybill daily report " + f.day() + " · " + f.tenantName() + ": " + d.delivered() + " delivered, "
                + d.onTime().percent() + " on time, " + f.needsAttention() + " open exceptions";
        return new Written(subject, html);
    }

    private static RiskRow risk(ShipmentPrediction p) {
        return new RiskRow(p.orderNumber(), p.carrier() + " " + p.service(), p.riskLevel(), String.join("; ", p.reasons()),
                when(p.p90()), when(p.promisedLatest()));
    }

    private static String when(Instant at) {
        return at == null ? "—" : WHEN.format(at);
    }


}
