package io.waybill.adapters.persistence.alerts;

import static io.waybill.application.fakes.OrderTestData.T0;
import static io.waybill.application.fakes.OrderTestData.anOrder;
import static io.waybill.application.fakes.OrderTestData.pack;
import static io.waybill.application.fakes.OrderTestData.wholeOrderManifest;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.waybill.adapters.persistence.exceptions.JdbcShipmentExceptions;
import io.waybill.adapters.persistence.orders.JpaOrders;
import io.waybill.adapters.persistence.testing.PostgresTestResource;
import io.waybill.application.shared.TenantScope;
import io.waybill.domain.exceptions.ConditionBreached;
import io.waybill.domain.exceptions.ExceptionId;
import io.waybill.domain.exceptions.ExceptionItem;
import io.waybill.domain.exceptions.ExceptionKind;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.tenant.TenantId;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Condition breaches told at once, on a real PostgreSQL behind its row-level wall: the outbox message written with the
 * item, the open breaches the predictions hear as of an instant, and the tenants' alert addresses.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class JdbcAlertsTest {

    private static final Instant OPENED = T0.plus(Duration.ofHours(3));

    @Inject
    JdbcShipmentExceptions exceptions;
    @Inject
    JdbcConditionAlarms alarms;
    @Inject
    JdbcAlertSettings settings;
    @Inject
    JpaOrders orders;
    @Inject
    DataSource dataSource;

    @Test
    void aBreachIsAnnouncedWithItsItemAndHeardByThePredictionsWhileOpenAsOfTheInstantAsked() {
        TenantId tenant = freshTenant();
        TenantScope.run(tenant, () -> {
            Order order = anOrder().tenant(tenant).confirmed();
            ShipmentId shipment = pack(order, wholeOrderManifest(), T0.plus(Duration.ofMinutes(30)));
            ShipmentId calm = new ShipmentId(UUID.randomUUID());
            orders.save(List.of(order));
            ExceptionId id = ExceptionId.random();
            String reason = "Out of its condition profile: Temperature above 8 °C for 40 min in total (allowed 30 min)";
            ExceptionItem.Change opened = ExceptionItem.open(id, tenant, order.getId(), order.orderNumber(), shipment,
                    ExceptionKind.CONDITION_EXCURSION, reason, OPENED.minus(Duration.ofHours(1)), OPENED, Duration.ofHours(4));

            assertThat(exceptions.open(opened, Optional.of(new ConditionBreached(order.getId(), shipment, id, reason, OPENED)))).isTrue();
            assertThat(exceptions.open(ExceptionItem.open(ExceptionId.random(), tenant, order.getId(), order.orderNumber(), shipment,
                    ExceptionKind.CONDITION_EXCURSION, reason, OPENED.minus(Duration.ofHours(1)), OPENED, Duration.ofHours(4)),
                    Optional.of(new ConditionBreached(order.getId(), shipment, id, reason, OPENED)))).as("the same condition again").isFalse();

            assertThat(outboxRows(id)).as("one message, written with the item").containsExactly("ConditionBreached/" + reason);
            assertThat(alarms.openAt(List.of(shipment, calm), OPENED)).containsOnlyKeys(shipment).containsValue(reason);
            assertThat(alarms.openAt(List.of(shipment), OPENED.minusSeconds(1))).as("not opened yet then").isEmpty();

            ExceptionItem item = exceptions.byId(id).orElseThrow();
            exceptions.save(item.resolve("qa", "goods inspected: fine", OPENED.plus(Duration.ofHours(2))), Optional.empty());
            assertThat(alarms.openAt(List.of(shipment), OPENED.plus(Duration.ofHours(1)))).as("replayed: open then").containsOnlyKeys(shipment);
            assertThat(alarms.openAt(List.of(shipment), OPENED.plus(Duration.ofHours(3)))).as("resolved by then").isEmpty();
        });
        TenantId other = freshTenant();
        TenantScope.run(other, () -> assertThat(alarms.openAt(List.of(new ShipmentId(UUID.randomUUID())), OPENED)).isEmpty());
    }

    @Test
    void eachTenantHasItsOwnAlertAddressAndAnAlertIsRecordedOnce() {
        TenantId acme = freshTenant();
        TenantId globex = freshTenant();
        TenantScope.run(acme, () -> settings.conditionEmail(Optional.of("qa@acme.example"), T0));
        TenantScope.run(acme, () -> settings.conditionEmail(Optional.of("quality@acme.example"), T0.plusSeconds(1)));

        assertThat(email(acme)).contains("quality@acme.example");
        assertThat(email(globex)).as("another tenant's is not seen").isEmpty();

        ExceptionId told = ExceptionId.random();
        ExceptionId notYet = ExceptionId.random();
        TenantScope.run(acme, () -> {
            Order order = anOrder().tenant(acme).confirmed();
            ShipmentId shipment = pack(order, wholeOrderManifest(), T0.plus(Duration.ofMinutes(30)));
            orders.save(List.of(order));
            for (ExceptionId id : List.of(told, notYet)) {
                exceptions.open(ExceptionItem.open(id, acme, order.getId(), order.orderNumber(), shipment, ExceptionKind.CONDITION_EXCURSION,
                        "breach", id == told ? T0 : T0.plusSeconds(60), OPENED, Duration.ofHours(4)), Optional.empty());
                if (id == told) {
                    exceptions.save(exceptions.byId(id).orElseThrow().resolve("qa", "done", OPENED), Optional.empty());
                }
            }
            settings.alerted(told, "quality@acme.example", OPENED);
            settings.alerted(told, "quality@acme.example", OPENED.plusSeconds(5));
            assertThat(settings.alerted(List.of(told, notYet))).isEqualTo(Set.of(told));
        });
        assertThat(TenantScope.of(globex, () -> settings.alerted(List.of(told)))).as("behind the wall").isEmpty();

        TenantScope.run(acme, () -> settings.conditionEmail(Optional.empty(), T0.plusSeconds(2)));
        assertThat(email(acme)).as("cleared").isEmpty();
    }

    private Optional<String> email(TenantId tenant) {
        return TenantScope.of(tenant, () -> settings.conditionEmail());
    }

    private List<String> outboxRows(ExceptionId id) {
        return TenantScope.platform(() -> {
            try (Connection c = dataSource.getConnection();
                    PreparedStatement ps = c.prepareStatement("select type, detail from outbox where exception_id = ? order by id")) {
                ps.setObject(1, id.value());
                try (ResultSet rs = ps.executeQuery()) {
                    List<String> rows = new ArrayList<>();
                    while (rs.next()) {
                        rows.add(rs.getString(1) + "/" + rs.getString(2));
                    }
                    return rows;
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private TenantId freshTenant() {
        TenantId tenant = new TenantId("alerts-" + UUID.randomUUID().toString().substring(0, 8));
        TenantScope.platform(() -> {
            try (Connection c = dataSource.getConnection();
                    PreparedStatement ps = c.prepareStatement("insert into tenants (id, name) values (?, 'Alerts test')")) {
                ps.setString(1, tenant.value());
                ps.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        return tenant;
    }
}
