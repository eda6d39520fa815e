package io.waybill.adapters.persistence.alerts;

import io.waybill.adapters.persistence.sql.SqlWork;
import io.waybill.adapters.persistence.sql.TenantRows;
import io.waybill.application.port.out.ConditionAlarms;
import io.waybill.domain.order.ShipmentId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The open condition breaches, read from the exceptions queue ({@code shipment_exceptions}, kind
 * {@code CONDITION_EXCURSION}) through its index on the shipment: one query per batch of predictions.
 */
@ApplicationScoped
public class JdbcConditionAlarms implements ConditionAlarms {

    private final DataSource dataSource;

    public JdbcConditionAlarms(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    @Transactional
    public Map<ShipmentId, String> openAt(Collection<ShipmentId> shipments, Instant asOf) {
        if (shipments.isEmpty()) {
            return Map.of();
        }
        return SqlWork.on(dataSource, "exceptions store", c -> {
            // a join on the array, as for the devices: the planner then looks each shipment up by the index
            try (PreparedStatement ps = c.prepareStatement("""
                    select e.shipment_id, e.reason from unnest(?::uuid[]) q(id)
                    join shipment_exceptions e on e.shipment_id = q.id and e.kind = 'CONDITION_EXCURSION'
                    where e.opened_at <= ? and (e.resolved_at is null or e.resolved_at > ?)""" + TenantRows.and("e.tenant_id")
                    + " order by e.opened_at")) {
                ps.setArray(1, c.createArrayOf("uuid", shipments.stream().map(ShipmentId::value).toArray()));
                ps.setTimestamp(2, Timestamp.from(asOf));
                ps.setTimestamp(3, Timestamp.from(asOf));
                TenantRows.bind(ps, 4);
                Map<ShipmentId, String> open = new HashMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        open.put(new ShipmentId(rs.getObject(1, UUID.class)), rs.getString(2)); // the latest opened wins
                    }
                }
                return open;
            }
        });
    }
}
