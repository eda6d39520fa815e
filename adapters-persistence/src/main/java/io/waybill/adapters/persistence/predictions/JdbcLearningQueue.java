package io.waybill.adapters.persistence.predictions;

import io.waybill.adapters.persistence.sql.SqlWork;
import io.waybill.application.port.out.LearningQueue;
import io.waybill.domain.order.OrderId;
import io.waybill.domain.order.ShipmentId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/** The queue of deliveries to learn in PostgreSQL, with plain SQL: claimed with skip-locked, so instances share it. */
@ApplicationScoped
public class JdbcLearningQueue implements LearningQueue {

    private final DataSource dataSource;

    public JdbcLearningQueue(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    private <T> T jdbc(SqlWork<T> work) {
        return SqlWork.on(dataSource, "learning queue", work);
    }

    @Override
    @Transactional
    public void queue(List<DeliveryToLearn> deliveries, Instant at) {
        if (deliveries.isEmpty()) {
            return;
        }
        jdbc(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into deliveries_to_learn (shipment_id, order_id, delivered_at, queued_at) values (?, ?, ?, ?)
                    on conflict (shipment_id) do nothing""")) {
                for (DeliveryToLearn d : deliveries) {
                    ps.setObject(1, d.shipment().value());
                    ps.setObject(2, d.order().value());
                    ps.setTimestamp(3, Timestamp.from(d.deliveredAt()));
                    ps.setTimestamp(4, Timestamp.from(at));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    @Override
    @Transactional
    public List<DeliveryToLearn> claim(Instant deliveredBefore, int limit, Instant at) {
        return jdbc(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    update deliveries_to_learn set learned_at = ?
                    where shipment_id in (select shipment_id from deliveries_to_learn
                                          where learned_at is null and delivered_at < ?
                                          order by delivered_at, shipment_id limit ? for update skip locked)
                    returning shipment_id, order_id, delivered_at""")) {
                ps.setTimestamp(1, Timestamp.from(at));
                ps.setTimestamp(2, Timestamp.from(deliveredBefore));
                ps.setInt(3, limit);
                List<DeliveryToLearn> claimed = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        claimed.add(new DeliveryToLearn(new ShipmentId(rs.getObject(1, UUID.class)),
                                new OrderId(rs.getObject(2, UUID.class)), rs.getTimestamp(3).toInstant()));
                    }
                }
                // returning does not keep the subquery's order
                claimed.sort(Comparator.comparing(DeliveryToLearn::deliveredAt).thenComparing(d -> d.shipment().value()));
                return claimed;
            }
        });
    }
}
