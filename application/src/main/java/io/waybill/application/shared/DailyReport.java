package io.waybill.application.shared;

import io.waybill.domain.tenant.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A tenant's daily report of one day, as it was sent and archived: the subject and the HTML body of the e-mail, the
 * CSV attached, to whom it went and when it was made.
 */
public record DailyReport(TenantId tenant, LocalDate day, Instant createdAt, String subject, String html, String csv,
        List<String> recipients) {

    public DailyReport {
        recipients = List.copyOf(recipients);
    }

    /** The attachment's file name. */
    public String csvName() {
        return "waybill-report-" + tenant.value() + "-" + day + ".csv";
    }

    /** A line of the archive's list. */
    public record Entry(LocalDate day, Instant createdAt, String subject, int recipients) {
    }
}
