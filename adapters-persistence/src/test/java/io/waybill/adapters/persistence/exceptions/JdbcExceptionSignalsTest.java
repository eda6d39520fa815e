package io.waybill.adapters.persistence.exceptions;

import static io.waybill.application.fakes.OrderTestData.anOrder;
import static io.waybill.application.fakes.OrderTestData.pack;
import static io.waybill.application.fakes.OrderTestData.scan;
import static io.waybill.application.fakes.OrderTestData.wholeOrderManifest;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.waybill.adapters.persistence.orders.JpaOrders;
import io.waybill.adapters.persistence.predictions.JdbcShipmentPredictions;
import io.waybill.adapters.persistence.testing.PostgresTestResource;
import io.waybill.application.shared.ShipmentPrediction;
import io.waybill.application.shared.ShipmentSignal;
import io.waybill.application.shared.TenantScope;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.order.ShipmentStatus;
import io.waybill.domain.tenant.TenantId;
import io.waybill.domain.tracking.Milestone;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The shipments that may need a person, read from a real PostgreSQL: held, at high risk, or silent too long; not those
 * under way with recent scans, nor delivered ones; and only the tenant's own.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class JdbcExceptionSignalsTest {

    private static final Duration HOUR = Duration.ofHours(1);

    @Inject
    JdbcExceptionSignals signals;

    @Inject
    JpaOrders orders;

    @Inject
    JdbcShipmentPredictions predictions;

    @Inject
    DataSource dataSource;

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Test
    void heldAtHighRiskAndSilentShipmentsAreReadWithWhatTheSweepNeedsOthersAreNot() {
        TenantId tenant = tenant();
        TenantId other = tenant();
        TenantScope.run(tenant, () -> {
            Shipped held = shipped(tenant, Milestone.HELD, now.minus(HOUR));
            Shipped silent = shipped(tenant, Milestone.IN_TRANSIT, now.minus(HOUR.multipliedBy(50)));
            Shipped moving = shipped(tenant, Milestone.IN_TRANSIT, now.minus(HOUR));
            Shipped risky = shipped(tenant, Milestone.IN_TRANSIT, now.minus(HOUR));
            shipped(tenant, Milestone.DELIVERED, now.minus(HOUR.multipliedBy(60)));
            predictions.save(List.of(new ShipmentPrediction(risky.shipment().value(), risky.order().getId().value(),
                    risky.order().orderNumber(), "ups", "1Z", "IN_TRANSIT", now.plus(HOUR), now.plus(HOUR.multipliedBy(30)),
                    "a static transit time", "HIGH", List.of("storm over the hub"), now.minus(HOUR), 20L,
                    now.plus(HOUR.multipliedBy(10)), now, "standard")));

            List<ShipmentSignal> found = signals.current(now.minus(HOUR.multipliedBy(48)));

            assertThat(found).extracting(ShipmentSignal::shipment)
                    .containsExactlyInAnyOrder(held.shipment(), silent.shipment(), risky.shipment())
                    .doesNotContain(moving.shipment());
            ShipmentSignal h = found.stream().filter(s -> s.shipment().equals(held.shipment())).findFirst().orElseThrow();
            assertThat(h.status()).isEqualTo(ShipmentStatus.HELD);
            assertThat(h.tenant()).isEqualTo(tenant);
            assertThat(h.orderNumber()).isEqualTo(held.order().orderNumber());
            assertThat(h.carrier()).isEqualTo("ups");
            assertThat(h.lastEventAt()).isEqualTo(now.minus(HOUR));
            assertThat(h.riskLevel()).isNull();
            ShipmentSignal r = found.stream().filter(s -> s.shipment().equals(risky.shipment())).findFirst().orElseThrow();
            assertThat(r.riskLevel()).isEqualTo("HIGH");
            assertThat(r.riskReasons()).containsExactly("storm over the hub");
            assertThat(r.riskSince()).isEqualTo(now.minus(HOUR));
            assertThat(r.leadTimeHours()).isEqualTo(20L);
            assertThat(r.promisedLatest()).isEqualTo(now.plus(HOUR.multipliedBy(10)));
        });
        TenantScope.run(other, () -> assertThat(signals.current(now)).isEmpty());
        assertThat(TenantScope.platform(() -> signals.current(now.minus(HOUR.multipliedBy(48)))))
                .extracting(ShipmentSignal::tenant).contains(tenant);
    }

    private record Shipped(Order order, ShipmentId shipment) {
    }

    private Shipped shipped(TenantId tenant, Milestone last, Instant at) {
        Order order = anOrder().tenant(tenant).placedAt(at.minus(HOUR.multipliedBy(3))).confirmed();
        ShipmentId shipment = pack(order, wholeOrderManifest(), at.minus(HOUR.multipliedBy(2)));
        scan(order, shipment, Milestone.HANDED_OVER, at.minus(HOUR));
        scan(order, shipment, last, at);
        orders.save(List.of(order));
        return new Shipped(order, shipment);
    }

    private TenantId tenant() {
        TenantId tenant = new TenantId("sig-" + UUID.randomUUID().toString().substring(0, 8));
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("insert into tenants (id, name) values (?, 'Signals test')")) {
            ps.setString(1, tenant.value());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return tenant;
    }
}
