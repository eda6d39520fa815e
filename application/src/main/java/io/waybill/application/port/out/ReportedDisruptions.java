package io.waybill.application.port.out;

import io.waybill.application.shared.ReportedDisruption;
import java.time.Instant;
import java.util.List;

/** Reported disruptions, kept. */
public interface ReportedDisruptions {

    void add(ReportedDisruption disruption);

    /** Those reported by {@code asOf} ({@code reportedAt <= asOf}) that are not over ({@code until > asOf}). */
    List<ReportedDisruption> known(Instant asOf);
}
