package io.waybill.application.service;

import io.waybill.application.port.in.ReadKpis;
import io.waybill.application.port.in.RefreshKpis;
import io.waybill.application.port.out.KpiRollups;
import io.waybill.application.shared.Kpis;
import io.waybill.application.shared.Kpis.CarrierLine;
import io.waybill.application.shared.Kpis.Day;
import io.waybill.application.shared.Kpis.DayLine;
import io.waybill.application.shared.Kpis.Figures;
import io.waybill.application.shared.Kpis.Kind;
import io.waybill.application.shared.Kpis.LaneLine;
import io.waybill.application.shared.TenantScope;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * KPIs from the stored daily sums: a report adds up the days of its period (a dashboard over a million orders reads a
 * few hundred rows), and the refresh brings the sums up to date, batch by batch, from the orders changed since.
 */
public class KpiService implements ReadKpis, RefreshKpis {

    private static final int FACT_BATCH = 2_000;
    private static final int DAY_BATCH = 50;

    private final KpiRollups rollups;
    private final ZoneId zone;
    private final Clock clock;

    public KpiService(KpiRollups rollups, ZoneId zone, Clock clock) {
        this.rollups = rollups;
        this.zone = zone;
        this.clock = clock;
    }

    @Override
    public ZoneId zone() {
        return zone;
    }

    @Override
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    @Override
    public Kpis.Report report(Kpis.Query query) {
        List<Day> orders = rollups.days(query, Kind.ORDER);
        List<Day> shipments = rollups.days(query, Kind.SHIPMENT);
        Map<String, List<Day>> byCarrier = new TreeMap<>();
        for (Day d : shipments) {
            byCarrier.computeIfAbsent(d.carrier() + "\u0000" + d.service(), k -> new ArrayList<>()).add(d);
        }
        List<CarrierLine> carriers = byCarrier.values().stream()
                .map(days -> new CarrierLine(days.getFirst().carrier(), days.getFirst().service(), Figures.of(days)))
                .sorted(Comparator.comparingLong((CarrierLine c) -> -c.figures().closed())
                        .thenComparing(CarrierLine::carrier).thenComparing(CarrierLine::service))
                .toList();
        Map<LocalDate, List<Day>> byDay = orders.stream().collect(Collectors.groupingBy(Day::day));
        List<DayLine> days = new ArrayList<>();
        for (LocalDate d = query.from(); !d.isAfter(query.to()); d = d.plusDays(1)) {
            days.add(new DayLine(d, Figures.of(byDay.getOrDefault(d, List.of()))));
        }
        return new Kpis.Report(query, zone, rollups.refreshedAt(), Figures.of(orders), Figures.of(shipments), carriers, days);
    }

    @Override
    public List<LaneLine> lanes(Kpis.Query query) {
        Map<String, List<Day>> byLane = new LinkedHashMap<>();
        for (Day d : rollups.laneDays(query)) {
            byLane.computeIfAbsent(d.lane(), k -> new ArrayList<>()).add(d);
        }
        return byLane.entrySet().stream().map(e -> new LaneLine(e.getKey(), Figures.of(e.getValue())))
                .sorted(Comparator.comparingDouble((LaneLine l) -> l.figures().onTime().rate().orElse(2.0))
                        .thenComparingLong(l -> -l.figures().closed()).thenComparing(LaneLine::lane))
                .toList();
    }

    @Override
    public int refresh() {
        try (TenantScope.Entered platform = TenantScope.enterPlatform()) {
            int orders = 0;
            int done;
            do {
                done = rollups.refreshFacts(zone, FACT_BATCH);
                orders += done;
            } while (done == FACT_BATCH);
            while (rollups.refreshDays(zone, clock.instant(), DAY_BATCH) == DAY_BATCH) {
                // the next batch of days
            }
            return orders;
        }
    }
}
