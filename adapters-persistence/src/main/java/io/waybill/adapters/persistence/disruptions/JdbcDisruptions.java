package io.waybill.adapters.persistence.disruptions;

import io.waybill.adapters.persistence.sql.SqlWork;
import io.waybill.adapters.persistence.sql.TenantRows;
import io.waybill.application.port.out.ReportedDisruptions;
import io.waybill.application.shared.ReportedDisruption;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/** Reported disruptions in table {@code disruptions}. */
@ApplicationScoped
public class JdbcDisruptions implements ReportedDisruptions {

    private final DataSource dataSource;

    public JdbcDisruptions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    @Transactional
    public void add(ReportedDisruption d) {
        SqlWork.on(dataSource, "disruption store", c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into disruptions (id, region, what, from_at, until_at, reported_at, reported_by, tenant_id)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""")) {
                ps.setObject(1, d.id());
                ps.setString(2, d.region());
                ps.setString(3, d.what());
                ps.setTimestamp(4, Timestamp.from(d.from()));
                ps.setTimestamp(5, Timestamp.from(d.until()));
                ps.setTimestamp(6, Timestamp.from(d.reportedAt()));
                ps.setString(7, d.reportedBy());
                ps.setString(8, TenantRows.owner());
                return ps.executeUpdate();
            }
        });
    }

    @Override
    @Transactional
    public List<ReportedDisruption> known(Instant asOf) {
        return SqlWork.on(dataSource, "disruption store", c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    select id, region, what, from_at, until_at, reported_at, reported_by from disruptions
                    where until_at > ? and reported_at <= ?""" + TenantRows.and("tenant_id") + " order by from_at, id")) {
                ps.setTimestamp(1, Timestamp.from(asOf));
                ps.setTimestamp(2, Timestamp.from(asOf));
                TenantRows.bind(ps, 3);
                List<ReportedDisruption> found = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(new ReportedDisruption(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                                rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant(), rs.getTimestamp(6).toInstant(),
                                rs.getString(7)));
                    }
                }
                return found;
            }
        });
    }
}
