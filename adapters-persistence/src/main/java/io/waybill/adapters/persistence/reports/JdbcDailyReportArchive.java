package io.waybill.adapters.persistence.reports;

import io.waybill.adapters.persistence.sql.SqlWork;
import io.waybill.adapters.persistence.sql.TenantRows;
import io.waybill.application.port.out.DailyReportArchive;
import io.waybill.application.shared.DailyReport;
import io.waybill.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Daily reports in table {@code daily_reports}, one per tenant and day; a row without its HTML is a claim. */
@ApplicationScoped
public class JdbcDailyReportArchive implements DailyReportArchive {

    /** How long a claim holds before another instance may take it over (its maker died). */
    static final Duration CLAIM_HOLDS = Duration.ofMinutes(10);

    private final DataSource dataSource;

    public JdbcDailyReportArchive(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    @Transactional
    public boolean claim(DailyReport report) {
        return SqlWork.on(dataSource, "report archive", c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into daily_reports (tenant_id, day, created_at, recipients) values (?, ?, ?, ?)
                    on conflict (tenant_id, day) do update set created_at = excluded.created_at
                    where daily_reports.html is null and daily_reports.created_at < ?
                    returning day""")) {
                ps.setString(1, TenantRows.owner());
                ps.setDate(2, Date.valueOf(report.day()));
                ps.setTimestamp(3, Timestamp.from(report.createdAt()));
                ps.setArray(4, c.createArrayOf("text", report.recipients().toArray()));
                ps.setTimestamp(5, Timestamp.from(report.createdAt().minus(CLAIM_HOLDS)));
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    @Override
    @Transactional
    public void put(DailyReport report) {
        SqlWork.on(dataSource, "report archive", c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into daily_reports (tenant_id, day, created_at, subject, html, csv, recipients)
                    values (?, ?, ?, ?, ?, ?, ?)
                    on conflict (tenant_id, day) do update set created_at = excluded.created_at, subject = excluded.subject,
                        html = excluded.html, csv = excluded.csv, recipients = excluded.recipients""")) {
                ps.setString(1, TenantRows.owner());
                ps.setDate(2, Date.valueOf(report.day()));
                ps.setTimestamp(3, Timestamp.from(report.createdAt()));
                ps.setString(4, report.subject());
                ps.setString(5, report.html());
                ps.setString(6, report.csv());
                ps.setArray(7, c.createArrayOf("text", report.recipients().toArray()));
                return ps.executeUpdate();
            }
        });
    }

    @Override
    @Transactional
    public List<DailyReport.Entry> recent(int limit) {
        return SqlWork.on(dataSource, "report archive", c -> {
            try (PreparedStatement ps = c.prepareStatement("select day, created_at, subject, cardinality(recipients)"
                    + " from daily_reports where html is not null" + TenantRows.and("tenant_id") + " order by day desc limit ?")) {
                int i = TenantRows.bind(ps, 1);
                ps.setInt(i, limit);
                List<DailyReport.Entry> found = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(new DailyReport.Entry(rs.getDate(1).toLocalDate(), rs.getTimestamp(2).toInstant(),
                                rs.getString(3), rs.getInt(4)));
                    }
                }
                return found;
            }
        });
    }

    @Override
    @Transactional
    public Optional<DailyReport> of(LocalDate day) {
        return SqlWork.on(dataSource, "report archive", c -> {
            try (PreparedStatement ps = c.prepareStatement("select tenant_id, day, created_at, subject, html, csv, recipients"
                    + " from daily_reports where day = ? and html is not null" + TenantRows.and("tenant_id"))) {
                ps.setDate(1, Date.valueOf(day));
                TenantRows.bind(ps, 2);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new DailyReport(new TenantId(rs.getString(1)), rs.getDate(2).toLocalDate(),
                            rs.getTimestamp(3).toInstant(), rs.getString(4), rs.getString(5), rs.getString(6),
                            Arrays.asList((String[]) rs.getArray(7).getArray())));
                }
            }
        });
    }
}
