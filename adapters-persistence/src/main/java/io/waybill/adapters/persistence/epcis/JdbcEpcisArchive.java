package io.waybill.adapters.persistence.epcis;

import io.waybill.adapters.persistence.sql.SqlWork;
import io.waybill.adapters.persistence.sql.TenantRows;
import io.waybill.application.port.out.EpcisArchive;
import io.waybill.application.shared.CapturedEvent;
import io.waybill.application.shared.EpcisQuery;
import io.waybill.application.shared.EpcisCaptureJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/** EPCIS events in {@code epcis_events}, pallets' contents in {@code epcis_aggregations}, jobs in {@code epcis_capture_jobs}. */
@ApplicationScoped
public class JdbcEpcisArchive implements EpcisArchive {

    private static final String STORE = "EPCIS archive";
    private static final String COLUMNS = "event_id, event_type, action, event_time, biz_step, disposition, read_point, biz_location,"
            + " epcs, error_declared_at, error_reason, corrective_event_ids, body::text";

    private final DataSource dataSource;

    public JdbcEpcisArchive(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    @Transactional
    public Set<String> store(List<CapturedEvent> events, Instant recordTime) {
        return SqlWork.on(dataSource, STORE, c -> {
            Set<String> fresh = new HashSet<>();
            try (PreparedStatement insert = c.prepareStatement("insert into epcis_events (tenant_id, event_id, event_type, action,"
                    + " event_time, record_time, biz_step, disposition, read_point, biz_location, epcs, error_declared_at, error_reason,"
                    + " corrective_event_ids, body) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb) on conflict do nothing");
                    PreparedStatement declare = c.prepareStatement("update epcis_events set error_declared_at = ?, error_reason = ?,"
                            + " corrective_event_ids = ?, body = ?::jsonb where event_id = ? and error_declared_at is null"
                            + TenantRows.and("tenant_id"))) {
                for (CapturedEvent e : events) {
                    insert.setString(1, TenantRows.owner());
                    insert.setString(2, e.eventId());
                    insert.setString(3, e.type());
                    insert.setString(4, e.action());
                    insert.setTimestamp(5, Timestamp.from(e.eventTime()));
                    insert.setTimestamp(6, Timestamp.from(recordTime));
                    insert.setString(7, e.bizStep());
                    insert.setString(8, e.disposition());
                    insert.setString(9, e.readPoint());
                    insert.setString(10, e.bizLocation());
                    insert.setArray(11, texts(c, e.epcs()));
                    insert.setTimestamp(12, e.errorDeclaredAt() == null ? null : Timestamp.from(e.errorDeclaredAt()));
                    insert.setString(13, e.errorReason());
                    insert.setArray(14, texts(c, e.correctiveEventIds()));
                    insert.setString(15, e.json());
                    if (insert.executeUpdate() == 1) {
                        fresh.add(e.eventId());
                    } else if (e.errorDeclaredAt() != null) { // the erroneous event sent again, declared wrong
                        declare.setTimestamp(1, Timestamp.from(e.errorDeclaredAt()));
                        declare.setString(2, e.errorReason());
                        declare.setArray(3, texts(c, e.correctiveEventIds()));
                        declare.setString(4, e.json());
                        declare.setString(5, e.eventId());
                        TenantRows.bind(declare, 6);
                        declare.executeUpdate();
                    }
                }
            }
            return fresh;
        });
    }

    @Override
    @Transactional
    public Set<String> declaredWrong(Collection<String> eventIds) {
        if (eventIds.isEmpty()) {
            return Set.of();
        }
        return SqlWork.on(dataSource, STORE, c -> {
            try (PreparedStatement ps = c.prepareStatement("select event_id from epcis_events where event_id = any (?)"
                    + " and error_declared_at is not null" + TenantRows.and("tenant_id"))) {
                ps.setArray(1, texts(c, eventIds));
                TenantRows.bind(ps, 2);
                Set<String> declared = new HashSet<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        declared.add(rs.getString(1));
                    }
                }
                return declared;
            }
        });
    }

    @Override
    @Transactional
    public void pack(String parent, Collection<String> children, Instant at) {
        SqlWork.on(dataSource, STORE, c -> {
            try (PreparedStatement ps = c.prepareStatement("insert into epcis_aggregations (tenant_id, parent, child, packed_at)"
                    + " select ?, ?, child, ? from unnest(?::varchar[]) as child where not exists (select 1 from epcis_aggregations a"
                    + " where a.tenant_id = ? and a.parent = ? and a.child = child and a.packed_at <= ?"
                    + " and (a.unpacked_at is null or a.unpacked_at > ?)) on conflict do nothing")) {
                String tenant = TenantRows.owner();
                ps.setString(1, tenant);
                ps.setString(2, parent);
                ps.setTimestamp(3, Timestamp.from(at));
                ps.setArray(4, texts(c, children));
                ps.setString(5, tenant);
                ps.setString(6, parent);
                ps.setTimestamp(7, Timestamp.from(at));
                ps.setTimestamp(8, Timestamp.from(at));
                return ps.executeUpdate();
            }
        });
    }

    @Override
    @Transactional
    public void unpack(String parent, Collection<String> children, Instant at) {
        SqlWork.on(dataSource, STORE, c -> {
            try (PreparedStatement ps = c.prepareStatement("update epcis_aggregations set unpacked_at = ? where parent = ?"
                    + " and packed_at <= ? and (unpacked_at is null or unpacked_at > ?)"
                    + (children.isEmpty() ? "" : " and child = any (?)") + TenantRows.and("tenant_id"))) {
                ps.setTimestamp(1, Timestamp.from(at));
                ps.setString(2, parent);
                ps.setTimestamp(3, Timestamp.from(at));
                ps.setTimestamp(4, Timestamp.from(at));
                int next = 5;
                if (!children.isEmpty()) {
                    ps.setArray(next++, texts(c, children));
                }
                TenantRows.bind(ps, next);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    @Transactional
    public Map<String, List<String>> contents(Collection<String> parents, Instant at) {
        if (parents.isEmpty()) {
            return Map.of();
        }
        return SqlWork.on(dataSource, STORE, c -> {
            try (PreparedStatement ps = c.prepareStatement("select parent, child from epcis_aggregations where parent = any (?)"
                    + " and packed_at <= ? and (unpacked_at is null or unpacked_at > ?)" + TenantRows.and("tenant_id")
                    + " order by parent, child")) {
                ps.setArray(1, texts(c, parents));
                ps.setTimestamp(2, Timestamp.from(at));
                ps.setTimestamp(3, Timestamp.from(at));
                TenantRows.bind(ps, 4);
                Map<String, List<String>> found = new LinkedHashMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.computeIfAbsent(rs.getString(1), p -> new ArrayList<>()).add(rs.getString(2));
                    }
                }
                return found;
            }
        });
    }

    @Override
    @Transactional
    public List<CapturedEvent> query(EpcisQuery q) {
        return SqlWork.on(dataSource, STORE, c -> {
            StringBuilder sql = new StringBuilder("select " + COLUMNS + " from epcis_events where true");
            List<Object> values = new ArrayList<>();
            any(sql, values, "event_type", q.eventTypes(), c);
            any(sql, values, "biz_step", q.bizSteps(), c);
            any(sql, values, "read_point", q.readPoints(), c);
            any(sql, values, "biz_location", q.bizLocations(), c);
            if (!q.epcs().isEmpty()) {
                sql.append(" and epcs && ?");
                values.add(texts(c, q.epcs()));
            }
            if (q.eventTimeFrom() != null) {
                sql.append(" and event_time >= ?");
                values.add(Timestamp.from(q.eventTimeFrom()));
            }
            if (q.eventTimeUntil() != null) {
                sql.append(" and event_time < ?");
                values.add(Timestamp.from(q.eventTimeUntil()));
            }
            sql.append(TenantRows.and("tenant_id")).append(" order by event_time, event_id limit ?");
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                int i = 1;
                for (Object v : values) {
                    ps.setObject(i++, v);
                }
                i = TenantRows.bind(ps, i);
                ps.setInt(i, q.limit());
                List<CapturedEvent> found = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(event(rs));
                    }
                }
                return found;
            }
        });
    }

    @Override
    @Transactional
    public void save(EpcisCaptureJob job) {
        SqlWork.on(dataSource, STORE, c -> {
            try (PreparedStatement ps = c.prepareStatement("insert into epcis_capture_jobs (id, tenant_id, created_at, finished_at,"
                    + " error_behaviour, success, captured, duplicates, on_timelines, errors, readings, warnings)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setObject(1, job.id());
                ps.setString(2, TenantRows.owner());
                ps.setTimestamp(3, Timestamp.from(job.createdAt()));
                ps.setTimestamp(4, Timestamp.from(job.finishedAt()));
                ps.setString(5, job.errorBehaviour());
                ps.setBoolean(6, job.success());
                ps.setInt(7, job.captured());
                ps.setInt(8, job.duplicates());
                ps.setInt(9, job.onTimelines());
                ps.setArray(10, texts(c, job.errors()));
                ps.setInt(11, job.readings());
                ps.setArray(12, texts(c, job.warnings()));
                return ps.executeUpdate();
            }
        });
    }

    @Override
    @Transactional
    public Optional<EpcisCaptureJob> job(UUID id) {
        return SqlWork.on(dataSource, STORE, c -> {
            try (PreparedStatement ps = c.prepareStatement("select id, created_at, finished_at, error_behaviour, success, captured,"
                    + " duplicates, on_timelines, errors, readings, warnings from epcis_capture_jobs where id = ?"
                    + TenantRows.and("tenant_id"))) {
                ps.setObject(1, id);
                TenantRows.bind(ps, 2);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new EpcisCaptureJob(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(),
                            rs.getTimestamp(3).toInstant(), rs.getString(4), rs.getBoolean(5), rs.getInt(6), rs.getInt(7), rs.getInt(8),
                            rs.getInt(10), strings(rs.getArray(9)), strings(rs.getArray(11)))) : Optional.empty();
                }
            }
        });
    }

    private static void any(StringBuilder sql, List<Object> values, String column, Set<String> wanted, Connection c)
            throws SQLException {
        if (!wanted.isEmpty()) {
            sql.append(" and ").append(column).append(" = any (?)");
            values.add(texts(c, wanted));
        }
    }

    private static CapturedEvent event(ResultSet rs) throws SQLException {
        Timestamp declared = rs.getTimestamp(10);
        List<String> epcs = strings(rs.getArray(9));
        return new CapturedEvent(rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(), (ZoneOffset) null,
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), epcs, null, List.of(), epcs,
                declared == null ? null : declared.toInstant(), rs.getString(11), strings(rs.getArray(12)), rs.getString(13),
                List.of(), List.of());
    }

    private static Array texts(Connection c, Collection<String> values) throws SQLException {
        return c.createArrayOf("text", values.toArray());
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
