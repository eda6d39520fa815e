package io.waybill.adapters.persistence.devices;

import static io.waybill.application.fakes.OrderTestData.T0;
import static io.waybill.application.fakes.OrderTestData.anOrder;
import static io.waybill.application.fakes.OrderTestData.pack;
import static io.waybill.application.fakes.OrderTestData.wholeOrderManifest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.waybill.adapters.persistence.orders.JpaOrders;
import io.waybill.adapters.persistence.testing.PostgresTestResource;
import io.waybill.application.port.out.Devices;
import io.waybill.application.port.out.DevicesContract;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.ShipmentId;
import io.waybill.application.shared.TenantScope;
import io.waybill.domain.tenant.TenantId;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/** The Devices contract on a real PostgreSQL, behind its row-level wall. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class JdbcDevicesTest extends DevicesContract {

    @Inject
    JdbcDevices store;
    @Inject
    JpaOrders orders;
    @Inject
    DataSource dataSource;

    @Override
    protected Devices devices() {
        return store;
    }

    @Override
    protected ShipmentId aShipment() {
        Order order = anOrder().confirmed();
        ShipmentId shipment = pack(order, wholeOrderManifest(), T0.plusSeconds(60));
        orders.save(List.of(order));
        return shipment;
    }

    @Override
    protected TenantId anotherTenant() {
        TenantId other = new TenantId("devices-" + UUID.randomUUID().toString().substring(0, 8));
        TenantScope.platform(() -> {
            try (Connection c = dataSource.getConnection();
                    PreparedStatement ps = c.prepareStatement("insert into tenants (id, name) values (?, 'Devices test')")) {
                ps.setString(1, other.value());
                ps.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        return other;
    }
}
