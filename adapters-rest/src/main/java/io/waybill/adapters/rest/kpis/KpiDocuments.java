package io.waybill.adapters.rest.kpis;

import io.waybill.application.shared.Kpis;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answers of the KPI API. Rates are fractions (0.93), with the counts they are made of beside them. */
public final class KpiDocuments {

    private KpiDocuments() {
    }

    @Schema(name = "KpiRate", description = "count of of; rate = count / of, null when of is 0")
    public record RateDocument(
            @Schema(required = true) long count,
            @Schema(required = true) long of,
            @Schema(required = true, nullable = true, description = "count / of, a fraction from 0 to 1") Double rate) {

        static RateDocument of(Kpis.Rate rate) {
            return new RateDocument(rate.count(), rate.of(), rate.rate().orElse(null));
        }
    }

    @Schema(name = "KpiDurations", description = "Durations in whole hours (rounded to the nearest hour, at most 1440)")
    public record DurationsDocument(
            @Schema(required = true, description = "How many durations") long count,
            @Schema(required = true, nullable = true, description = "Median, in hours") Integer medianHours,
            @Schema(required = true, nullable = true, description = "95th percentile (nearest rank), in hours") Integer p95Hours) {

        static DurationsDocument of(Kpis.Durations d) {
            return new DurationsDocument(d.count(), d.medianHours().isPresent() ? d.medianHours().getAsInt() : null,
                    d.p95Hours().isPresent() ? d.p95Hours().getAsInt() : null);
        }
    }

    @Schema(name = "KpiFigures", description = "The figures of what closed (was delivered, returned or lost) in the period;"
            + " definitions in docs/kpis.md")
    public record FiguresDocument(
            @Schema(required = true, description = "Delivered, returned to sender or lost in the period") long closed,
            @Schema(required = true) long delivered,
            @Schema(required = true) long returned,
            @Schema(required = true) long lost,
            @Schema(required = true, description = "Delivered by the promise's latest time, of the delivered with a promise")
            RateDocument onTime,
            @Schema(required = true, description = "Delivered without a failed attempt before, of the delivered")
            RateDocument firstAttempt,
            @Schema(required = true, description = "With an exception (failed attempt, held, lost, returned), of the closed")
            RateDocument exceptions,
            @Schema(required = true, description = "Orders: shipped as ordered (lines and quantities), not damaged, not"
                    + " returned, of the delivered and returned. Shipments: delivered and not damaged")
            RateDocument accurate,
            @Schema(required = true, description = "Placed to delivered") DurationsDocument orderToDelivery,
            @Schema(required = true, description = "Placed to handed over to the carrier") DurationsDocument fulfilment,
            @Schema(required = true, description = "Handed over to delivered") DurationsDocument transit) {

        static FiguresDocument of(Kpis.Figures f) {
            return new FiguresDocument(f.closed(), f.delivered(), f.returned(), f.lost(), RateDocument.of(f.onTime()),
                    RateDocument.of(f.firstAttempt()), RateDocument.of(f.exceptions()), RateDocument.of(f.accurate()),
                    DurationsDocument.of(f.orderToDelivery()), DurationsDocument.of(f.fulfilment()),
                    DurationsDocument.of(f.transit()));
        }
    }

    @Schema(name = "KpiCarrier", description = "One carrier and service's shipments")
    public record CarrierDocument(
            @Schema(required = true) String carrier,
            @Schema(required = true) String service,
            @Schema(required = true) FiguresDocument shipments) {
    }

    @Schema(name = "KpiDay", description = "One day's orders")
    public record DayDocument(
            @Schema(required = true) LocalDate day,
            @Schema(required = true) FiguresDocument orders) {
    }

    @Schema(name = "KpiLane", description = "One lane's shipments: origin country (ZZ when unknown), destination country")
    public record LaneDocument(
            @Schema(required = true, example = "DE-FR") String lane,
            @Schema(required = true) FiguresDocument shipments) {

        static LaneDocument of(Kpis.LaneLine line) {
            return new LaneDocument(line.lane(), FiguresDocument.of(line.figures()));
        }
    }

    @Schema(name = "KpiPeriod")
    public record PeriodDocument(
            @Schema(required = true, description = "First day, included") LocalDate from,
            @Schema(required = true, description = "Last day, included") LocalDate to,
            @Schema(required = true, description = "The time zone the days are cut in", example = "UTC") String zone,
            @Schema(required = true, nullable = true) String carrier,
            @Schema(required = true, nullable = true) String service,
            @Schema(required = true, nullable = true) String lane) {

        static PeriodDocument of(Kpis.Query q, String zone) {
            return new PeriodDocument(q.from(), q.to(), zone, q.carrier().map(c -> c.value()).orElse(null),
                    q.service().map(s -> s.code()).orElse(null), q.lane().orElse(null));
        }
    }

    @Schema(name = "KpiReport", description = "A period's figures of orders and shipments, per carrier and service, per day")
    public record ReportDocument(
            @Schema(required = true) PeriodDocument period,
            @Schema(required = true, nullable = true, description = "When the stored sums were last brought up to date;"
                    + " changes since count at the next refresh") Instant upTo,
            @Schema(required = true) FiguresDocument orders,
            @Schema(required = true) FiguresDocument shipments,
            @Schema(required = true, description = "Most shipments first") List<CarrierDocument> carriers,
            @Schema(required = true, description = "Every day of the period, oldest first") List<DayDocument> days) {

        static ReportDocument of(Kpis.Report r) {
            return new ReportDocument(PeriodDocument.of(r.query(), r.zone().getId()), r.upTo().orElse(null),
                    FiguresDocument.of(r.orders()), FiguresDocument.of(r.shipments()),
                    r.carriers().stream().map(c -> new CarrierDocument(c.carrier(), c.service(), FiguresDocument.of(c.figures())))
                            .toList(),
                    r.days().stream().map(d -> new DayDocument(d.day(), FiguresDocument.of(d.figures()))).toList());
        }
    }

    @Schema(name = "KpiLanes", description = "A period's shipments per lane, the lowest on-time rate first")
    public record LanesDocument(
            @Schema(required = true) PeriodDocument period,
            @Schema(required = true) List<LaneDocument> lanes) {
    }
}
