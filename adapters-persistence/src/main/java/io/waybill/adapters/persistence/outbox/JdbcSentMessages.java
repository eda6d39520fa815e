package io.waybill.adapters.persistence.outbox;

import io.waybill.adapters.persistence.sql.SqlWork;
import io.waybill.adapters.persistence.sql.TenantRows;
import io.waybill.application.port.out.SentMessages;
import io.waybill.application.shared.SentMessage;
import io.waybill.domain.order.OrderId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** The notification deliveries of one order, newest first, from {@code notification_deliveries}. */
@ApplicationScoped
public class JdbcSentMessages implements SentMessages {

    private final DataSource dataSource;

    public JdbcSentMessages(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    @Transactional
    public List<SentMessage> ofOrder(OrderId order, int limit) {
        return SqlWork.on(dataSource, "sent messages", c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    select d.kind, d.channel, d.recipient, d.status, d.attempts, d.created_at, d.finished_at, d.last_error
                    from notification_deliveries d join orders o on o.id = d.order_id
                    where d.order_id = ?""" + TenantRows.and("o.tenant_id") + " order by d.id desc limit ?")) {
                ps.setObject(1, order.value());
                int i = TenantRows.bind(ps, 2);
                ps.setInt(i, limit);
                List<SentMessage> found = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Timestamp finished = rs.getTimestamp(7);
                        found.add(new SentMessage(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getInt(5), rs.getTimestamp(6).toInstant(), finished == null ? null : finished.toInstant(),
                                rs.getString(8)));
                    }
                }
                return found;
            }
        });
    }
}
