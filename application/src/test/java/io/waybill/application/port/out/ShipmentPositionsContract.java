package io.waybill.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.waybill.application.fakes.InDefaultTenant;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.telemetry.Binding;
import io.waybill.domain.telemetry.Device;
import io.waybill.domain.telemetry.DeviceId;
import io.waybill.domain.telemetry.DeviceKind;
import io.waybill.domain.telemetry.Reading;
import io.waybill.domain.telemetry.Trail;
import io.waybill.domain.tenant.TenantId;
import io.waybill.domain.tracking.GeoPoint;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link ShipmentPositions} store does: the latest position of a bound device, within its binding, per shipment. */
public abstract class ShipmentPositionsContract implements InDefaultTenant {

    protected static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static final Instant T = NOW.minus(Duration.ofHours(3));

    protected abstract ShipmentPositions positions();

    protected abstract Devices devices();

    protected abstract DeviceReadings readings();

    /** A shipment of the default tenant the store can bind to (a real store needs it to exist). */
    protected abstract ShipmentId aShipment();

    private DeviceId aDevice() {
        DeviceId id = new DeviceId("DEV-" + UUID.randomUUID());
        devices().save(new Device(id, TenantId.DEFAULT, DeviceKind.GPS_TRACKER, null, T));
        return id;
    }

    @Test
    void theLatestPositionOfAnyBoundDeviceWithinItsBindingIsTheShipments() {
        ShipmentId shipment = aShipment();
        DeviceId tracker = aDevice();
        DeviceId logger = aDevice();
        devices().bind(new Binding(UUID.randomUUID(), tracker, shipment, T, T.plusSeconds(3_600)));
        devices().bind(new Binding(UUID.randomUUID(), logger, shipment, T, null));
        readings().append(tracker, List.of(Reading.at(T.plusSeconds(600), new GeoPoint(53.55, 9.99)),
                Reading.at(T.plusSeconds(4_000), new GeoPoint(1, 1))), NOW); // the second after its binding ended
        readings().append(logger, List.of(Reading.at(T.plusSeconds(300), new GeoPoint(52.52, 13.40)),
                new Reading(T.plusSeconds(5_000), null, null, null, null, null, 4.0, null, null, null, null)), NOW);

        assertThat(positions().latest(List.of(shipment)))
                .containsEntry(shipment, new Trail.Point(T.plusSeconds(600), new GeoPoint(53.55, 9.99))).hasSize(1);
    }

    @Test
    void severalShipmentsAreAnsweredAtOnceAndOneWithoutAPositionIsAbsent() {
        ShipmentId first = aShipment();
        ShipmentId second = aShipment();
        ShipmentId silent = aShipment();
        DeviceId a = aDevice();
        DeviceId b = aDevice();
        devices().bind(new Binding(UUID.randomUUID(), a, first, T, null));
        devices().bind(new Binding(UUID.randomUUID(), b, second, T.plusSeconds(120), null));
        readings().append(a, List.of(Reading.at(T.plusSeconds(60), new GeoPoint(48.1, 11.5))), NOW);
        readings().append(b, List.of(Reading.at(T.plusSeconds(60), new GeoPoint(50.0, 8.0)),
                Reading.at(T.plusSeconds(180), new GeoPoint(50.1, 8.6))), NOW);

        assertThat(positions().latest(List.of(first, second, silent))).containsOnlyKeys(first, second)
                .containsEntry(second, new Trail.Point(T.plusSeconds(180), new GeoPoint(50.1, 8.6)));
        assertThat(positions().latest(List.of())).isEmpty();
    }
}
