package io.waybill.adapters.persistence.devices;

import io.waybill.adapters.persistence.sql.SqlWork;
import io.waybill.adapters.persistence.sql.TenantRows;
import io.waybill.application.port.out.Devices;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.telemetry.Binding;
import io.waybill.domain.telemetry.Device;
import io.waybill.domain.telemetry.DeviceId;
import io.waybill.domain.telemetry.VehicleId;
import io.waybill.domain.telemetry.DeviceKind;
import io.waybill.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.HashSet;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** Devices in table {@code devices}, bindings in {@code device_bindings} (migration V26). */
@ApplicationScoped
public class JdbcDevices implements Devices {

    private static final String STORE = "device store";
    private static final String BINDING_COLUMNS = "select id, device_id, shipment_id, bound_from, bound_until, via_vehicle from device_bindings";

    private final DataSource dataSource;

    public JdbcDevices(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    @Transactional
    public Optional<Device> byId(DeviceId id) {
        return SqlWork.on(dataSource, STORE, c -> {
            try (PreparedStatement ps = c.prepareStatement("select id, tenant_id, kind, label, registered_at from devices where id = ?"
                    + TenantRows.and("tenant_id"))) {
                ps.setString(1, id.value());
                TenantRows.bind(ps, 2);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new Device(new DeviceId(rs.getString(1)), new TenantId(rs.getString(2)),
                            DeviceKind.valueOf(rs.getString(3)), rs.getString(4), rs.getTimestamp(5).toInstant())) : Optional.empty();
                }
            }
        });
    }

    @Override
    @Transactional
    public Set<DeviceId> registered(Collection<DeviceId> ids) {
        return SqlWork.on(dataSource, STORE, c -> {
            // a join, not "id = any(?)": with statistics behind a burst of registrations the planner filtered every
            // device of the tenant against the whole array (0.8 s for 2,000 ids among 15,000 devices; docs/benchmarks.md)
            try (PreparedStatement ps = c.prepareStatement("select d.id from unnest(?::varchar[]) q(id) join devices d on d.id = q.id"
                    + TenantRows.and("d.tenant_id"))) {
                ps.setArray(1, c.createArrayOf("varchar", ids.stream().map(DeviceId::value).toArray()));
                TenantRows.bind(ps, 2);
                Set<DeviceId> found = new HashSet<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(new DeviceId(rs.getString(1)));
                    }
                }
                return found;
            }
        });
    }

    @Override
    @Transactional
    public void save(Device device) {
        SqlWork.on(dataSource, STORE, c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into devices (id, tenant_id, kind, label, registered_at) values (?, ?, ?, ?, ?)
                    on conflict (id) do update set kind = excluded.kind, label = excluded.label
                    where devices.tenant_id = excluded.tenant_id""")) {
                ps.setString(1, device.getId().value());
                ps.setString(2, device.tenant().value());
                ps.setString(3, device.kind().name());
                ps.setString(4, device.label());
                ps.setTimestamp(5, Timestamp.from(device.registeredAt()));
                return ps.executeUpdate();
            }
        });
    }

    @Override
    @Transactional
    public void bind(Binding b) {
        SqlWork.on(dataSource, STORE, c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into device_bindings (id, tenant_id, device_id, shipment_id, bound_from, bound_until)
                    values (?, ?, ?, ?, ?, ?) on conflict (id) do update set bound_until = excluded.bound_until""")) {
                ps.setObject(1, b.id());
                ps.setString(2, TenantRows.owner());
                ps.setString(3, b.device().value());
                ps.setObject(4, b.shipment().value());
                ps.setTimestamp(5, Timestamp.from(b.from()));
                ps.setTimestamp(6, b.until() == null ? null : Timestamp.from(b.until()));
                return ps.executeUpdate();
            }
        });
    }

    @Override
    @Transactional
    public List<Binding> bindingsOf(DeviceId device) {
        return bindings(" where device_id = ?", device.value());
    }

    @Override
    @Transactional
    public List<Binding> bindingsOf(ShipmentId shipment) {
        return bindings(" where shipment_id = ?", shipment.value());
    }

    private List<Binding> bindings(String where, Object key) {
        return SqlWork.on(dataSource, STORE, c -> {
            try (PreparedStatement ps = c.prepareStatement(BINDING_COLUMNS + where + TenantRows.and("tenant_id")
                    + " order by bound_from, id")) {
                ps.setObject(1, key);
                TenantRows.bind(ps, 2);
                List<Binding> found = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(binding(rs));
                    }
                }
                return found;
            }
        });
    }

    private static Binding binding(ResultSet rs) throws SQLException {
        Timestamp until = rs.getTimestamp(5);
        String vehicle = rs.getString(6);
        return new Binding(rs.getObject(1, UUID.class), new DeviceId(rs.getString(2)), new ShipmentId(rs.getObject(3, UUID.class)),
                rs.getTimestamp(4).toInstant(), until == null ? null : until.toInstant(), vehicle == null ? null : new VehicleId(vehicle));
    }
}
