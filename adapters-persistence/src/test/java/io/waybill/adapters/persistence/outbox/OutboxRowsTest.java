package io.waybill.adapters.persistence.outbox;

import io.waybill.application.fakes.InDefaultTenant;
import static io.waybill.application.fakes.OrderTestData.T0;
import static io.waybill.application.fakes.OrderTestData.anOrder;
import static io.waybill.application.fakes.OrderTestData.pack;
import static io.waybill.application.fakes.OrderTestData.scan;
import static io.waybill.application.fakes.OrderTestData.wholeOrderManifest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.waybill.adapters.persistence.exceptions.JdbcShipmentExceptions;
import io.waybill.adapters.persistence.orders.JpaOrders;
import io.waybill.adapters.persistence.testing.PostgresTestResource;
import io.waybill.domain.exceptions.ExceptionEscalated;
import io.waybill.domain.exceptions.ExceptionId;
import io.waybill.domain.exceptions.ExceptionItem;
import io.waybill.domain.exceptions.ExceptionKind;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.OrderEvents.DelayCleared;
import io.waybill.domain.order.OrderEvents.DelayPredicted;
import io.waybill.domain.order.OrderEvents.OrderCancelled;
import io.waybill.domain.order.OrderEvents.ShipmentStatusChanged;
import io.waybill.domain.order.OrderId;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.tracking.Milestone;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.jmolecules.event.types.DomainEvent;
import org.junit.jupiter.api.Test;

/**
 * Outbox rows on a real PostgreSQL: every event a save raises comes back from its row as it was raised, field for
 * field, and so do the delay events the predictions store writes and the escalations of the exceptions store. Each test reads only its own orders' rows.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class OutboxRowsTest implements InDefaultTenant {

    private static final String COLUMNS = "type, order_id, shipment_id, from_status, to_status, detail, occurred_at, exception_id,"
            + " exception_kind, escalation_level";

    @Inject
    JpaOrders orders;

    @Inject
    JdbcShipmentExceptions exceptions;

    @Inject
    DataSource dataSource;

    @Test
    void everyEventOfASavedChangeComesBackFromItsRowAsItWasRaised() throws SQLException {
        Order shipped = anOrder().confirmed();
        ShipmentId shipment = pack(shipped, wholeOrderManifest(), T0.plus(Duration.ofMinutes(30)));
        scan(shipped, shipment, Milestone.HANDED_OVER, T0.plus(Duration.ofHours(2)));
        Order cancelled = anOrder().confirmed();
        cancelled.cancel("customer changed their mind", T0.plusSeconds(60));

        orders.save(List.of(shipped, cancelled));

        assertThat(rowsOf(shipped.getId())).containsExactlyElementsOf(shipped.domainEvents())
                .extracting(e -> e.getClass().getSimpleName())
                .contains("OrderPlaced", "OrderConfirmed", "OrderStatusChanged", "ShipmentStatusChanged");
        assertThat(rowsOf(shipped.getId())).filteredOn(ShipmentStatusChanged.class::isInstance).isNotEmpty()
                .allSatisfy(e -> assertThat(((ShipmentStatusChanged) e).shipment()).isEqualTo(shipment));
        assertThat(rowsOf(cancelled.getId())).containsExactlyElementsOf(cancelled.domainEvents())
                .filteredOn(OrderCancelled.class::isInstance).singleElement()
                .isEqualTo(new OrderCancelled(cancelled.getId(), "customer changed their mind", T0.plusSeconds(60)));
    }

    @Test
    void theDelayEventsOfThePredictionsStoreAreReadBackToo() throws SQLException {
        Order order = anOrder().confirmed();
        ShipmentId shipment = pack(order, wholeOrderManifest(), T0.plus(Duration.ofMinutes(30)));
        orders.save(List.of(order));
        int saved = rowsOf(order.getId()).size();

        try (Connection c = dataSource.getConnection()) {
            insert(c, order.getId(), shipment, "DelayPredicted", "storm over the hub", T0.plus(Duration.ofHours(3)));
            insert(c, order.getId(), shipment, "DelayCleared", null, T0.plus(Duration.ofHours(5)));
        }

        assertThat(rowsOf(order.getId()).subList(saved, saved + 2)).containsExactly(
                new DelayPredicted(order.getId(), shipment, "storm over the hub", T0.plus(Duration.ofHours(3))),
                new DelayCleared(order.getId(), shipment, T0.plus(Duration.ofHours(5))));
    }

    @Test
    void theEscalationsOfTheExceptionsStoreAreReadBackToo() throws SQLException {
        Order order = anOrder().confirmed();
        ShipmentId shipment = pack(order, wholeOrderManifest(), T0.plus(Duration.ofMinutes(30)));
        orders.save(List.of(order));
        int saved = rowsOf(order.getId()).size();
        ExceptionItem.Change opened = ExceptionItem.open(ExceptionId.random(), order.tenant(), order.getId(), order.orderNumber(),
                shipment, ExceptionKind.HELD, "Held by the carrier (ups 1Z1): customs", T0, T0, Duration.ofHours(1));
        exceptions.open(opened);
        ExceptionEscalated escalated = new ExceptionEscalated(order.getId(), shipment, opened.item().getId(), ExceptionKind.HELD, 1,
                opened.item().reason(), T0.plus(Duration.ofHours(1)));
        exceptions.save(opened.item().escalate("webhook", T0.plus(Duration.ofHours(1)), Duration.ofHours(1)), Optional.of(escalated));

        assertThat(rowsOf(order.getId()).subList(saved, saved + 1)).containsExactly(escalated);
    }

    @Test
    void aRowOfAnUnknownTypeIsAnErrorNotASilentlyDroppedEvent() throws SQLException {
        Order order = anOrder().confirmed();
        orders.save(List.of(order));
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false); // rolled back: the relays of other tests must never meet this row
            try {
                insert(c, order.getId(), null, "OrderTeleported", null, T0);
                assertThatThrownBy(() -> read(c, order.getId())).isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("OrderTeleported");
            } finally {
                c.rollback();
            }
        }
    }

    private List<DomainEvent> rowsOf(OrderId order) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return read(c, order);
        }
    }

    private static List<DomainEvent> read(Connection c, OrderId order) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS + " from outbox where order_id = ? order by id")) {
            ps.setObject(1, order.value());
            List<DomainEvent> events = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    events.add(OutboxRows.read(rs, 1));
                }
            }
            return events;
        }
    }

    private static void insert(Connection c, OrderId order, ShipmentId shipment, String type, String detail, Instant at)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "insert into outbox (message_id, order_id, shipment_id, type, detail, occurred_at, tenant_id)"
                        + " values (?, ?, ?, ?, ?, ?, 'default')")) {
            ps.setObject(1, UUID.randomUUID());
            ps.setObject(2, order.value());
            ps.setObject(3, shipment == null ? null : shipment.value());
            ps.setString(4, type);
            ps.setString(5, detail);
            ps.setTimestamp(6, Timestamp.from(at));
            ps.executeUpdate();
        }
    }
}
