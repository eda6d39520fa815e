package io.waybill.adapters.persistence.devices;

import io.waybill.adapters.persistence.sql.SqlWork;
import io.waybill.adapters.persistence.sql.TenantRows;
import io.waybill.application.port.out.Geofences;
import io.waybill.domain.telemetry.Geofence;
import io.waybill.domain.telemetry.GeofenceId;
import io.waybill.domain.tracking.GeoPoint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Geofences in table {@code geofences} (migration V30), keyed by tenant and the tenant's own id. */
@ApplicationScoped
public class JdbcGeofences implements Geofences {

    private static final String STORE = "geofence store";
    private static final String COLUMNS = "select id, name, latitude, longitude, radius_m, location_code, city, country_code"
            + " from geofences";

    private final DataSource dataSource;

    public JdbcGeofences(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    @Transactional
    public Optional<Geofence> byId(GeofenceId id) {
        return SqlWork.on(dataSource, STORE, c -> {
            try (PreparedStatement ps = c.prepareStatement(COLUMNS + " where id = ?" + TenantRows.and("tenant_id"))) {
                ps.setString(1, id.value());
                TenantRows.bind(ps, 2);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(fence(rs)) : Optional.empty();
                }
            }
        });
    }

    @Override
    @Transactional
    public boolean save(Geofence f) {
        return SqlWork.on(dataSource, STORE, c -> {
            // xmax = 0: the row was inserted, not updated
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into geofences (tenant_id, id, name, latitude, longitude, radius_m, location_code, city, country_code)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (tenant_id, id) do update set name = excluded.name, latitude = excluded.latitude,
                        longitude = excluded.longitude, radius_m = excluded.radius_m, location_code = excluded.location_code,
                        city = excluded.city, country_code = excluded.country_code, changed_at = now()
                    returning (xmax = 0)""")) {
                ps.setString(1, TenantRows.owner());
                ps.setString(2, f.id().value());
                ps.setString(3, f.name());
                ps.setDouble(4, f.centre().latitude());
                ps.setDouble(5, f.centre().longitude());
                ps.setDouble(6, f.radiusMetres());
                ps.setString(7, f.locationCode());
                ps.setString(8, f.city());
                ps.setString(9, f.countryCode());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getBoolean(1);
                }
            }
        });
    }

    @Override
    @Transactional
    public boolean delete(GeofenceId id) {
        return SqlWork.on(dataSource, STORE, c -> {
            try (PreparedStatement ps = c.prepareStatement("delete from geofences where id = ?" + TenantRows.and("tenant_id"))) {
                ps.setString(1, id.value());
                TenantRows.bind(ps, 2);
                return ps.executeUpdate() > 0;
            }
        });
    }

    @Override
    @Transactional
    public List<Geofence> all() {
        return SqlWork.on(dataSource, STORE, c -> {
            String where = TenantRows.visible() == null ? "" : " where tenant_id = ?";
            try (PreparedStatement ps = c.prepareStatement(COLUMNS + where + " order by id")) {
                TenantRows.bind(ps, 1);
                List<Geofence> found = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(fence(rs));
                    }
                }
                return found;
            }
        });
    }

    private static Geofence fence(ResultSet rs) throws SQLException {
        return new Geofence(new GeofenceId(rs.getString(1)), rs.getString(2), new GeoPoint(rs.getDouble(3), rs.getDouble(4)),
                rs.getDouble(5), rs.getString(6), rs.getString(7), rs.getString(8));
    }
}
