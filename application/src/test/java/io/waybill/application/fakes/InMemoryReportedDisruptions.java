package io.waybill.application.fakes;

import io.waybill.application.port.out.ReportedDisruptions;
import io.waybill.application.shared.ReportedDisruption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reported disruptions in memory, with the real store's query semantics. Thread-safe. */
public class InMemoryReportedDisruptions implements ReportedDisruptions {

    private final List<ReportedDisruption> all = new ArrayList<>();

    @Override
    public synchronized void add(ReportedDisruption disruption) {
        all.add(disruption);
    }

    @Override
    public synchronized List<ReportedDisruption> known(Instant asOf) {
        return all.stream().filter(d -> !d.reportedAt().isAfter(asOf) && d.until().isAfter(asOf)).toList();
    }

    /** Everything stored, to check what is (and is not) kept. */
    public synchronized List<ReportedDisruption> all() {
        return List.copyOf(all);
    }
}
