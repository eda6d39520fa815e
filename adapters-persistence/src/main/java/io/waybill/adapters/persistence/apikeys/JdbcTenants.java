package io.waybill.adapters.persistence.apikeys;

import io.waybill.adapters.persistence.audit.JdbcAuditLog;
import io.waybill.adapters.persistence.sql.SqlWork;
import io.waybill.application.port.out.Tenants;
import io.waybill.application.shared.AuditEntry;
import io.waybill.application.shared.Tenant;
import io.waybill.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Tenants in table {@code tenants} (the default one comes with the migration); a creation commits with its entry. */
@ApplicationScoped
public class JdbcTenants implements Tenants {

    private static final String STORE = "tenant store";
    private final DataSource dataSource;

    JdbcTenants(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    @Transactional
    public boolean create(Tenant tenant, AuditEntry entry) {
        return SqlWork.on(dataSource, STORE, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into tenants (id, name, created_at) values (?, ?, ?) on conflict (id) do nothing")) {
                ps.setString(1, tenant.id().value());
                ps.setString(2, tenant.name());
                ps.setTimestamp(3, Timestamp.from(tenant.createdAt()));
                if (ps.executeUpdate() == 0) {
                    return false;
                }
            }
            JdbcAuditLog.append(c, entry);
            return true;
        });
    }

    @Override
    @Transactional
    public Optional<Tenant> byId(TenantId id) {
        return SqlWork.on(dataSource, STORE, c -> {
            try (PreparedStatement ps = c.prepareStatement("select id, name, created_at from tenants where id = ?")) {
                ps.setString(1, id.value());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(tenant(rs)) : Optional.empty();
                }
            }
        });
    }

    @Override
    @Transactional
    public List<Tenant> all() {
        return SqlWork.on(dataSource, STORE, c -> {
            try (PreparedStatement ps = c.prepareStatement("select id, name, created_at from tenants order by id");
                    ResultSet rs = ps.executeQuery()) {
                List<Tenant> tenants = new ArrayList<>();
                while (rs.next()) {
                    tenants.add(tenant(rs));
                }
                return tenants;
            }
        });
    }

    private static Tenant tenant(ResultSet rs) throws SQLException {
        return new Tenant(new TenantId(rs.getString(1)), rs.getString(2), rs.getTimestamp(3).toInstant());
    }
}
