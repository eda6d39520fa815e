package io.waybill.application.port.in;

import io.waybill.application.shared.DailyReport;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The archive of the daily reports of the tenant in scope. */
public interface ReadDailyReports {

    /** The most recent reports first, at most {@code limit}. */
    List<DailyReport.Entry> recent(int limit);

    Optional<DailyReport> of(LocalDate day);
}
