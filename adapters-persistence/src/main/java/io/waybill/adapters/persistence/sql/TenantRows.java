package io.waybill.adapters.persistence.sql;

import io.waybill.application.shared.TenantScope;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * The first wall between tenants, as the stores write it: the tenant condition of a query and the tenant of a new row,
 * both taken from {@link TenantScope}. Work outside any scope is refused here (a bug), before the database's own wall
 * ({@link TenantWall}) would show it nothing.
 */
public final class TenantRows {

    private TenantRows() {
    }

    /** The tenant whose rows the current work may touch; {@code null} in the platform's scope (every tenant's). */
    public static String visible() {
        return TenantScope.isPlatform() ? null : TenantScope.requireTenant().value();
    }

    /** {@code " and <column> = ?"} for one tenant's work, nothing for the platform's; bind it with {@link #bind}. */
    public static String and(String column) {
        return visible() == null ? "" : " and " + column + " = ?";
    }

    /** Binds the parameter of {@link #and} at {@code index}, if it has one; returns the next free index. */
    public static int bind(PreparedStatement ps, int index) throws SQLException {
        String tenant = visible();
        if (tenant == null) {
            return index;
        }
        ps.setString(index, tenant);
        return index + 1;
    }

    /** The parameters followed by the tenant of {@link #and}'s condition, if it has one. */
    public static Object[] with(Object... parameters) {
        String tenant = visible();
        if (tenant == null) {
            return parameters;
        }
        Object[] all = Arrays.copyOf(parameters, parameters.length + 1);
        all[parameters.length] = tenant;
        return all;
    }

    /** The tenant a new row belongs to: the one in scope (new tenant data is always written in a tenant's scope). */
    public static String owner() {
        return TenantScope.requireTenant().value();
    }
}
