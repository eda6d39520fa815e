package io.waybill.adapters.persistence.exceptions;

import io.waybill.adapters.persistence.sql.SqlWork;
import io.waybill.adapters.persistence.sql.TenantRows;
import io.waybill.application.port.out.ExceptionSignals;
import io.waybill.application.shared.ShipmentSignal;
import io.waybill.domain.order.OrderId;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.order.ShipmentStatus;
import io.waybill.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The shipments that may need a person, read from {@code shipments} with their order, their current prediction and
 * their latest event. Delivered shipments (most of them, in time) are left out before their events are looked at.
 */
@ApplicationScoped
public class JdbcExceptionSignals implements ExceptionSignals {

    private static final String QUERY = """
            select s.tenant_id, s.order_id, o.order_number, s.id, s.carrier, s.carrier_tracking_number, s.status,
                   s.status_reason, p.risk_level, p.reasons, p.first_detected_at, p.lead_time_hours,
                   coalesce(p.promised_latest, o.promised_latest), latest.at
            from shipments s
            join orders o on o.id = s.order_id
            left join shipment_predictions p on p.shipment_id = s.id
            left join lateral (select max(e.occurred_at) as at from tracking_events e
                               where e.order_id = s.order_id and e.shipment_id = s.id
                                 and e.retracted_at is null) latest on true
            where s.status in ('HELD', 'DELIVERY_ATTEMPT_FAILED', 'LOST', 'RETURNED_TO_SENDER', 'SHIPPED', 'IN_TRANSIT',
                               'OUT_FOR_DELIVERY', 'AVAILABLE_FOR_PICKUP')
              and (s.status in ('HELD', 'DELIVERY_ATTEMPT_FAILED', 'LOST', 'RETURNED_TO_SENDER')
                   or p.risk_level = 'HIGH'
                   or (s.status in ('SHIPPED', 'IN_TRANSIT', 'OUT_FOR_DELIVERY') and latest.at < ?))""";

    private final DataSource dataSource;

    public JdbcExceptionSignals(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    @Transactional
    public List<ShipmentSignal> current(Instant silentSince) {
        return SqlWork.on(dataSource, "exception signals", c -> {
            try (PreparedStatement ps = c.prepareStatement(QUERY + TenantRows.and("s.tenant_id") + " order by s.id")) {
                ps.setTimestamp(1, Timestamp.from(silentSince));
                TenantRows.bind(ps, 2);
                List<ShipmentSignal> found = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(signal(rs));
                    }
                }
                return found;
            }
        });
    }

    private static ShipmentSignal signal(ResultSet rs) throws SQLException {
        Array reasons = rs.getArray(10);
        long lead = rs.getLong(12);
        Long leadTime = rs.wasNull() ? null : lead;
        return new ShipmentSignal(new TenantId(rs.getString(1)), new OrderId(rs.getObject(2, UUID.class)), rs.getString(3),
                new ShipmentId(rs.getObject(4, UUID.class)), rs.getString(5), rs.getString(6), ShipmentStatus.valueOf(rs.getString(7)),
                rs.getString(8), rs.getString(9), reasons == null ? List.of() : Arrays.asList((String[]) reasons.getArray()),
                ExceptionRows.instant(rs, 11), leadTime, ExceptionRows.instant(rs, 13), ExceptionRows.instant(rs, 14));
    }
}
