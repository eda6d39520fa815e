package io.waybill.adapters.persistence.audit;

import io.waybill.adapters.persistence.sql.SqlWork;
import io.waybill.application.port.out.AuditLog;
import io.waybill.application.shared.Actor;
import io.waybill.application.shared.AuditEntry;
import io.waybill.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** The audit log in table {@code audit_log}; other stores append to it on their own connection, in their transaction. */
@ApplicationScoped
public class JdbcAuditLog implements AuditLog {

    private final DataSource dataSource;

    public JdbcAuditLog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Appends {@code e} on {@code c}: in the caller's transaction, so the change and its entry commit together. */
    public static void append(Connection c, AuditEntry e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into audit_log (at, tenant_id, actor_tenant, actor_key, action, target_type, target_id, detail)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")) {
            ps.setTimestamp(1, Timestamp.from(e.at()));
            ps.setString(2, e.tenant().value());
            ps.setString(3, e.actor().tenant().value());
            ps.setString(4, e.actor().key());
            ps.setString(5, e.action());
            ps.setString(6, e.targetType());
            ps.setString(7, e.targetId());
            ps.setString(8, e.detail());
            ps.executeUpdate();
        }
    }

    @Override
    @Transactional
    public void append(AuditEntry entry) {
        SqlWork.on(dataSource, "audit log", c -> {
            append(c, entry);
            return null;
        });
    }

    @Override
    @Transactional
    public List<AuditEntry> newestFirst(Optional<TenantId> tenant, Optional<Long> before, int limit) {
        return SqlWork.on(dataSource, "audit log", c -> {
            // the filters are fixed fragments, chosen by presence: each query can use the (tenant_id, id) index
            String sql = "select id, at, tenant_id, actor_tenant, actor_key, action, target_type, target_id, detail from audit_log"
                    + " where true" + (tenant.isPresent() ? " and tenant_id = ?" : "") + (before.isPresent() ? " and id < ?" : "")
                    + " order by id desc limit ?";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                if (tenant.isPresent()) {
                    ps.setString(i++, tenant.get().value());
                }
                if (before.isPresent()) {
                    ps.setLong(i++, before.get());
                }
                ps.setInt(i, limit);
                List<AuditEntry> entries = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        entries.add(new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), new TenantId(rs.getString(3)),
                                new Actor(new TenantId(rs.getString(4)), rs.getString(5)), rs.getString(6), rs.getString(7),
                                rs.getString(8), rs.getString(9)));
                    }
                }
                return entries;
            }
        });
    }
}
