package io.waybill.adapters.persistence.devices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.waybill.adapters.persistence.testing.PostgresTestResource;
import io.waybill.application.port.out.DeviceReadings;
import io.waybill.application.port.out.DeviceReadingsContract;
import io.waybill.application.shared.TenantScope;
import io.waybill.domain.telemetry.Device;
import io.waybill.domain.telemetry.DeviceId;
import io.waybill.domain.telemetry.DeviceKind;
import io.waybill.domain.telemetry.Reading;
import io.waybill.domain.tenant.TenantId;
import io.waybill.domain.tracking.GeoPoint;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The DeviceReadings contract on a real PostgreSQL, its months and its wall. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class JdbcDeviceReadingsTest extends DeviceReadingsContract {

    @Inject
    JdbcDeviceReadings store;
    @Inject
    JdbcDevices devices;
    @Inject
    DataSource dataSource;

    @Override
    protected DeviceReadings readings() {
        return store;
    }

    @Override
    protected DeviceId aDevice() {
        DeviceId id = new DeviceId("DEV-" + UUID.randomUUID());
        devices.save(new Device(id, TenantId.DEFAULT, DeviceKind.GPS_TRACKER, null, NOW));
        return id;
    }

    @Test
    void anotherTenantNeitherReadsNorWritesTheDevicesReadings() {
        DeviceId device = aDevice();
        store.append(device, List.of(Reading.at(NOW.minusSeconds(5), new GeoPoint(52, 13))), NOW);
        TenantScope.run(new TenantId("other-shipper"), () -> {
            assertThat(store.between(device, Instant.EPOCH, null, 10)).isEmpty();
            assertThatThrownBy(() -> store.append(device,
                    List.of(Reading.at(NOW.minusSeconds(4), new GeoPoint(1, 1))), NOW)).hasMessageContaining("row-level security");
        });
        assertThat(store.between(device, Instant.EPOCH, null, 10)).hasSize(1);
    }

    @Test
    void monthsAreMadeAheadAndThosePastTheRetentionDropped() throws Exception {
        Instant inFiveMonths = NOW.plus(Duration.ofDays(150));
        store.keepMonths(inFiveMonths);
        List<String> months = months();
        assertThat(months).last().asString().isEqualTo("device_readings_" + month(inFiveMonths.plus(Duration.ofDays(62))));
        assertThat(months).first().asString().isEqualTo("device_readings_" + month(store.keptSince(inFiveMonths)));
        store.keepMonths(NOW); // the months of today again, for the other tests
        assertThat(months()).contains("device_readings_" + month(NOW));
    }

    private List<String> months() throws Exception {
        List<String> names = new ArrayList<>();
        try (TenantScope.Entered ignored = TenantScope.enterPlatform(); Connection c = dataSource.getConnection();
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select c.relname from pg_inherits i"
                        + " join pg_class c on c.oid = i.inhrelid join pg_class p on p.oid = i.inhparent"
                        + " where p.relname = 'device_readings' order by c.relname")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private static String month(Instant at) {
        return DateTimeFormatter.ofPattern("yyyy_MM").withZone(ZoneOffset.UTC).format(at);
    }
}
