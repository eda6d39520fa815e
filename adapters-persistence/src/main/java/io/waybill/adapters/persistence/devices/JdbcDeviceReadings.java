package io.waybill.adapters.persistence.devices;

import io.quarkus.runtime.StartupEvent;
import io.waybill.adapters.persistence.sql.SqlWork;
import io.waybill.application.port.out.DeviceReadings;
import io.waybill.application.shared.TenantScope;
import io.waybill.domain.telemetry.DeviceId;
import io.waybill.domain.telemetry.Reading;
import io.waybill.domain.tracking.GeoPoint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Readings in table {@code device_readings}, one partition per month (migration V26). A batch is one statement
 * ({@code insert … select from unnest(…) on conflict do nothing}): one round trip whatever its size, and a reading
 * stored before is skipped. Months are kept for {@code waybill.devices.retention} (whole months: a reading is kept at
 * least that long) and made two months ahead, at start and by {@link #keepMonths}.
 */
@ApplicationScoped
public class JdbcDeviceReadings implements DeviceReadings {

    private static final String STORE = "device readings";
    private static final String COLUMNS = "at, latitude, longitude, speed_kmh, heading, altitude_m, accuracy_m, temperature_c,"
            + " humidity_pct, shock_g, light_lux, battery_pct";

    private static final List<Function<Reading, Double>> MEASURED = List.of(Reading::speedKmh, Reading::headingDegrees,
            Reading::altitudeMetres, Reading::accuracyMetres, Reading::temperatureCelsius, Reading::humidityPercent, Reading::shockG,
            Reading::lightLux, Reading::batteryPercent);

    private final DataSource dataSource;
    private final Period retention;

    public JdbcDeviceReadings(DataSource dataSource,
            @ConfigProperty(name = "waybill.devices.retention", defaultValue = "P3M") String retention) {
        this.dataSource = dataSource;
        this.retention = Period.parse(retention);
    }

    void onStart(@Observes StartupEvent event) {
        keepMonths(Instant.now());
    }

    /** Makes the months ahead of {@code now} and drops those past the retention; run at start and daily. */
    @Transactional
    public void keepMonths(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        TenantScope.platform(() -> SqlWork.on(dataSource, STORE, c -> {
            try (PreparedStatement ps = c.prepareStatement("select waybill_keep_reading_months(?, ?)")) {
                ps.setDate(1, Date.valueOf(LocalDate.ofInstant(keptSince(now), ZoneOffset.UTC)));
                ps.setDate(2, Date.valueOf(today.plusMonths(2).withDayOfMonth(1)));
                ps.execute();
                return null;
            }
        }));
    }

    @Override
    public Instant keptSince(Instant now) {
        return LocalDate.ofInstant(now, ZoneOffset.UTC).minus(retention).withDayOfMonth(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    @Override
    @Transactional
    public int append(DeviceId device, List<Reading> readings, Instant receivedAt) {
        return appendAll(Map.of(device, readings), receivedAt);
    }

    /** One statement for the readings of every device: one round trip whatever the batch (device ids as an array too). */
    @Override
    @Transactional
    public int appendAll(Map<DeviceId, List<Reading>> byDevice, Instant receivedAt) {
        List<String> ids = new ArrayList<>();
        List<Reading> all = new ArrayList<>();
        byDevice.forEach((device, readings) -> readings.forEach(r -> {
            ids.add(device.value());
            all.add(r);
        }));
        return SqlWork.on(dataSource, STORE, c -> {
            try (PreparedStatement ps = c.prepareStatement("insert into device_readings (received_at, device_id, " + COLUMNS + ")"
                    + " select ?, * from unnest(?::varchar[], ?::timestamptz[], ?::float8[], ?::float8[], ?::float4[], ?::float4[],"
                    + " ?::float4[], ?::float4[], ?::float4[], ?::float4[], ?::float4[], ?::float4[], ?::float4[]) on conflict do nothing")) {
                ps.setTimestamp(1, Timestamp.from(receivedAt));
                ps.setArray(2, c.createArrayOf("varchar", ids.toArray()));
                ps.setArray(3, c.createArrayOf("timestamptz", all.stream().map(r -> Timestamp.from(r.at())).toArray()));
                ps.setArray(4, column(c, "float8", all, r -> r.position() == null ? null : r.position().latitude()));
                ps.setArray(5, column(c, "float8", all, r -> r.position() == null ? null : r.position().longitude()));
                for (int i = 0; i < MEASURED.size(); i++) {
                    ps.setArray(6 + i, column(c, "float4", all, MEASURED.get(i)));
                }
                return ps.executeUpdate();
            }
        });
    }

    @Override
    @Transactional
    public List<Reading> between(DeviceId device, Instant from, Instant until, int limit) {
        return SqlWork.on(dataSource, STORE, c -> {
            try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS + " from device_readings where device_id = ?"
                    + " and at >= ? and at < ? order by at limit ?")) {
                bindRange(ps, device, from, until);
                ps.setInt(4, limit);
                return read(ps);
            }
        });
    }

    @Override
    @Transactional
    public Optional<Reading> lastPosition(DeviceId device, Instant from, Instant until) {
        return SqlWork.on(dataSource, STORE, c -> {
            try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS + " from device_readings where device_id = ?"
                    + " and at >= ? and at < ? and latitude is not null order by at desc limit 1")) {
                bindRange(ps, device, from, until);
                return read(ps).stream().findFirst();
            }
        });
    }

    private static void bindRange(PreparedStatement ps, DeviceId device, Instant from, Instant until) throws SQLException {
        ps.setString(1, device.value());
        ps.setTimestamp(2, Timestamp.from(from));
        ps.setTimestamp(3, Timestamp.from(until == null ? Instant.parse("9999-12-31T00:00:00Z") : until));
    }

    private static Array column(Connection c, String type, List<Reading> readings, Function<Reading, Double> value)
            throws SQLException {
        return c.createArrayOf(type, readings.stream().map(value).toArray());
    }

    private static List<Reading> read(PreparedStatement ps) throws SQLException {
        List<Reading> found = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                double lat = rs.getDouble(2);
                GeoPoint position = rs.wasNull() ? null : new GeoPoint(lat, rs.getDouble(3));
                found.add(new Reading(rs.getTimestamp(1).toInstant(), position, real(rs, 4), real(rs, 5), real(rs, 6), real(rs, 7),
                        real(rs, 8), real(rs, 9), real(rs, 10), real(rs, 11), real(rs, 12)));
            }
        }
        return found;
    }

    /** A float4 column as the double the reading was sent with, to the sensor's own precision (no 21.299999237). */
    private static Double real(ResultSet rs, int column) throws SQLException {
        float value = rs.getFloat(column);
        return rs.wasNull() ? null : Double.valueOf(Float.toString(value));
    }
}
