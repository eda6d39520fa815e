package io.waybill.bootstrap.wiring;

import io.quarkus.scheduler.Scheduled;
import io.waybill.application.port.in.ReadDailyReports;
import io.waybill.application.port.in.ReadKpis;
import io.waybill.application.port.in.SendDailyReports;
import io.waybill.application.port.in.WatchDelays;
import io.waybill.application.port.in.WorkExceptions;
import io.waybill.application.port.out.DailyReportArchive;
import io.waybill.application.port.out.ReportDocuments;
import io.waybill.application.port.out.ReportMail;
import io.waybill.application.port.out.Tenants;
import io.waybill.application.service.DailyReportService;
import io.waybill.application.shared.ExceptionQueue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The daily reports: made at {@code waybill.reports.daily.at} (local time in the KPIs' zone), e-mailed to
 * {@code waybill.reports.daily.recipients.<tenant>} (comma-separated addresses; none: archived only), checked every
 * minute; off with {@code waybill.reports.daily.enabled=false}.
 */
@ApplicationScoped
public class ReportWiring {

    private static final Logger LOG = Logger.getLogger(ReportWiring.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    @Produces
    @Singleton
    @Typed(DailyReportService.class)
    DailyReportService reports(Tenants tenants, ReadKpis kpis, WatchDelays delays, WorkExceptions exceptions,
            DailyReportArchive archive, ReportDocuments documents, ReportMail mail, Clock clock, Config config,
            @ConfigProperty(name = "waybill.reports.daily.at", defaultValue = "07:00") String at,
            @ConfigProperty(name = "waybill.reports.daily.console-url", defaultValue = "http://localhost:8080/console")
            String consoleUrl) {
        LocalTime time;
        try {
            time = LocalTime.parse(at);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("waybill.reports.daily.at must be a time of day like 07:00, not '" + at + "'", e);
        }
        DailyReportService.OpenExceptions open = new DailyReportService.OpenExceptions() {
            @Override
            public long count() {
                return exceptions.list(ExceptionQueue.Query.waiting(1)).total();
            }

            @Override
            public List<ReportDocuments.OpenException> oldest(int limit) {
                return exceptions.list(ExceptionQueue.Query.waiting(limit)).items().stream()
                        .map(e -> new ReportDocuments.OpenException(e.orderNumber(),
                                e.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '), e.reason(), WHEN.format(e.since()),
                                e.state().name().toLowerCase(Locale.ROOT)
                                        + (e.assignee() == null ? "" : ", " + e.assignee())
                                        + (e.escalationLevel() > 0 ? ", escalated " + e.escalationLevel() + "x" : "")))
                        .toList();
            }
        };
        return new DailyReportService(tenants, kpis, delays, open, archive, documents, mail,
                tenant -> config.getOptionalValue("waybill.reports.daily.recipients." + tenant.value(), String.class)
                        .map(list -> Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList())
                        .orElse(List.of()),
                time, consoleUrl, clock);
    }

    @Produces
    SendDailyReports sendDailyReports(DailyReportService service) {
        return service;
    }

    @Produces
    ReadDailyReports readDailyReports(DailyReportService service) {
        return service;
    }

    /** The check every minute: is a tenant's report of yesterday due? */
    @ApplicationScoped
    static class Schedule {

        private final SendDailyReports reports;
        private final boolean enabled;

        Schedule(SendDailyReports reports,
                @ConfigProperty(name = "waybill.reports.daily.enabled", defaultValue = "true") boolean enabled) {
            this.reports = reports;
            this.enabled = enabled;
        }

        @Scheduled(every = "1m", delayed = "20s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
        void check() {
            if (!enabled) {
                return;
            }
            try {
                int made = reports.sendDue();
                if (made > 0) {
                    LOG.infof("daily reports: %d made and sent", made);
                }
            } catch (RuntimeException e) {
                LOG.warnf(e, "daily reports: the check failed; the next one in a minute tries again");
            }
        }
    }
}
