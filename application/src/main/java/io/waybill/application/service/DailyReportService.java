package io.waybill.application.service;

import io.waybill.application.port.in.ReadDailyReports;
import io.waybill.application.port.in.ReadKpis;
import io.waybill.application.port.in.SendDailyReports;
import io.waybill.application.port.in.WatchDelays;
import io.waybill.application.port.out.DailyReportArchive;
import io.waybill.application.port.out.ReportDocuments.OpenException;
import io.waybill.application.port.out.ReportDocuments;
import io.waybill.application.port.out.ReportMail;
import io.waybill.application.port.out.Tenants;
import io.waybill.application.shared.AtRiskSearch;
import io.waybill.application.shared.DailyReport;
import io.waybill.application.shared.KpiCsv;
import io.waybill.application.shared.Kpis;
import io.waybill.application.shared.Tenant;
import io.waybill.application.shared.TenantScope;
import io.waybill.domain.tenant.TenantId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The daily report of each tenant: at the configured local time (in the zone the KPIs' days are cut in), yesterday's
 * figures, the last 30 days, the worst lanes of the last 7 days, the shipments at risk and the exceptions open now,
 * e-mailed as HTML with the figures as CSV attached, and archived for the console. A report is made once per tenant
 * and day: the archive's claim decides between instances, and a report is archived before it is sent, so a refused
 * mail loses nothing.
 */
public class DailyReportService implements SendDailyReports, ReadDailyReports {

    private static final System.Logger LOG = System.getLogger(DailyReportService.class.getName());
    private static final int WORST_LANES = 5;
    private static final int AT_RISK_LISTED = 10;
    private static final int EXCEPTIONS_LISTED = 20;

    /** The exceptions a person must look at, of the tenant in scope, the oldest first, and how many there are. */
    public interface OpenExceptions {
        long count();

        List<OpenException> oldest(int limit);
    }

    private final Tenants tenants;
    private final ReadKpis kpis;
    private final WatchDelays delays;
    private final OpenExceptions exceptions;
    private final DailyReportArchive archive;
    private final ReportDocuments documents;
    private final ReportMail mail;
    private final Function<TenantId, List<String>> recipients;
    private final LocalTime at;
    private final String consoleUrl;
    private final Clock clock;

    public DailyReportService(Tenants tenants, ReadKpis kpis, WatchDelays delays, OpenExceptions exceptions,
            DailyReportArchive archive, ReportDocuments documents, ReportMail mail, Function<TenantId, List<String>> recipients,
            LocalTime at, String consoleUrl, Clock clock) {
        this.tenants = tenants;
        this.kpis = kpis;
        this.delays = delays;
        this.exceptions = exceptions;
        this.archive = archive;
        this.documents = documents;
        this.mail = mail;
        this.recipients = recipients;
        this.at = at;
        this.consoleUrl = consoleUrl;
        this.clock = clock;
    }

    @Override
    public int sendDue() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, kpis.zone());
        if (now.isBefore(ZonedDateTime.of(today, at, kpis.zone()).toInstant())) {
            return 0;
        }
        LocalDate day = today.minusDays(1);
        int made = 0;
        for (Tenant tenant : TenantScope.platform(tenants::all)) {
            DailyReport claim = new DailyReport(tenant.id(), day, now, "", "", "", recipients.apply(tenant.id()));
            boolean mine = TenantScope.of(tenant.id(), () -> archive.claim(claim));
            if (mine) {
                try {
                    make(tenant, day);
                    made++;
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.WARNING, "daily report of tenant " + tenant.id().value() + " for " + day
                            + " failed; it is tried again at the next run after ten minutes", e);
                }
            }
        }
        return made;
    }

    @Override
    public DailyReport sendNow(TenantId tenant, LocalDate day) {
        Tenant known = TenantScope.platform(tenants::all).stream().filter(t -> t.id().equals(tenant)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no tenant " + tenant.value()));
        return make(known, day);
    }

    @Override
    public List<DailyReport.Entry> recent(int limit) {
        return archive.recent(limit);
    }

    @Override
    public Optional<DailyReport> of(LocalDate day) {
        return archive.of(day);
    }

    private DailyReport make(Tenant tenant, LocalDate day) {
        return TenantScope.of(tenant.id(), () -> {
            Kpis.Report ofDay = kpis.report(new Kpis.Query(day, day, null, null, null));
            Kpis.Report last30 = kpis.report(new Kpis.Query(day.minusDays(29), day, null, null, null));
            List<Kpis.LaneLine> lanes = kpis.lanes(new Kpis.Query(day.minusDays(6), day, null, null, null)).stream()
                    .filter(l -> l.figures().onTime().of() > 0).limit(WORST_LANES).toList();
            AtRiskSearch.Page risks = delays.atRisk(new AtRiskSearch.Query(null, null, null, null, null, null, 0, AT_RISK_LISTED));
            ReportDocuments.Written written = documents.write(new ReportDocuments.Facts(tenant.name(), day, ofDay, last30, lanes,
                    exceptions.count(), risks.total(), risks.items(), exceptions.oldest(EXCEPTIONS_LISTED), consoleUrl));
            String csv = KpiCsv.report(ofDay) + KpiCsv.lanes(kpis.lanes(new Kpis.Query(day, day, null, null, null)))
                    .lines().skip(1).map(line -> line + "\r\n").reduce("", String::concat);
            DailyReport report = new DailyReport(tenant.id(), day, clock.instant(), written.subject(), written.html(), csv,
                    recipients.apply(tenant.id()));
            archive.put(report);
            if (!report.recipients().isEmpty()) {
                try {
                    mail.send(report);
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.WARNING, "daily report of tenant " + tenant.id().value() + " for " + day
                            + " is archived, but its e-mail was refused: " + e.getMessage());
                }
            }
            return report;
        });
    }
}
