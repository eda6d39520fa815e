package io.waybill.adapters.persistence.idempotency;

import io.waybill.adapters.persistence.sql.SqlWork;
import io.waybill.application.port.out.IdempotencyKeys;
import io.waybill.application.shared.IdempotencyKey;
import io.waybill.domain.order.OrderId;
import io.waybill.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Idempotency keys in table {@code idempotency_keys}. A claim is one insert that, on the key's row, overwrites only a row
 * that holds nothing any more: PostgreSQL makes a racing second insert wait for the first and then see its row, so
 * exactly one claimer wins. Each call is its own transaction, so a claim is visible before its order is placed.
 */
@ApplicationScoped
public class JdbcIdempotencyKeys implements IdempotencyKeys {

    private static final String STORE = "idempotency key store";
    /** A row gone between a refused claim and its read (released meanwhile) is claimed again, this often at most. */
    private static final int ATTEMPTS = 3;

    private final DataSource dataSource;

    public JdbcIdempotencyKeys(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Held> claim(TenantId tenant, IdempotencyKey key, String requestSha256, Instant at, Instant answeredBefore,
            Instant abandonedBefore) {
        return SqlWork.on(dataSource, STORE, c -> {
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                if (insert(c, tenant, key, requestSha256, at, answeredBefore, abandonedBefore)) {
                    return Optional.<Held>empty();
                }
                Optional<Held> held = read(c, tenant, key);
                if (held.isPresent()) {
                    return held;
                }
            }
            throw new SQLException("the row of idempotency key '" + key.value() + "' kept coming and going");
        });
    }

    private static boolean insert(Connection c, TenantId tenant, IdempotencyKey key, String requestSha256, Instant at,
            Instant answeredBefore, Instant abandonedBefore) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into idempotency_keys (tenant_id, key, request_sha256, created_at) values (?, ?, ?, ?)
                on conflict (tenant_id, key) do update
                    set request_sha256 = excluded.request_sha256, response_status = null, order_id = null,
                        created_at = excluded.created_at
                    where (idempotency_keys.response_status is not null and idempotency_keys.created_at < ?)
                       or (idempotency_keys.response_status is null and idempotency_keys.created_at < ?)""")) {
            ps.setString(1, tenant.value());
            ps.setString(2, key.value());
            ps.setString(3, requestSha256);
            ps.setTimestamp(4, Timestamp.from(at));
            ps.setTimestamp(5, Timestamp.from(answeredBefore));
            ps.setTimestamp(6, Timestamp.from(abandonedBefore));
            return ps.executeUpdate() == 1;
        }
    }

    private static Optional<Held> read(Connection c, TenantId tenant, IdempotencyKey key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                select request_sha256, response_status, order_id, created_at from idempotency_keys
                where tenant_id = ? and key = ?""")) {
            ps.setString(1, tenant.value());
            ps.setString(2, key.value());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                int status = rs.getInt(2);
                Optional<Integer> answered = rs.wasNull() ? Optional.empty() : Optional.of(status);
                UUID order = rs.getObject(3, UUID.class);
                return Optional.of(new Held(rs.getString(1), answered, Optional.ofNullable(order).map(OrderId::new),
                        rs.getTimestamp(4).toInstant()));
            }
        }
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void complete(TenantId tenant, IdempotencyKey key, Instant claimedAt, int status, OrderId order) {
        SqlWork.on(dataSource, STORE, c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    update idempotency_keys set response_status = ?, order_id = ?
                    where tenant_id = ? and key = ? and created_at = ? and response_status is null""")) {
                ps.setInt(1, status);
                ps.setObject(2, order.value());
                ps.setString(3, tenant.value());
                ps.setString(4, key.value());
                ps.setTimestamp(5, Timestamp.from(claimedAt));
                return ps.executeUpdate();
            }
        });
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(TenantId tenant, IdempotencyKey key, Instant claimedAt) {
        SqlWork.on(dataSource, STORE, c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    delete from idempotency_keys
                    where tenant_id = ? and key = ? and created_at = ? and response_status is null""")) {
                ps.setString(1, tenant.value());
                ps.setString(2, key.value());
                ps.setTimestamp(3, Timestamp.from(claimedAt));
                return ps.executeUpdate();
            }
        });
    }
}
