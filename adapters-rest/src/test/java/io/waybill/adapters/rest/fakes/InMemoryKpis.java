package io.waybill.adapters.rest.fakes;

import io.waybill.application.port.in.ReadKpis;
import io.waybill.application.port.out.KpiRollups;
import io.waybill.application.service.KpiService;
import io.waybill.application.shared.Kpis;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The real KPI service over daily sums a test puts in place (no refresh: the sums are the test's), so the resource's
 * answers are the service's arithmetic on known rows.
 */
@Singleton
public class InMemoryKpis implements ReadKpis {

    private final List<Kpis.Day> days = new CopyOnWriteArrayList<>();
    private final KpiService service;

    InMemoryKpis(Clock clock) {
        this.service = new KpiService(new Rows(), ZoneId.of("UTC"), clock);
    }

    public void reset() {
        days.clear();
    }

    public void add(Kpis.Day day) {
        days.add(day);
    }

    @Override
    public ZoneId zone() {
        return service.zone();
    }

    @Override
    public LocalDate today() {
        return service.today();
    }

    @Override
    public Kpis.Report report(Kpis.Query query) {
        return service.report(query);
    }

    @Override
    public List<Kpis.LaneLine> lanes(Kpis.Query query) {
        return service.lanes(query);
    }

    private final class Rows implements KpiRollups {

        @Override
        public int refreshFacts(ZoneId zone, int batch) {
            return 0;
        }

        @Override
        public int refreshDays(ZoneId zone, Instant now, int batch) {
            return 0;
        }

        @Override
        public List<Kpis.Day> days(Kpis.Query query, Kpis.Kind kind) {
            String lane = query.lane().orElse("*");
            return matching(query).stream().filter(d -> d.kind() == kind && d.lane().equals(lane)).toList();
        }

        @Override
        public List<Kpis.Day> laneDays(Kpis.Query query) {
            return matching(query).stream().filter(d -> d.kind() == Kpis.Kind.SHIPMENT
                    && (query.lane().isPresent() ? d.lane().equals(query.lane().get()) : !d.lane().equals("*"))).toList();
        }

        @Override
        public Optional<Instant> refreshedAt() {
            return Optional.empty();
        }

        private List<Kpis.Day> matching(Kpis.Query q) {
            return days.stream().filter(d -> !d.day().isBefore(q.from()) && !d.day().isAfter(q.to()))
                    .filter(d -> q.carrier().map(c -> c.value().equals(d.carrier())).orElse(true))
                    .filter(d -> q.service().map(s -> s.code().equals(d.service())).orElse(true)).toList();
        }
    }
}
