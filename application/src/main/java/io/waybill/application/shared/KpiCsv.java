package io.waybill.application.shared;

import java.util.List;
import java.util.Locale;

/**
 * The KPI answers as CSV (RFC 4180, a header line, CRLF): one line per figure set, its scope in the first columns
 * ({@code orders}/{@code shipments} for the period, {@code carrier}, {@code day}, {@code lane}), rates as fractions.
 */
public final class KpiCsv {

    private static final String HEADER = "scope,day,carrier,service,lane,closed,delivered,returned,lost,on_time,on_time_of,"
            + "on_time_rate,first_attempt,first_attempt_of,first_attempt_rate,exceptions,exceptions_of,exception_rate,"
            + "accurate,accurate_of,accuracy_rate,order_to_delivery_median_h,order_to_delivery_p95_h,fulfilment_median_h,"
            + "fulfilment_p95_h,transit_median_h,transit_p95_h\r\n";

    private KpiCsv() {
    }

    public static String report(Kpis.Report r) {
        StringBuilder out = new StringBuilder(HEADER);
        line(out, "orders", "", "", "", r.query().lane().orElse(""), r.orders());
        line(out, "shipments", "", "", "", r.query().lane().orElse(""), r.shipments());
        for (Kpis.CarrierLine c : r.carriers()) {
            line(out, "carrier", "", c.carrier(), c.service(), r.query().lane().orElse(""), c.figures());
        }
        for (Kpis.DayLine d : r.days()) {
            line(out, "day", d.day().toString(), "", "", r.query().lane().orElse(""), d.figures());
        }
        return out.toString();
    }

    public static String lanes(List<Kpis.LaneLine> lanes) {
        StringBuilder out = new StringBuilder(HEADER);
        for (Kpis.LaneLine l : lanes) {
            line(out, "lane", "", "", "", l.lane(), l.figures());
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String scope, String day, String carrier, String service, String lane,
            Kpis.Figures f) {
        out.append(scope).append(',').append(day).append(',').append(text(carrier)).append(',').append(text(service))
                .append(',').append(lane).append(',').append(f.closed()).append(',').append(f.delivered()).append(',')
                .append(f.returned()).append(',').append(f.lost());
        rate(out, f.onTime());
        rate(out, f.firstAttempt());
        rate(out, f.exceptions());
        rate(out, f.accurate());
        durations(out, f.orderToDelivery());
        durations(out, f.fulfilment());
        durations(out, f.transit());
        out.append("\r\n");
    }

    private static void rate(StringBuilder out, Kpis.Rate r) {
        out.append(',').append(r.count()).append(',').append(r.of()).append(',')
                .append(r.rate().map(x -> String.format(Locale.ROOT, "%.4f", x)).orElse(""));
    }

    private static void durations(StringBuilder out, Kpis.Durations d) {
        out.append(',').append(d.medianHours().isPresent() ? Integer.toString(d.medianHours().getAsInt()) : "")
                .append(',').append(d.p95Hours().isPresent() ? Integer.toString(d.p95Hours().getAsInt()) : "");
    }

    /** A carrier or service code: letters, digits and dashes by their rules, quoted anyway if ever not. */
    private static String text(String value) {
        if (value.matches("[A-Za-z0-9_.-]*")) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
