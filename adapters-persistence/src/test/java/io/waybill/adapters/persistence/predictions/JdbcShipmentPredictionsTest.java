package io.waybill.adapters.persistence.predictions;

import static io.waybill.application.fakes.OrderTestData.T0;
import static io.waybill.application.fakes.OrderTestData.anOrder;
import static io.waybill.application.fakes.OrderTestData.line;
import static io.waybill.application.fakes.OrderTestData.manifest;
import static io.waybill.application.fakes.OrderTestData.pack;
import static io.waybill.application.fakes.OrderTestData.uniqueCarrier;
import static io.waybill.application.fakes.OrderTestData.uniqueCarrierTrackingNumber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.waybill.adapters.persistence.orders.JpaOrders;
import io.waybill.adapters.persistence.testing.PostgresTestResource;
import io.waybill.application.port.out.Orders;
import io.waybill.application.port.out.ShipmentPredictions;
import io.waybill.application.port.out.ShipmentPredictionsContract;
import io.waybill.domain.order.Order;
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
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * The shipment-predictions contract on a real PostgreSQL, and what only this store does: a prediction crossing into or
 * out of HIGH writes its outbox message with it.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class JdbcShipmentPredictionsTest extends ShipmentPredictionsContract {

    @Inject
    JdbcShipmentPredictions jdbcShipmentPredictions;

    @Inject
    JpaOrders jpaOrders;

    @Inject
    DataSource dataSource;

    @Override
    protected ShipmentPredictions predictions() {
        return jdbcShipmentPredictions;
    }

    @Override
    protected Orders orders() {
        return jpaOrders;
    }

    @Test
    void crossingIntoAndOutOfHighRiskIsToldThroughTheOutboxButNotAtTheJourneysEnd() throws SQLException {
        Order order = anOrder().confirmed();
        pack(order, manifest(uniqueCarrier(), uniqueCarrierTrackingNumber(), line("MUG-BLUE", 2)), T0);
        jpaOrders.save(List.of(order));
        UUID shipment = order.shipments().getFirst().getId().value();

        jdbcShipmentPredictions.save(List.of(prediction(order, "HIGH", 2L, T0.plus(Duration.ofHours(1)))));
        jdbcShipmentPredictions.save(List.of(prediction(order, "HIGH", 1L, T0.plus(Duration.ofHours(2)))));
        jdbcShipmentPredictions.save(List.of(prediction(order, "LOW", 20L, T0.plus(Duration.ofHours(3)))));
        assertThat(outbox(shipment)).containsExactly(tuple("DelayPredicted", "may miss the promise (HIGH)"),
                tuple("DelayCleared", null));

        jdbcShipmentPredictions.save(List.of(prediction(order, "HIGH", 1L, T0.plus(Duration.ofHours(4)))));
        jdbcShipmentPredictions.save(List.of(withStatus(prediction(order, "NONE", null, T0.plus(Duration.ofHours(5))), "DELIVERED")));
        assertThat(outbox(shipment)).as("delivered: the delivery message says the rest").hasSize(3);
    }

    /** The delay messages of the shipment in the outbox, in the order written: type and detail. */
    private List<Tuple> outbox(UUID shipment) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select type, detail from outbox where shipment_id = ? and type like 'Delay%' order by id")) {
            ps.setObject(1, shipment);
            List<Tuple> messages = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    messages.add(tuple(rs.getString(1), rs.getString(2)));
                }
            }
            return messages;
        }
    }
}
