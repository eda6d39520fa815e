package io.waybill.adapters.persistence.exceptions;

import static io.waybill.application.fakes.OrderTestData.T0;
import static io.waybill.application.fakes.OrderTestData.anOrder;
import static io.waybill.application.fakes.OrderTestData.pack;
import static io.waybill.application.fakes.OrderTestData.wholeOrderManifest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.waybill.adapters.persistence.orders.JpaOrders;
import io.waybill.adapters.persistence.testing.PostgresTestResource;
import io.waybill.application.port.out.ShipmentExceptions;
import io.waybill.application.port.out.ShipmentExceptionsContract;
import io.waybill.application.shared.TenantScope;
import io.waybill.domain.exceptions.ExceptionEscalated;
import io.waybill.domain.exceptions.ExceptionId;
import io.waybill.domain.exceptions.ExceptionKind;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.OrderId;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.tenant.TenantId;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/** The ShipmentExceptions contract on a real PostgreSQL, row-level security armed, each test in tenants of its own. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class JdbcShipmentExceptionsTest extends ShipmentExceptionsContract {

    @Inject
    JdbcShipmentExceptions store;

    @Inject
    JpaOrders orders;

    @Inject
    DataSource dataSource;

    @Override
    protected ShipmentExceptions store() {
        return store;
    }

    @Override
    protected TenantId freshTenant() {
        TenantId tenant = new TenantId("exc-" + UUID.randomUUID().toString().substring(0, 8));
        TenantScope.platform(() -> sql("insert into tenants (id, name) values ('" + tenant.value() + "', 'Exceptions test')"));
        return tenant;
    }

    @Override
    protected Shipped shipped(String orderNumber) {
        Order order = anOrder().tenant(TenantScope.requireTenant()).number(orderNumber).confirmed();
        ShipmentId shipment = pack(order, wholeOrderManifest(), T0.plus(Duration.ofMinutes(30)));
        orders.save(List.of(order));
        return new Shipped(order.getId(), orderNumber, shipment);
    }

    @Override
    protected List<ExceptionEscalated> announced(ExceptionId id) {
        return TenantScope.platform(() -> {
            try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                    select order_id, shipment_id, exception_kind, escalation_level, detail, occurred_at from outbox
                    where type = 'ExceptionEscalated' and exception_id = ? order by id""")) {
                ps.setObject(1, id.value());
                List<ExceptionEscalated> found = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(new ExceptionEscalated(new OrderId(rs.getObject(1, UUID.class)), new ShipmentId(rs.getObject(2, UUID.class)),
                                id, ExceptionKind.valueOf(rs.getString(3)), rs.getInt(4), rs.getString(5), rs.getTimestamp(6).toInstant()));
                    }
                }
                return found;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private Void sql(String statement) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(statement)) {
            ps.executeUpdate();
            return null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
