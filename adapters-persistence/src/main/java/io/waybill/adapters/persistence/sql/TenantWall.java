package io.waybill.adapters.persistence.sql;

import io.agroal.api.AgroalPoolInterceptor;
import io.quarkus.runtime.StartupEvent;
import io.waybill.application.shared.TenantScope;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The second wall between tenants: each time work takes a connection from the pool (once per transaction, or once per
 * statement outside one), the connection is switched to the role {@code waybill_tenant}, which PostgreSQL's row-level
 * security holds to the rows of the tenant in {@link TenantScope} (or to every row in the platform's scope; to none
 * outside any scope). So a query that forgets its tenant condition still reads and writes only the caller's rows.
 *
 * <p>Armed once the schema migrations have run (they run as the connecting user, who owns the tables); switched off
 * with {@code waybill.tenancy.row-security=false}, which leaves the first wall, the stores' own conditions, alone.
 */
@ApplicationScoped
public class TenantWall implements AgroalPoolInterceptor {

    /** The role the policies of migration V18 apply to. */
    public static final String ROLE = "waybill_tenant";

    private static final String ENTER = "select set_config('role', '" + ROLE + "', false), set_config('waybill.tenant', ?, false),"
            + " set_config('waybill.scope', ?, false)";

    private final boolean enabled;
    private volatile boolean armed;

    TenantWall(@ConfigProperty(name = "waybill.tenancy.row-security", defaultValue = "true") boolean enabled) {
        this.enabled = enabled;
    }

    /** After Flyway's migrations (which run before the application starts) and before any other start-up work. */
    void arm(@Observes @Priority(1) StartupEvent start) {
        armed = enabled;
    }

    /** Whether connections are held to the tenant in scope. */
    public boolean armed() {
        return armed;
    }

    @Override
    public void onConnectionAcquire(Connection connection) {
        if (!armed) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement(ENTER)) {
            ps.setString(1, TenantScope.tenant().map(t -> t.value()).orElse(""));
            ps.setString(2, TenantScope.isPlatform() ? "platform" : "");
            ps.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("could not hold the connection to the tenant in scope: " + e.getMessage(), e);
        }
    }
}
