package io.waybill.adapters.persistence.devices;

import io.waybill.adapters.persistence.sql.SqlWork;
import io.waybill.adapters.persistence.sql.TenantRows;
import io.waybill.application.port.out.ConditionProfiles;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.telemetry.ConditionProfile;
import io.waybill.domain.telemetry.ConditionProfile.Band;
import io.waybill.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** Condition profiles in {@code shipment_condition_profiles} (migration V28), one row per shipment. */
@ApplicationScoped
public class JdbcConditionProfiles implements ConditionProfiles {

    private static final String STORE = "condition profiles";

    private final DataSource dataSource;

    public JdbcConditionProfiles(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    @Transactional
    public Optional<ConditionProfile> of(ShipmentId shipment) {
        return SqlWork.on(dataSource, STORE, c -> {
            try (PreparedStatement ps = c.prepareStatement("select temperature_min, temperature_max, temperature_total_min,"
                    + " temperature_one_go_min, humidity_min, humidity_max, humidity_total_min, humidity_one_go_min, max_shock_g,"
                    + " max_light_lux from shipment_condition_profiles where shipment_id = ?" + TenantRows.and("tenant_id"))) {
                ps.setObject(1, shipment.value());
                TenantRows.bind(ps, 2);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new ConditionProfile(band(rs, 1), band(rs, 5), real(rs, 9), real(rs, 10)));
                }
            }
        });
    }

    @Override
    @Transactional
    public List<Profiled> watched(Instant since) {
        return SqlWork.on(dataSource, STORE, c -> {
            try (PreparedStatement ps = c.prepareStatement("select p.tenant_id, p.shipment_id from shipment_condition_profiles p"
                    + " join shipments s on s.id = p.shipment_id where (s.status not in ('DELIVERED', 'RETURNED_TO_SENDER', 'LOST')"
                    + " or s.delivered_at > ?)" + TenantRows.and("p.tenant_id") + " order by p.set_at")) {
                ps.setTimestamp(1, Timestamp.from(since));
                TenantRows.bind(ps, 2);
                List<Profiled> found = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(new Profiled(new TenantId(rs.getString(1)), new ShipmentId(rs.getObject(2, UUID.class))));
                    }
                }
                return found;
            }
        });
    }

    @Override
    @Transactional
    public void set(ShipmentId shipment, ConditionProfile p, Instant at) {
        SqlWork.on(dataSource, STORE, c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into shipment_condition_profiles (shipment_id, tenant_id, temperature_min, temperature_max,
                        temperature_total_min, temperature_one_go_min, humidity_min, humidity_max, humidity_total_min,
                        humidity_one_go_min, max_shock_g, max_light_lux, set_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (shipment_id) do update set temperature_min = excluded.temperature_min,
                        temperature_max = excluded.temperature_max, temperature_total_min = excluded.temperature_total_min,
                        temperature_one_go_min = excluded.temperature_one_go_min, humidity_min = excluded.humidity_min,
                        humidity_max = excluded.humidity_max, humidity_total_min = excluded.humidity_total_min,
                        humidity_one_go_min = excluded.humidity_one_go_min, max_shock_g = excluded.max_shock_g,
                        max_light_lux = excluded.max_light_lux, set_at = excluded.set_at""")) {
                ps.setObject(1, shipment.value());
                ps.setString(2, TenantRows.owner());
                bind(ps, 3, p.temperature());
                bind(ps, 7, p.humidity());
                number(ps, 11, p.maxShockG());
                number(ps, 12, p.maxLightLux());
                ps.setTimestamp(13, Timestamp.from(at));
                return ps.executeUpdate();
            }
        });
    }

    private static void bind(PreparedStatement ps, int at, Band band) throws SQLException {
        number(ps, at, band == null ? null : band.min());
        number(ps, at + 1, band == null ? null : band.max());
        minutes(ps, at + 2, band == null ? null : band.allowedInTotal());
        minutes(ps, at + 3, band == null ? null : band.allowedInOneGo());
    }

    private static Band band(ResultSet rs, int at) throws SQLException {
        Double min = real(rs, at);
        Double max = real(rs, at + 1);
        if (min == null && max == null) {
            return null;
        }
        int total = rs.getInt(at + 2);
        Duration allowed = rs.wasNull() ? null : Duration.ofMinutes(total);
        int oneGo = rs.getInt(at + 3);
        Duration inOneGo = rs.wasNull() ? null : Duration.ofMinutes(oneGo);
        return new Band(min, max, allowed, inOneGo);
    }

    private static void number(PreparedStatement ps, int at, Double value) throws SQLException {
        if (value == null) {
            ps.setNull(at, Types.REAL);
        } else {
            ps.setFloat(at, value.floatValue());
        }
    }

    private static void minutes(PreparedStatement ps, int at, Duration value) throws SQLException {
        if (value == null) {
            ps.setNull(at, Types.INTEGER);
        } else {
            ps.setInt(at, (int) value.toMinutes());
        }
    }

    private static Double real(ResultSet rs, int at) throws SQLException {
        float value = rs.getFloat(at);
        return rs.wasNull() ? null : Double.valueOf(Float.toString(value));
    }
}
