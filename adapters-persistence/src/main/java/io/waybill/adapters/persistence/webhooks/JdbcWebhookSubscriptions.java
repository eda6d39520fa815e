package io.waybill.adapters.persistence.webhooks;

import io.waybill.adapters.persistence.sql.SqlWork;
import io.waybill.adapters.persistence.sql.TenantRows;
import io.waybill.application.port.out.WebhookSubscriptions;
import io.waybill.application.shared.WebhookSubscription;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Webhook subscriptions in table {@code webhook_subscriptions}, with plain SQL. Deleting one removes its pending
 * deliveries with it (the foreign key of {@code notification_deliveries} cascades).
 */
@ApplicationScoped
public class JdbcWebhookSubscriptions implements WebhookSubscriptions {

    private final DataSource dataSource;

    public JdbcWebhookSubscriptions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    private <T> T jdbc(SqlWork<T> work) {
        return SqlWork.on(dataSource, "webhook subscriptions", work);
    }

    private static final String SUBSCRIPTION_COLUMNS =
            "id, owner, url, secret, event_types, active, suspended_reason, consecutive_failures, created_at";

    @Override
    @Transactional
    public void create(WebhookSubscription s) {
        jdbc(c -> {
            try (PreparedStatement ps = c.prepareStatement("insert into webhook_subscriptions (" + SUBSCRIPTION_COLUMNS
                    + ", tenant_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setObject(1, s.id());
                ps.setString(2, s.owner());
                ps.setString(3, s.url());
                ps.setString(4, s.secret());
                ps.setArray(5, c.createArrayOf("text", s.eventTypes().stream().sorted().toArray()));
                ps.setBoolean(6, s.active());
                ps.setString(7, s.suspendedReason());
                ps.setInt(8, s.consecutiveFailures());
                ps.setTimestamp(9, Timestamp.from(s.createdAt()));
                ps.setString(10, TenantRows.owner());
                return ps.executeUpdate();
            }
        });
    }

    @Override
    @Transactional
    public Optional<WebhookSubscription> byId(UUID id) {
        List<WebhookSubscription> found = subscriptions("where id = ?" + TenantRows.and("tenant_id"), TenantRows.with(id));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.getFirst());
    }

    @Override
    @Transactional
    public List<WebhookSubscription> byOwner(String owner) {
        return subscriptions("where owner = ?" + TenantRows.and("tenant_id") + " order by created_at", TenantRows.with(owner));
    }

    @Override
    @Transactional
    public List<WebhookSubscription> active() {
        return subscriptions("where active" + TenantRows.and("tenant_id"), TenantRows.with());
    }

    @Override
    @Transactional
    public int failed(UUID id) {
        return jdbc(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "update webhook_subscriptions set consecutive_failures = consecutive_failures + 1 where id = ?"
                            + TenantRows.and("tenant_id") + " returning consecutive_failures")) {
                ps.setObject(1, id);
                TenantRows.bind(ps, 2);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        });
    }

    @Override
    @Transactional
    public void succeeded(UUID id) {
        update("update webhook_subscriptions set consecutive_failures = 0 where id = ? and consecutive_failures <> 0"
                + TenantRows.and("tenant_id"), TenantRows.with(id));
    }

    @Override
    @Transactional
    public void suspend(UUID id, String reason) {
        update("update webhook_subscriptions set active = false, suspended_reason = ? where id = ?" + TenantRows.and("tenant_id"),
                TenantRows.with(reason.substring(0, Math.min(reason.length(), 1000)), id));
    }

    @Override
    @Transactional
    public boolean reactivate(UUID id, String owner) {
        return update("update webhook_subscriptions set active = true, suspended_reason = null, consecutive_failures = 0"
                + " where id = ? and owner = ?" + TenantRows.and("tenant_id"), TenantRows.with(id, owner)) == 1;
    }

    @Override
    @Transactional
    public boolean delete(UUID id, String owner) {
        return update("delete from webhook_subscriptions where id = ? and owner = ?" + TenantRows.and("tenant_id"),
                TenantRows.with(id, owner)) == 1;
    }

    private List<WebhookSubscription> subscriptions(String where, Object... parameters) {
        return jdbc(c -> {
            try (PreparedStatement ps = c.prepareStatement("select " + SUBSCRIPTION_COLUMNS + " from webhook_subscriptions " + where)) {
                for (int i = 0; i < parameters.length; i++) {
                    ps.setObject(i + 1, parameters[i]);
                }
                List<WebhookSubscription> found = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(new WebhookSubscription(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                                Set.of((String[]) rs.getArray(5).getArray()), rs.getBoolean(6), rs.getString(7), rs.getInt(8),
                                rs.getTimestamp(9).toInstant()));
                    }
                }
                return found;
            }
        });
    }

    private int update(String sql, Object... parameters) {
        return jdbc(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    ps.setObject(i + 1, parameters[i]);
                }
                return ps.executeUpdate();
            }
        });
    }
}
