package io.waybill.adapters.persistence.kpis;

import io.waybill.domain.kpi.Hours;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One day's rows of {@code kpi_daily}, recomputed whole from the facts that closed that day: a row per kind, carrier,
 * service and lane, and one per kind, carrier and service over all lanes ({@code *}).
 */
final class DailySums {

    private DailySums() {
    }

    /** One day's sums, recomputed whole from the facts closed that day. */
    static void reroll(Connection c, String tenant, LocalDate day, ZoneId zone) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("delete from kpi_daily where tenant_id = ? and day = ?")) {
            ps.setString(1, tenant);
            ps.setDate(2, Date.valueOf(day));
            ps.executeUpdate();
        }
        Map<List<String>, Sums> sums = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select kind, carrier, service, lane, placed_at, handed_over_at, closed_at, outcome, with_promise, on_time,
                       first_attempt, exception, accurate
                from kpi_facts where tenant_id = ? and closed_at >= ? and closed_at < ?""")) {
            ps.setString(1, tenant);
            ps.setTimestamp(2, Timestamp.from(day.atStartOfDay(zone).toInstant()));
            ps.setTimestamp(3, Timestamp.from(day.plusDays(1).atStartOfDay(zone).toInstant()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Fact f = new Fact(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getTimestamp(5).toInstant(), rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant(),
                            rs.getTimestamp(7).toInstant(), rs.getString(8), rs.getBoolean(9), rs.getBoolean(10),
                            rs.getBoolean(11), rs.getBoolean(12), rs.getBoolean(13));
                    sums.computeIfAbsent(List.of(f.kind, f.carrier, f.service, f.lane), k -> new Sums()).add(f);
                    sums.computeIfAbsent(List.of(f.kind, f.carrier, f.service, "*"), k -> new Sums()).add(f);
                }
            }
        }
        if (sums.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("""
                insert into kpi_daily (tenant_id, day, kind, carrier, service, lane, closed, delivered, returned, lost,
                                       with_promise, on_time, first_attempt, exceptions, accurate, total_hours, fulfil_hours,
                                       transit_hours)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (Map.Entry<List<String>, Sums> e : sums.entrySet()) {
                Sums s = e.getValue();
                ps.setString(1, tenant);
                ps.setDate(2, Date.valueOf(day));
                ps.setString(3, e.getKey().get(0));
                ps.setString(4, e.getKey().get(1));
                ps.setString(5, e.getKey().get(2));
                ps.setString(6, e.getKey().get(3));
                ps.setInt(7, s.closed);
                ps.setInt(8, s.delivered);
                ps.setInt(9, s.returned);
                ps.setInt(10, s.lost);
                ps.setInt(11, s.withPromise);
                ps.setInt(12, s.onTime);
                ps.setInt(13, s.firstAttempt);
                ps.setInt(14, s.exceptions);
                ps.setInt(15, s.accurate);
                ps.setBytes(16, s.total.encoded());
                ps.setBytes(17, s.fulfil.encoded());
                ps.setBytes(18, s.transit.encoded());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private record Fact(String kind, String carrier, String service, String lane, Instant placed, Instant handedOver,
            Instant closed, String outcome, boolean withPromise, boolean onTime, boolean firstAttempt, boolean exception,
            boolean accurate) {
    }

    /** The running sums of one kpi_daily row. */
    private static final class Sums {
        int closed, delivered, returned, lost, withPromise, onTime, firstAttempt, exceptions, accurate;
        Hours total = Hours.none(), fulfil = Hours.none(), transit = Hours.none();

        void add(Fact f) {
            closed++;
            exceptions += f.exception ? 1 : 0;
            switch (f.outcome) {
                case "DELIVERED" -> {
                    delivered++;
                    withPromise += f.withPromise ? 1 : 0;
                    onTime += f.onTime ? 1 : 0;
                    firstAttempt += f.firstAttempt ? 1 : 0;
                    accurate += f.accurate ? 1 : 0;
                    total = total.plus(Hours.of(Duration.between(f.placed, f.closed)));
                    if (f.handedOver != null) {
                        fulfil = fulfil.plus(Hours.of(Duration.between(f.placed, f.handedOver)));
                        transit = transit.plus(Hours.of(Duration.between(f.handedOver, f.closed)));
                    }
                }
                case "RETURNED_TO_SENDER" -> returned++;
                case "LOST" -> lost++;
                default -> throw new IllegalStateException("a closed fact's outcome is " + f.outcome);
            }
        }
    }
}
