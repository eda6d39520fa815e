package io.waybill.adapters.persistence.devices;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.waybill.adapters.persistence.testing.PostgresTestResource;
import io.waybill.application.port.out.Geofences;
import io.waybill.application.port.out.GeofencesContract;
import io.waybill.application.shared.TenantScope;
import io.waybill.domain.tenant.TenantId;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;

/** The Geofences contract on a real PostgreSQL, behind its row-level wall. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class JdbcGeofencesTest extends GeofencesContract {

    @Inject
    JdbcGeofences store;
    @Inject
    DataSource dataSource;

    @Override
    protected Geofences geofences() {
        return store;
    }

    @Override
    protected TenantId anotherTenant() {
        TenantId other = new TenantId("fences-" + UUID.randomUUID().toString().substring(0, 8));
        TenantScope.platform(() -> {
            try (Connection c = dataSource.getConnection();
                    PreparedStatement ps = c.prepareStatement("insert into tenants (id, name) values (?, 'Geofences test')")) {
                ps.setString(1, other.value());
                ps.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        return other;
    }
}
