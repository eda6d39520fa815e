package io.waybill.adapters.rest.pages;

import io.waybill.application.shared.Kpis;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The KPI part of the console's overview, as plain values for its template: the tiles (each with the counts it is made
 * of, so a reader can check it), the carrier scorecard, and the daily chart as SVG bars drawn on the server (no
 * chart library: the page works without JavaScript, and the figures are in a table beside the chart).
 */
final class ConsoleKpis {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    static final int BAR = 14;
    static final int CHART_HEIGHT = 120;

    private ConsoleKpis() {
    }

    /** A figure: its id (for tests and links), label, value as shown, and what it is made of. */
    record Tile(String id, String label, String value, String detail, String tone) {
    }

    /** A carrier and service's line of the scorecard. */
    record CarrierRow(String carrier, String service, long shipments, String onTime, String medianTransit, String exceptions,
            String firstAttempt) {
    }

    /** One day's bar: on-time, late and without-a-promise deliveries stacked, heights in chart units. */
    record Bar(String day, String label, int x, long delivered, long onTime, long late, long unpromised, int onTimeY,
            int onTimeHeight, int lateY, int lateHeight, int unpromisedY, int unpromisedHeight, String rate) {
    }

    /** The KPI section: the period, the tiles, the scorecard and the chart. */
    record Section(String from, String to, String zone, String upTo, List<Tile> tiles, List<CarrierRow> carriers,
            List<Bar> bars, int chartWidth, long busiestDay, String chartSummary) {
    }

    static Section of(Kpis.Report r, long atRiskNow) {
        Kpis.Figures o = r.orders();
        List<Tile> tiles = List.of(
                new Tile("on-time", "On time", o.onTime().percent(), o.onTime().count() + " of " + o.onTime().of()
                        + " delivered orders with a promise", tone(o.onTime(), 0.95, 0.85)),
                new Tile("order-to-delivery-median", "Order to delivery, median", Kpis.readable(o.orderToDelivery().medianHours()),
                        o.orderToDelivery().count() + " delivered", "neutral"),
                new Tile("order-to-delivery-p95", "Order to delivery, P95", Kpis.readable(o.orderToDelivery().p95Hours()),
                        "95 % were delivered within this", "neutral"),
                new Tile("first-attempt", "First-attempt delivery", o.firstAttempt().percent(), o.firstAttempt().count() + " of "
                        + o.firstAttempt().of() + " delivered orders", tone(o.firstAttempt(), 0.95, 0.85)),
                new Tile("exceptions", "Exception rate", o.exceptions().percent(), o.exceptions().count() + " of "
                        + o.exceptions().of() + " closed orders", inverseTone(o.exceptions(), 0.05, 0.15)),
                new Tile("accuracy", "Order accuracy", o.accurate().percent(), o.accurate().count() + " of " + o.accurate().of()
                        + " delivered or returned orders", tone(o.accurate(), 0.98, 0.95)),
                new Tile("at-risk", "At risk now", Long.toString(atRiskNow), "shipments at medium or high risk",
                        atRiskNow == 0 ? "good" : "warn"));
        List<CarrierRow> carriers = r.carriers().stream().map(c -> new CarrierRow(c.carrier(), c.service(),
                c.figures().closed(), c.figures().onTime().percent(), Kpis.readable(c.figures().transit().medianHours()),
                c.figures().exceptions().percent(), c.figures().firstAttempt().percent())).toList();
        long busiest = Math.max(1, r.days().stream().mapToLong(d -> d.figures().delivered()).max().orElse(1));
        List<Bar> bars = new ArrayList<>();
        int x = 0;
        for (Kpis.DayLine d : r.days()) {
            Kpis.Figures f = d.figures();
            long onTime = f.onTime().count();
            long late = f.onTime().of() - onTime;
            long unpromised = f.delivered() - f.onTime().of();
            int hOn = height(onTime, busiest);
            int hLate = height(late, busiest);
            int hNone = height(unpromised, busiest);
            int yOn = CHART_HEIGHT - hOn;
            int yLate = yOn - hLate;
            bars.add(new Bar(d.day().toString(), DAY.format(d.day()), x, f.delivered(), onTime, late, unpromised, yOn, hOn, yLate,
                    hLate, yLate - hNone, hNone, f.onTime().percent()));
            x += BAR;
        }
        long delivered = r.days().stream().mapToLong(d -> d.figures().delivered()).sum();
        String summary = "Orders delivered per day from " + r.query().from() + " to " + r.query().to() + ": " + delivered
                + " in all, at most " + (busiest == 1 && delivered == 0 ? 0 : busiest) + " on one day. The table below has each day.";
        return new Section(r.query().from().toString(), r.query().to().toString(), r.zone().getId(),
                r.upTo().map(ConsoleModel::when).orElse("not yet"), tiles, carriers, bars, x, busiest, summary);
    }

    private static int height(long count, long busiest) {
        return (int) Math.round((double) count * (CHART_HEIGHT - 10) / busiest);
    }



    private static String tone(Kpis.Rate rate, double good, double fair) {
        return rate.rate().map(x -> x >= good ? "good" : x >= fair ? "warn" : "bad").orElse("neutral");
    }

    private static String inverseTone(Kpis.Rate rate, double good, double fair) {
        return rate.rate().map(x -> x <= good ? "good" : x <= fair ? "warn" : "bad").orElse("neutral");
    }
}
