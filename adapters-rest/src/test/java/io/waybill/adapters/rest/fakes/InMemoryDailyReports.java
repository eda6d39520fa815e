package io.waybill.adapters.rest.fakes;

import io.waybill.application.port.in.ReadDailyReports;
import io.waybill.application.shared.DailyReport;
import io.waybill.application.shared.TenantScope;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** Daily reports a test puts in place; the reads see the tenant in scope's only, as the real archive does. */
@Singleton
public class InMemoryDailyReports implements ReadDailyReports {

    private final List<DailyReport> reports = new CopyOnWriteArrayList<>();

    public void reset() {
        reports.clear();
    }

    public void add(DailyReport report) {
        reports.add(report);
    }

    @Override
    public List<DailyReport.Entry> recent(int limit) {
        return reports.stream().filter(r -> r.tenant().equals(TenantScope.requireTenant()))
                .sorted(Comparator.comparing(DailyReport::day).reversed()).limit(limit)
                .map(r -> new DailyReport.Entry(r.day(), r.createdAt(), r.subject(), r.recipients().size())).toList();
    }

    @Override
    public Optional<DailyReport> of(LocalDate day) {
        return reports.stream().filter(r -> r.tenant().equals(TenantScope.requireTenant()) && r.day().equals(day)).findFirst();
    }
}
