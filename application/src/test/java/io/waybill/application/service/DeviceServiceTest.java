package io.waybill.application.service;

import static io.waybill.application.fakes.OrderTestData.T0;
import static io.waybill.application.fakes.OrderTestData.anOrder;
import static io.waybill.application.fakes.OrderTestData.pack;
import static io.waybill.application.fakes.OrderTestData.wholeOrderManifest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.waybill.application.fakes.InDefaultTenant;
import io.waybill.application.fakes.InMemoryDeviceReadings;
import io.waybill.application.fakes.InMemoryDevices;
import io.waybill.application.fakes.InMemoryOrders;
import io.waybill.application.fakes.MutableClock;
import io.waybill.application.port.in.DeviceNotFoundException;
import io.waybill.application.port.in.OrderNotFoundException;
import io.waybill.application.port.in.ReadTrail.ShipmentTrail;
import io.waybill.application.port.in.RecordReadings.Message;
import io.waybill.application.port.in.RecordReadings.Messages;
import io.waybill.application.port.in.RecordReadings.Recorded;
import io.waybill.application.shared.NameTakenException;
import io.waybill.application.shared.TenantScope;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.shared.IllegalTransitionException;
import io.waybill.domain.shared.InvalidValueException;
import io.waybill.domain.telemetry.Binding;
import io.waybill.domain.telemetry.DeviceId;
import io.waybill.domain.telemetry.DeviceKind;
import io.waybill.domain.telemetry.Reading;
import io.waybill.domain.telemetry.Trail;
import io.waybill.domain.tenant.TenantId;
import io.waybill.domain.tracking.GeoPoint;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DeviceServiceTest implements InDefaultTenant {

    private static final TenantId OTHER = new TenantId("other-shipper");
    private static final Duration RETENTION = Duration.ofDays(90);

    private final MutableClock clock = new MutableClock(T0.plus(Duration.ofDays(1)));
    private final InMemoryOrders orders = new InMemoryOrders();
    private final InMemoryDevices devices = new InMemoryDevices();
    private final InMemoryDeviceReadings readings = new InMemoryDeviceReadings(RETENTION);
    private final DeviceService service = new DeviceService(devices, readings, orders, clock);

    private final DeviceId tracker = new DeviceId("TRK-" + UUID.randomUUID().toString().substring(0, 8));

    @Test
    void aDeviceIsRegisteredOnceAndItsIdBelongsToOneTenant() {
        assertThat(service.register(tracker, DeviceKind.GPS_TRACKER, "Van 7").created()).isTrue();
        assertThat(service.register(tracker, DeviceKind.GPS_TRACKER, "Van 7, front").created()).isFalse();
        assertThat(service.get(tracker).device().label()).isEqualTo("Van 7, front");

        TenantScope.run(OTHER, () -> {
            assertThatThrownBy(() -> service.register(tracker, DeviceKind.DATA_LOGGER, null)).isInstanceOf(NameTakenException.class)
                    .hasMessageNotContaining("default");
            assertThatThrownBy(() -> service.get(tracker)).isInstanceOf(DeviceNotFoundException.class);
            assertThatThrownBy(() -> service.record(tracker, List.of(ping(0, 52.5, 13.4))))
                    .isInstanceOf(DeviceNotFoundException.class);
        });
    }

    @Test
    void readingsSentTwiceOrOutOfOrderAreStoredOnceAndTheLatestPositionIsTheLatestInTime() {
        service.register(tracker, DeviceKind.GPS_TRACKER, null);
        Recorded first = service.record(tracker, List.of(ping(60, 52.6, 13.5), ping(0, 52.5, 13.4)));
        Recorded again = service.record(tracker, List.of(ping(0, 52.5, 13.4), ping(30, 52.55, 13.45), ping(30, 52.55, 13.45)));

        assertThat(first).isEqualTo(new Recorded(2, 0));
        assertThat(again).isEqualTo(new Recorded(1, 2));
        assertThat(service.get(tracker).lastPosition().position()).isEqualTo(new GeoPoint(52.6, 13.5));
    }

    @Test
    void aReadingFromTheFutureOrBeyondTheRetentionRefusesItsWholeBatch() {
        service.register(tracker, DeviceKind.GPS_TRACKER, null);
        Instant now = clock.instant();
        Reading fine = Reading.at(now.minusSeconds(60), new GeoPoint(52.5, 13.4));
        assertThatThrownBy(() -> service.record(tracker, List.of(fine, Reading.at(now.plus(Duration.ofMinutes(10)), new GeoPoint(1, 1)))))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("in the future").hasMessageContaining("clock");
        assertThatThrownBy(() -> service.record(tracker, List.of(fine, Reading.at(now.minus(Duration.ofDays(91)), new GeoPoint(1, 1)))))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("older than the readings kept");
        assertThat(readings.between(tracker, Instant.EPOCH, null, 10)).as("nothing of either batch").isEmpty();
        assertThat(service.record(tracker, List.of(Reading.at(now.plus(Duration.ofMinutes(4)), new GeoPoint(1, 1)))).stored())
                .as("a few minutes of clock skew are fine").isEqualTo(1);
    }

    @Test
    void aBatchOfBrokerMessagesIsStoredTogetherAndAMessageThatCanNeverBeStoredIsRefusedAloneByItsIndex() {
        service.register(tracker, DeviceKind.GPS_TRACKER, null);
        DeviceId logger = new DeviceId("LOG-" + UUID.randomUUID().toString().substring(0, 8));
        service.register(logger, DeviceKind.DATA_LOGGER, null);
        Instant now = clock.instant();
        List<Message> messages = List.of(
                new Message(TenantId.DEFAULT, tracker, List.of(ping(0, 52.5, 13.4))),
                new Message(TenantId.DEFAULT, new DeviceId("NOBODY"), List.of(ping(0, 1, 1))),
                new Message(TenantId.DEFAULT, logger, List.of(Reading.at(now.plus(Duration.ofHours(1)), new GeoPoint(1, 1)))),
                new Message(OTHER, tracker, List.of(ping(10, 1, 1))),
                new Message(TenantId.DEFAULT, tracker, List.of(ping(0, 52.5, 13.4), ping(30, 52.55, 13.45))),
                new Message(TenantId.DEFAULT, logger, List.of(ping(0, 48.1, 11.5))));

        Messages result = TenantScope.platform(() -> service.recordMessages(messages));

        assertThat(result.stored()).isEqualTo(3);
        assertThat(result.duplicates()).as("the first ping, twice in the batch").isEqualTo(1);
        assertThat(result.refused()).containsOnlyKeys(1, 2, 3);
        assertThat(result.refused().get(2)).contains("in the future");
        assertThat(readings.between(tracker, Instant.EPOCH, null, 10)).hasSize(2);
        assertThat(readings.between(logger, Instant.EPOCH, null, 10)).hasSize(1);
        assertThat(TenantScope.platform(() -> service.recordMessages(messages)).stored()).as("sent again").isZero();
    }

    @Test
    void aDeviceThatNamesOnlyItselfWritesIntoItsOwnersTenantAndATopicOfAnotherTenantIsRefused() {
        service.register(tracker, DeviceKind.GPS_TRACKER, null);
        Recorded recorded = TenantScope.platform(() -> service.recordAsDevice(tracker, List.of(ping(0, 52.5, 13.4))));
        assertThat(recorded.stored()).isEqualTo(1);
        assertThatThrownBy(() -> TenantScope.platform(() -> service.recordForTenant(OTHER, tracker, List.of(ping(5, 1, 1)))))
                .isInstanceOf(DeviceNotFoundException.class);
        assertThat(service.recordForTenant(TenantId.DEFAULT, tracker, List.of(ping(5, 1, 1))).stored()).isEqualTo(1);
        assertThatThrownBy(() -> service.recordAsDevice(new DeviceId("NOBODY-1"), List.of(ping(0, 1, 1))))
                .isInstanceOf(DeviceNotFoundException.class).hasMessageContaining("PUT /api/v1/devices/NOBODY-1");
    }

    @Test
    void aBindingMovesAnOpenOneOnRefusesAnOverlapAndNeedsTheTenantsShipment() {
        service.register(tracker, DeviceKind.GPS_TRACKER, null);
        ShipmentId first = shipment();
        ShipmentId second = shipment();
        Instant t = clock.instant().minus(Duration.ofHours(10));

        Binding open = service.bind(tracker, first, t, null);
        assertThat(service.bind(tracker, first, t, null)).as("sent again").isEqualTo(open);
        service.bind(tracker, second, t.plus(Duration.ofHours(5)), null);
        assertThat(service.get(tracker).bindings()).extracting(Binding::shipment, Binding::until)
                .containsExactly(tuple(first, t.plus(Duration.ofHours(5))),
                        tuple(second, null));
        assertThatThrownBy(() -> service.bind(tracker, first, t.plus(Duration.ofHours(1)), t.plus(Duration.ofHours(2))))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("one shipment at a time");
        assertThatThrownBy(() -> service.bind(tracker, new ShipmentId(UUID.randomUUID()), t.plus(Duration.ofHours(9)), null))
                .isInstanceOf(OrderNotFoundException.class);
    }

    @Test
    void aShipmentsTrailHoldsOnlyItsBindingsTimeAndReadingsThatCameBeforeTheBinding() {
        service.register(tracker, DeviceKind.GPS_TRACKER, null);
        ShipmentId shipment = shipment();
        Instant start = clock.instant().minus(Duration.ofHours(3));
        List<Reading> drive = new ArrayList<>();
        for (int minute = 0; minute < 120; minute++) { // two hours east along 52° N, a ping a minute
            drive.add(Reading.at(start.plus(Duration.ofMinutes(minute)), new GeoPoint(52.0, 13.0 + minute * 0.01)));
        }
        service.record(tracker, drive); // before any binding: kept, attached when the binding comes

        service.bind(tracker, shipment, start.plus(Duration.ofMinutes(30)), start.plus(Duration.ofMinutes(90)));
        ShipmentTrail trail = service.trail(shipment, 50);

        assertThat(trail.reported()).isEqualTo(60);
        assertThat(trail.points()).extracting(Trail.Point::position)
                .containsExactly(new GeoPoint(52.0, 13.3), new GeoPoint(52.0, 13.89)); // a straight road: its two ends
        assertThat(trail.last().at()).isEqualTo(start.plus(Duration.ofMinutes(89)));
        assertThat(service.lastPosition(shipment)).contains(trail.last());
        TenantScope.run(OTHER, () -> assertThatThrownBy(() -> service.trail(shipment, 50)).isInstanceOf(OrderNotFoundException.class));
    }

    private Reading ping(int second, double lat, double lon) {
        return Reading.at(clock.instant().minus(Duration.ofHours(1)).plusSeconds(second), new GeoPoint(lat, lon));
    }

    private ShipmentId shipment() {
        Order order = anOrder().confirmed();
        ShipmentId id = pack(order, wholeOrderManifest(), T0.plusSeconds(60));
        orders.save(List.of(order));
        return id;
    }
}
