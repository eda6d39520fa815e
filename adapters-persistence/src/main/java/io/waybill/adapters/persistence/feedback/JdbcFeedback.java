package io.waybill.adapters.persistence.feedback;

import io.waybill.adapters.persistence.sql.SqlWork;
import io.waybill.application.port.out.DeliveryFeedback;
import io.waybill.domain.order.OrderId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.Optional;
import javax.sql.DataSource;

/** Feedback in table {@code feedback}: one row per order, the first one wins. */
@ApplicationScoped
public class JdbcFeedback implements DeliveryFeedback {

    private final DataSource dataSource;

    public JdbcFeedback(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    @Transactional
    public boolean add(Feedback feedback) {
        return SqlWork.on(dataSource, "feedback store", c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into feedback (order_id, rating, comment, given_at) values (?, ?, ?, ?)
                    on conflict (order_id) do nothing""")) {
                ps.setObject(1, feedback.order().value());
                ps.setInt(2, feedback.rating());
                ps.setString(3, feedback.comment());
                ps.setTimestamp(4, Timestamp.from(feedback.at()));
                return ps.executeUpdate() == 1;
            }
        });
    }

    @Override
    @Transactional
    public Optional<Feedback> of(OrderId order) {
        return SqlWork.on(dataSource, "feedback store", c -> {
            try (PreparedStatement ps = c.prepareStatement("select rating, comment, given_at from feedback where order_id = ?")) {
                ps.setObject(1, order.value());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new Feedback(order, rs.getInt(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
                            : Optional.<Feedback>empty();
                }
            }
        });
    }
}
