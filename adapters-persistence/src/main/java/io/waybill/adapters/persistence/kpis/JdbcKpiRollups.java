package io.waybill.adapters.persistence.kpis;

import io.waybill.adapters.persistence.sql.SqlWork;
import io.waybill.adapters.persistence.sql.TenantRows;
import io.waybill.application.port.out.KpiRollups;
import io.waybill.application.shared.Kpis;
import io.waybill.application.shared.Kpis.Day;
import io.waybill.application.shared.Kpis.Kind;
import io.waybill.domain.kpi.Hours;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * KPI facts and daily sums with plain SQL. A changed order (queued in {@code kpi_pending} by a trigger on
 * {@code orders}) has its facts recomputed from its rows and events, and the days its facts leave or enter are marked
 * in {@code kpi_dirty_days}; a marked day's sums are then recomputed whole from the facts closed that day. So a late
 * or out-of-order event, a second refresh or a refresh that died half-way all end in the same sums.
 */
@ApplicationScoped
public class JdbcKpiRollups implements KpiRollups {

    /** The lock that keeps two instances from refreshing at once (pg_try_advisory_xact_lock). */
    private static final long LOCK = 0x5741594B5049L;

    private final DataSource dataSource;

    public JdbcKpiRollups(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    @Transactional
    public int refreshFacts(ZoneId zone, int batch) {
        return SqlWork.on(dataSource, "KPI store", c -> {
            if (!locked(c)) {
                return 0;
            }
            List<UUID> orders = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    delete from kpi_pending where order_id in (select order_id from kpi_pending limit ? for update skip locked)
                    returning order_id""")) {
                ps.setInt(1, batch);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        orders.add(rs.getObject(1, UUID.class));
                    }
                }
            }
            if (orders.isEmpty()) {
                return 0;
            }
            Array ids = c.createArrayOf("uuid", orders.toArray());
            Set<TenantDay> touched = new LinkedHashSet<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "delete from kpi_facts where order_id = any(?) returning tenant_id, closed_at")) {
                ps.setArray(1, ids);
                collectDays(ps, zone, touched);
            }
            try (PreparedStatement ps = c.prepareStatement(KpiFacts.RECOMPUTE)) {
                ps.setArray(1, ids);
                collectDays(ps, zone, touched);
            }
            markDays(c, touched);
            return orders.size();
        });
    }

    @Override
    @Transactional
    public int refreshDays(ZoneId zone, Instant now, int batch) {
        return SqlWork.on(dataSource, "KPI store", c -> {
            if (!locked(c)) {
                return 0;
            }
            String cutIn = null;
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select zone from kpi_state where id = 1")) {
                if (rs.next()) {
                    cutIn = rs.getString(1);
                }
            }
            if (!zone.getId().equals(cutIn)) {
                remarkEveryDay(c, zone);
            }
            List<TenantDay> days = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    delete from kpi_dirty_days where (tenant_id, day) in
                        (select tenant_id, day from kpi_dirty_days order by day, tenant_id limit ? for update skip locked)
                    returning tenant_id, day""")) {
                ps.setInt(1, batch);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        days.add(new TenantDay(rs.getString(1), rs.getDate(2).toLocalDate()));
                    }
                }
            }
            for (TenantDay d : days) {
                DailySums.reroll(c, d.tenant(), d.day(), zone);
            }
            try (PreparedStatement ps = c.prepareStatement("update kpi_state set refreshed_at = ? where id = 1")) {
                ps.setTimestamp(1, Timestamp.from(now));
                ps.executeUpdate();
            }
            return days.size();
        });
    }

    @Override
    @Transactional
    public List<Day> days(Kpis.Query query, Kind kind) {
        return read(query, kind, query.lane().orElse("*"), " and lane = ?");
    }

    @Override
    @Transactional
    public List<Day> laneDays(Kpis.Query query) {
        return read(query, Kind.SHIPMENT, query.lane().orElse("*"), query.lane().isPresent() ? " and lane = ?" : " and lane <> ?");
    }

    @Override
    @Transactional
    public Optional<Instant> refreshedAt() {
        return SqlWork.on(dataSource, "KPI store", c -> {
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("select refreshed_at from kpi_state where id = 1")) {
                return rs.next() && rs.getTimestamp(1) != null ? Optional.of(rs.getTimestamp(1).toInstant()) : Optional.empty();
            }
        });
    }

    private List<Day> read(Kpis.Query query, Kind kind, String lane, String laneCondition) {
        return SqlWork.on(dataSource, "KPI store", c -> {
            StringBuilder sql = new StringBuilder("""
                    select day, kind, carrier, service, lane, closed, delivered, returned, lost, with_promise, on_time,
                           first_attempt, exceptions, accurate, total_hours, fulfil_hours, transit_hours
                    from kpi_daily where day between ? and ? and kind = ?""").append(laneCondition);
            query.carrier().ifPresent(x -> sql.append(" and carrier = ?"));
            query.service().ifPresent(x -> sql.append(" and service = ?"));
            sql.append(TenantRows.and("tenant_id"));
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                int i = 1;
                ps.setDate(i++, Date.valueOf(query.from()));
                ps.setDate(i++, Date.valueOf(query.to()));
                ps.setString(i++, kind.name().toLowerCase(Locale.ROOT));
                ps.setString(i++, lane);
                if (query.carrier().isPresent()) {
                    ps.setString(i++, query.carrier().get().value());
                }
                if (query.service().isPresent()) {
                    ps.setString(i++, query.service().get().code());
                }
                TenantRows.bind(ps, i);
                List<Day> days = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        days.add(new Day(rs.getDate(1).toLocalDate(), Kind.valueOf(rs.getString(2).toUpperCase(Locale.ROOT)),
                                rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(6), rs.getLong(7), rs.getLong(8),
                                rs.getLong(9), rs.getLong(10), rs.getLong(11), rs.getLong(12), rs.getLong(13), rs.getLong(14),
                                Hours.decoded(rs.getBytes(15)), Hours.decoded(rs.getBytes(16)), Hours.decoded(rs.getBytes(17))));
                    }
                }
                return days;
            }
        });
    }

    private static boolean locked(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
            ps.setLong(1, LOCK);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private static void collectDays(PreparedStatement ps, ZoneId zone, Set<TenantDay> into) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Timestamp closed = rs.getTimestamp(2);
                if (closed != null) {
                    into.add(new TenantDay(rs.getString(1), LocalDate.ofInstant(closed.toInstant(), zone)));
                }
            }
        }
    }

    private static void markDays(Connection c, Set<TenantDay> days) throws SQLException {
        if (days.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "insert into kpi_dirty_days (tenant_id, day) values (?, ?) on conflict do nothing")) {
            for (TenantDay d : days) {
                ps.setString(1, d.tenant());
                ps.setDate(2, Date.valueOf(d.day()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void remarkEveryDay(Connection c, ZoneId zone) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate("delete from kpi_daily");
        }
        Set<TenantDay> days = new LinkedHashSet<>();
        try (PreparedStatement ps = c.prepareStatement(
                "select distinct tenant_id, date_trunc('minute', closed_at) from kpi_facts where closed_at is not null")) {
            collectDays(ps, zone, days);
        }
        markDays(c, days);
        try (PreparedStatement ps = c.prepareStatement("""
                insert into kpi_state (id, zone) values (1, ?) on conflict (id) do update set zone = excluded.zone""")) {
            ps.setString(1, zone.getId());
            ps.executeUpdate();
        }
    }

    private record TenantDay(String tenant, LocalDate day) {
    }

}
