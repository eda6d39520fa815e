package io.waybill.adapters.persistence.alerts;

import io.waybill.adapters.persistence.sql.SqlWork;
import io.waybill.adapters.persistence.sql.TenantRows;
import io.waybill.application.port.out.AlertSettings;
import io.waybill.domain.exceptions.ExceptionId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/** Tables {@code tenant_alerts} and {@code exception_alerts}; row-level security keeps each row to its tenant. */
@ApplicationScoped
public class JdbcAlertSettings implements AlertSettings {

    private static final String STORE = "alert settings store";

    private final DataSource dataSource;

    public JdbcAlertSettings(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    @Transactional
    public Optional<String> conditionEmail() {
        return SqlWork.on(dataSource, STORE, c -> {
            try (PreparedStatement ps = c.prepareStatement("select condition_email from tenant_alerts where tenant_id = ?")) {
                ps.setString(1, TenantRows.owner());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    @Override
    @Transactional
    public void conditionEmail(Optional<String> address, Instant at) {
        SqlWork.on(dataSource, STORE, c -> {
            if (address.isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement("delete from tenant_alerts where tenant_id = ?")) {
                    ps.setString(1, TenantRows.owner());
                    return ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into tenant_alerts (tenant_id, condition_email, updated_at) values (?, ?, ?)
                    on conflict (tenant_id) do update set condition_email = excluded.condition_email, updated_at = excluded.updated_at""")) {
                ps.setString(1, TenantRows.owner());
                ps.setString(2, address.get());
                ps.setTimestamp(3, Timestamp.from(at));
                return ps.executeUpdate();
            }
        });
    }

    @Override
    @Transactional
    public Set<ExceptionId> alerted(Collection<ExceptionId> items) {
        if (items.isEmpty()) {
            return Set.of();
        }
        return SqlWork.on(dataSource, STORE, c -> {
            try (PreparedStatement ps = c.prepareStatement("select exception_id from exception_alerts where exception_id = any(?)"
                    + TenantRows.and("tenant_id"))) {
                ps.setArray(1, c.createArrayOf("uuid", items.stream().map(ExceptionId::value).toArray()));
                TenantRows.bind(ps, 2);
                Set<ExceptionId> found = new HashSet<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(new ExceptionId(rs.getObject(1, UUID.class)));
                    }
                }
                return found;
            }
        });
    }

    @Override
    @Transactional
    public void alerted(ExceptionId item, String recipient, Instant at) {
        SqlWork.on(dataSource, STORE, c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into exception_alerts (exception_id, tenant_id, recipient, sent_at) values (?, ?, ?, ?)
                    on conflict (exception_id) do nothing""")) {
                ps.setObject(1, item.value());
                ps.setString(2, TenantRows.owner());
                ps.setString(3, recipient);
                ps.setTimestamp(4, Timestamp.from(at));
                return ps.executeUpdate();
            }
        });
    }
}
