package io.waybill.adapters.rest.fakes;

import io.waybill.application.port.in.ReportDisruptions;
import io.waybill.application.shared.ReportedDisruption;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/** Reported disruptions in memory; the record itself refuses a malformed region or period, as in the application. */
@Singleton
public class InMemoryDisruptions implements ReportDisruptions {

    private final List<ReportedDisruption> reported = new CopyOnWriteArrayList<>();
    private final Clock clock;

    InMemoryDisruptions(Clock clock) {
        this.clock = clock;
    }

    public void reset() {
        reported.clear();
    }

    public List<ReportedDisruption> reported() {
        return List.copyOf(reported);
    }

    @Override
    public ReportedDisruption report(String region, String what, Instant from, Instant until, String reportedBy) {
        ReportedDisruption disruption = new ReportedDisruption(UUID.randomUUID(), ReportedDisruption.region(region), what, from, until,
                clock.instant(), reportedBy);
        reported.add(disruption);
        return disruption;
    }

    @Override
    public List<ReportedDisruption> known(Instant asOf) {
        return reported.stream().filter(d -> !d.reportedAt().isAfter(asOf) && d.until().isAfter(asOf)).toList();
    }
}
