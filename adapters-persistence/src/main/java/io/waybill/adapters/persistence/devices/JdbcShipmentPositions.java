package io.waybill.adapters.persistence.devices;

import io.waybill.adapters.persistence.sql.SqlWork;
import io.waybill.adapters.persistence.sql.TenantRows;
import io.waybill.application.port.out.ShipmentPositions;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.telemetry.Trail;
import io.waybill.domain.tracking.GeoPoint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The last positions of shipments in one statement: each binding of the shipments (index {@code device_bindings_shipment})
 * with its device's latest reading with a position within the binding (a backward scan of the readings' primary key,
 * one row per binding), the latest of those per shipment. The public tracking view asks on every call, so it is one
 * round trip whatever the number of shipments and bindings.
 */
@ApplicationScoped
public class JdbcShipmentPositions implements ShipmentPositions {

    private static final String STORE = "device readings";

    private final DataSource dataSource;

    public JdbcShipmentPositions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    @Transactional
    public Map<ShipmentId, Trail.Point> latest(Collection<ShipmentId> shipments) {
        if (shipments.isEmpty()) {
            return Map.of();
        }
        return SqlWork.on(dataSource, STORE, c -> {
            try (PreparedStatement ps = c.prepareStatement("select distinct on (b.shipment_id) b.shipment_id, r.at, r.latitude,"
                    + " r.longitude from device_bindings b cross join lateral (select at, latitude, longitude from device_readings"
                    + " where device_id = b.device_id and at >= b.bound_from and at < coalesce(b.bound_until, 'infinity')"
                    + " and latitude is not null order by at desc limit 1) r where b.shipment_id = any(?)"
                    + TenantRows.and("b.tenant_id") + " order by b.shipment_id, r.at desc")) {
                ps.setArray(1, c.createArrayOf("uuid", shipments.stream().map(ShipmentId::value).toArray()));
                TenantRows.bind(ps, 2);
                Map<ShipmentId, Trail.Point> found = new HashMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.put(new ShipmentId(rs.getObject(1, UUID.class)), new Trail.Point(rs.getTimestamp(2).toInstant(),
                                new GeoPoint(rs.getDouble(3), rs.getDouble(4))));
                    }
                }
                return found;
            }
        });
    }
}
