package io.waybill.adapters.persistence.apikeys;

import io.waybill.application.port.out.ApiKeys.StoredKey;
import io.waybill.application.shared.ApiKey;
import io.waybill.application.shared.Role;
import io.waybill.application.shared.Scope;
import io.waybill.domain.tenant.TenantId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** Rows of {@code api_keys} to keys and back; scopes are stored as sorted, comma-separated wire names. */
final class KeyRows {

    static final String COLUMNS = "tenant_id, name, role, scopes, created_at, expires_at, last_used_at, revoked_at,"
            + " previous_valid_until, key_sha256, previous_sha256";

    private KeyRows() {
    }

    static StoredKey stored(ResultSet rs) throws SQLException {
        return new StoredKey(key(rs), rs.getString(10), rs.getString(11));
    }

    static ApiKey key(ResultSet rs) throws SQLException {
        return new ApiKey(new TenantId(rs.getString(1)), rs.getString(2), Role.valueOf(rs.getString(3)), scopes(rs.getString(4)),
                instant(rs, 5), instant(rs, 6), instant(rs, 7), instant(rs, 8), instant(rs, 9));
    }

    static String scopes(Set<Scope> scopes) {
        return scopes.stream().map(Scope::wireName).sorted().collect(Collectors.joining(","));
    }

    private static Set<Scope> scopes(String column) {
        return Scope.parse(Arrays.asList(column.split(",")));
    }

    static void setInstant(PreparedStatement ps, int index, Instant instant) throws SQLException {
        ps.setTimestamp(index, instant == null ? null : Timestamp.from(instant));
    }

    private static Instant instant(ResultSet rs, int index) throws SQLException {
        Timestamp t = rs.getTimestamp(index);
        return t == null ? null : t.toInstant();
    }
}
