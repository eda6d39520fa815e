package io.waybill.adapters.persistence.devices;

import io.waybill.adapters.persistence.sql.SqlWork;
import io.waybill.adapters.persistence.sql.TenantRows;
import io.waybill.application.port.out.Vehicles;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.telemetry.Binding;
import io.waybill.domain.telemetry.DeviceId;
import io.waybill.domain.telemetry.Load;
import io.waybill.domain.telemetry.VehicleBinding;
import io.waybill.domain.telemetry.VehicleId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Tables {@code vehicle_mountings} and {@code vehicle_loads} (migration V33), and the bindings derived from them in
 * {@code device_bindings} (those with {@code via_vehicle}); row-level security keeps each row to its tenant.
 */
@ApplicationScoped
public class JdbcVehicles implements Vehicles {

    private static final String STORE = "vehicles store";
    private static final String MOUNTINGS = "select id, device_id, vehicle_id, mounted_from, mounted_until from vehicle_mountings";
    private static final String LOADS = "select id, vehicle_id, shipment_id, loaded_from, loaded_until from vehicle_loads";

    private final DataSource dataSource;

    public JdbcVehicles(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    @Transactional
    public List<VehicleBinding> devicesOn(VehicleId vehicle) {
        return rows(MOUNTINGS + " where vehicle_id = ?" + TenantRows.and("tenant_id") + " order by mounted_from, id", vehicle.value(),
                JdbcVehicles::mounting);
    }

    @Override
    @Transactional
    public List<VehicleBinding> vehiclesOf(DeviceId device) {
        return rows(MOUNTINGS + " where device_id = ?" + TenantRows.and("tenant_id") + " order by mounted_from, id", device.value(),
                JdbcVehicles::mounting);
    }

    @Override
    @Transactional
    public void mount(VehicleBinding m) {
        SqlWork.on(dataSource, STORE, c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into vehicle_mountings (id, tenant_id, device_id, vehicle_id, mounted_from, mounted_until)
                    values (?, ?, ?, ?, ?, ?) on conflict (id) do update set mounted_until = excluded.mounted_until""")) {
                ps.setObject(1, m.id());
                ps.setString(2, TenantRows.owner());
                ps.setString(3, m.device().value());
                ps.setString(4, m.vehicle().value());
                ps.setTimestamp(5, Timestamp.from(m.from()));
                ps.setTimestamp(6, timestamp(m.until()));
                return ps.executeUpdate();
            }
        });
    }

    @Override
    @Transactional
    public List<Load> loadsOf(VehicleId vehicle) {
        return rows(LOADS + " where vehicle_id = ?" + TenantRows.and("tenant_id") + " order by loaded_from, id", vehicle.value(),
                JdbcVehicles::load);
    }

    @Override
    @Transactional
    public List<Load> loadsOf(ShipmentId shipment) {
        return rows(LOADS + " where shipment_id = ?" + TenantRows.and("tenant_id") + " order by loaded_from, id", shipment.value(),
                JdbcVehicles::load);
    }

    @Override
    @Transactional
    public void load(Load l) {
        SqlWork.on(dataSource, STORE, c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into vehicle_loads (id, tenant_id, vehicle_id, shipment_id, loaded_from, loaded_until)
                    values (?, ?, ?, ?, ?, ?) on conflict (id) do update set loaded_until = excluded.loaded_until""")) {
                ps.setObject(1, l.id());
                ps.setString(2, TenantRows.owner());
                ps.setString(3, l.vehicle().value());
                ps.setObject(4, l.shipment().value());
                ps.setTimestamp(5, Timestamp.from(l.from()));
                ps.setTimestamp(6, timestamp(l.until()));
                return ps.executeUpdate();
            }
        });
    }

    @Override
    @Transactional
    public void replaceDerived(VehicleId vehicle, List<Binding> derived) {
        SqlWork.on(dataSource, STORE, c -> {
            try (PreparedStatement delete = c.prepareStatement("delete from device_bindings where tenant_id = ? and via_vehicle = ?")) {
                delete.setString(1, TenantRows.owner());
                delete.setString(2, vehicle.value());
                delete.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into device_bindings (id, tenant_id, device_id, shipment_id, bound_from, bound_until, via_vehicle)
                    values (?, ?, ?, ?, ?, ?, ?)""")) {
                for (Binding b : derived) {
                    ps.setObject(1, b.id());
                    ps.setString(2, TenantRows.owner());
                    ps.setString(3, b.device().value());
                    ps.setObject(4, b.shipment().value());
                    ps.setTimestamp(5, Timestamp.from(b.from()));
                    ps.setTimestamp(6, timestamp(b.until()));
                    ps.setString(7, vehicle.value());
                    ps.addBatch();
                }
                if (!derived.isEmpty()) {
                    ps.executeBatch();
                }
            }
            return derived.size();
        });
    }

    @FunctionalInterface
    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> List<T> rows(String sql, Object key, Row<T> row) {
        return SqlWork.on(dataSource, STORE, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setObject(1, key);
                TenantRows.bind(ps, 2);
                List<T> found = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(row.read(rs));
                    }
                }
                return found;
            }
        });
    }

    private static VehicleBinding mounting(ResultSet rs) throws SQLException {
        return new VehicleBinding(rs.getObject(1, UUID.class), new DeviceId(rs.getString(2)), new VehicleId(rs.getString(3)),
                rs.getTimestamp(4).toInstant(), instant(rs.getTimestamp(5)));
    }

    private static Load load(ResultSet rs) throws SQLException {
        return new Load(rs.getObject(1, UUID.class), new VehicleId(rs.getString(2)), new ShipmentId(rs.getObject(3, UUID.class)),
                rs.getTimestamp(4).toInstant(), instant(rs.getTimestamp(5)));
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
