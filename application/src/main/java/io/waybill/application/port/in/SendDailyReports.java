package io.waybill.application.port.in;

import io.waybill.application.shared.DailyReport;
import io.waybill.domain.tenant.TenantId;
import java.time.LocalDate;

/** The daily reports: made, archived and e-mailed once per tenant and day, at the configured local time. */
public interface SendDailyReports {

    /**
     * Makes, archives and sends yesterday's report of every tenant whose report time has come today and who has none
     * yet (the platform's background work; a report is made once, however often this runs and on however many
     * instances).
     *
     * @return how many reports were made
     */
    int sendDue();

    /** Makes (or remakes) one tenant's report of {@code day}, archives it and sends it; for operations' re-runs. */
    DailyReport sendNow(TenantId tenant, LocalDate day);
}
