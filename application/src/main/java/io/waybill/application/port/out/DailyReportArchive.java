package io.waybill.application.port.out;

import io.waybill.application.shared.DailyReport;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Daily reports, kept (the reads are the tenant's in scope). */
public interface DailyReportArchive {

    /**
     * Claims the tenant's report of the day before it is made, so that of two instances only one makes it.
     *
     * @return false when it is claimed or made already
     */
    boolean claim(DailyReport report);

    /** Stores the report, replacing a claimed or earlier one of the same tenant and day. */
    void put(DailyReport report);

    List<DailyReport.Entry> recent(int limit);

    Optional<DailyReport> of(LocalDate day);
}
