package io.waybill.adapters.persistence.apikeys;

import io.waybill.adapters.persistence.audit.JdbcAuditLog;
import io.waybill.adapters.persistence.sql.SqlWork;
import io.waybill.application.port.out.ApiKeys;
import io.waybill.application.shared.ApiKey;
import io.waybill.application.shared.AuditEntry;
import io.waybill.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * API keys in table {@code api_keys}: the SHA-256 of the secret (and of the previous one after a rotation), never the
 * secret. Each change is one conditional statement (so a revocation racing a rotation cannot be undone by it) followed,
 * in the same transaction, by its audit entry.
 */
@ApplicationScoped
public class JdbcApiKeys implements ApiKeys {

    private static final String STORE = "API key store";
    private final DataSource dataSource;

    JdbcApiKeys(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    @Transactional
    public Optional<StoredKey> byHash(String sha256Hex) {
        return SqlWork.on(dataSource, STORE, c -> {
            try (PreparedStatement ps = c.prepareStatement("select " + KeyRows.COLUMNS
                    + " from api_keys where key_sha256 = ? or previous_sha256 = ?")) {
                ps.setString(1, sha256Hex);
                ps.setString(2, sha256Hex);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(KeyRows.stored(rs)) : Optional.empty();
                }
            }
        });
    }

    @Override
    @Transactional
    public Optional<ApiKey> byName(TenantId tenant, String name) {
        return SqlWork.on(dataSource, STORE, c -> {
            try (PreparedStatement ps = c.prepareStatement("select " + KeyRows.COLUMNS + " from api_keys where tenant_id = ? and name = ?")) {
                ps.setString(1, tenant.value());
                ps.setString(2, name);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(KeyRows.key(rs)) : Optional.empty();
                }
            }
        });
    }

    @Override
    @Transactional
    public List<ApiKey> list(Optional<TenantId> tenant) {
        return SqlWork.on(dataSource, STORE, c -> {
            try (PreparedStatement ps = c.prepareStatement("select " + KeyRows.COLUMNS + " from api_keys"
                    + (tenant.isPresent() ? " where tenant_id = ?" : "") + " order by tenant_id, name")) {
                if (tenant.isPresent()) {
                    ps.setString(1, tenant.get().value());
                }
                List<ApiKey> keys = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        keys.add(KeyRows.key(rs));
                    }
                }
                return keys;
            }
        });
    }

    @Override
    @Transactional
    public void register(StoredKey stored) {
        ApiKey key = stored.key();
        SqlWork.on(dataSource, STORE, c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into api_keys (tenant_id, name, role, scopes, created_at, key_sha256) values (?, ?, ?, ?, ?, ?)
                    on conflict (tenant_id, name) do update set role = excluded.role, scopes = excluded.scopes,
                        key_sha256 = excluded.key_sha256, expires_at = null, revoked_at = null, previous_sha256 = null,
                        previous_valid_until = null""")) {
                ps.setString(1, key.tenant().value());
                ps.setString(2, key.name());
                ps.setString(3, key.role().name());
                ps.setString(4, KeyRows.scopes(key.scopes()));
                KeyRows.setInstant(ps, 5, key.createdAt());
                ps.setString(6, stored.sha256Hex());
                return ps.executeUpdate();
            }
        });
    }

    @Override
    @Transactional
    public boolean add(StoredKey stored, AuditEntry entry) {
        ApiKey key = stored.key();
        return SqlWork.on(dataSource, STORE, c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into api_keys (tenant_id, name, role, scopes, created_at, expires_at, key_sha256)
                    values (?, ?, ?, ?, ?, ?, ?) on conflict (tenant_id, name) do nothing""")) {
                ps.setString(1, key.tenant().value());
                ps.setString(2, key.name());
                ps.setString(3, key.role().name());
                ps.setString(4, KeyRows.scopes(key.scopes()));
                KeyRows.setInstant(ps, 5, key.createdAt());
                KeyRows.setInstant(ps, 6, key.expiresAt());
                ps.setString(7, stored.sha256Hex());
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
    public boolean revoke(TenantId tenant, String name, Instant at, AuditEntry entry) {
        return change("update api_keys set revoked_at = ? where tenant_id = ? and name = ? and revoked_at is null", 1, tenant, name,
                entry, ps -> KeyRows.setInstant(ps, 1, at));
    }

    @Override
    @Transactional
    public boolean expire(TenantId tenant, String name, Instant expiresAt, AuditEntry entry) {
        return change("update api_keys set expires_at = ? where tenant_id = ? and name = ? and revoked_at is null", 1, tenant, name,
                entry, ps -> KeyRows.setInstant(ps, 1, expiresAt));
    }

    @Override
    @Transactional
    public boolean rotate(TenantId tenant, String name, String newSha256Hex, Instant previousValidUntil, AuditEntry entry) {
        return change("""
                update api_keys set previous_sha256 = key_sha256, previous_valid_until = ?, key_sha256 = ?
                where tenant_id = ? and name = ? and revoked_at is null""", 2, tenant, name, entry, ps -> {
            KeyRows.setInstant(ps, 1, previousValidUntil);
            ps.setString(2, newSha256Hex);
        });
    }

    @Override
    @Transactional
    public void touch(TenantId tenant, String name, Instant at) {
        SqlWork.on(dataSource, STORE, c -> {
            // the condition keeps several instances (each throttling on its own) to one write a minute as well
            try (PreparedStatement ps = c.prepareStatement("""
                    update api_keys set last_used_at = ? where tenant_id = ? and name = ?
                    and (last_used_at is null or last_used_at < ?)""")) {
                KeyRows.setInstant(ps, 1, at);
                ps.setString(2, tenant.value());
                ps.setString(3, name);
                KeyRows.setInstant(ps, 4, at.minusSeconds(60));
                return ps.executeUpdate();
            }
        });
    }

    /** Runs an update whose {@code leading} parameters {@code first} sets, followed by tenant and name; audits a hit. */
    private boolean change(String sql, int leading, TenantId tenant, String name, AuditEntry entry, Parameters first) {
        return SqlWork.on(dataSource, STORE, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                first.set(ps);
                ps.setString(leading + 1, tenant.value());
                ps.setString(leading + 2, name);
                if (ps.executeUpdate() == 0) {
                    return false;
                }
            }
            JdbcAuditLog.append(c, entry);
            return true;
        });
    }

    @FunctionalInterface
    private interface Parameters {
        void set(PreparedStatement ps) throws SQLException;
    }
}
