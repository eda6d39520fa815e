package io.waybill.application.service;

import static io.waybill.application.fakes.OrderTestData.T0;
import static io.waybill.application.fakes.OrderTestData.anOrder;
import static io.waybill.application.fakes.OrderTestData.pack;
import static io.waybill.application.fakes.OrderTestData.wholeOrderManifest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.waybill.application.fakes.InDefaultTenant;
import io.waybill.application.fakes.InMemoryConditionProfiles;
import io.waybill.application.fakes.InMemoryDeviceReadings;
import io.waybill.application.fakes.InMemoryDevices;
import io.waybill.application.fakes.InMemoryOrders;
import io.waybill.application.fakes.MutableClock;
import io.waybill.application.port.in.OrderNotFoundException;
import io.waybill.application.port.in.WatchConditions.Bucket;
import io.waybill.application.port.in.WatchConditions.ShipmentConditions;
import io.waybill.application.shared.TenantScope;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.telemetry.ConditionProfile;
import io.waybill.domain.telemetry.DeviceId;
import io.waybill.domain.telemetry.DeviceKind;
import io.waybill.domain.exceptions.ExceptionKind;
import io.waybill.domain.telemetry.Reading;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ConditionServiceTest implements InDefaultTenant {

    private final MutableClock clock = new MutableClock(T0.plus(Duration.ofDays(1)));
    private final InMemoryOrders orders = new InMemoryOrders();
    private final InMemoryDevices devices = new InMemoryDevices();
    private final InMemoryDeviceReadings readings = new InMemoryDeviceReadings(Duration.ofDays(90));
    private final DeviceService deviceService = new DeviceService(devices, readings, orders, clock);
    private final ConditionService service = new ConditionService(new InMemoryConditionProfiles(), devices, readings, orders, clock);

    @Test
    void aChilledShipmentThatWarmedUpForAnHourIsBreachedAndItsChartHoldsTheRange() {
        ShipmentId shipment = shipment();
        DeviceId logger = new DeviceId("LOG-" + UUID.randomUUID().toString().substring(0, 8));
        deviceService.register(logger, DeviceKind.DATA_LOGGER, "Reefer box 3");
        Instant start = clock.instant().minus(Duration.ofHours(4));
        deviceService.bind(logger, shipment, start, null);
        List<Reading> trip = new ArrayList<>();
        for (int minute = 0; minute < 180; minute += 5) { // 5 °C, then an hour at 11 °C from minute 60, then 5 °C
            double t = minute >= 60 && minute < 120 ? 11.0 : 5.0;
            trip.add(new Reading(start.plus(Duration.ofMinutes(minute)), null, null, null, null, null, t, 60.0, null, null, 80.0));
        }
        deviceService.record(logger, trip);

        assertThat(service.conditions(shipment, 10).report()).as("no profile, no report").isNull();
        service.setProfile(shipment, ConditionProfile.chilled());
        ShipmentConditions conditions = service.conditions(shipment, 6);

        assertThat(conditions.readings()).isEqualTo(36);
        assertThat(conditions.report().breached()).isTrue();
        assertThat(conditions.report().reasons()).singleElement().asString().contains("Temperature above 8 °C for 60 min in total",
                "allowed 30 min", "highest 11 °C");
        assertThat(conditions.series()).hasSizeLessThanOrEqualTo(6).allSatisfy(b -> assertThat(b.readings()).isPositive());
        assertThat(conditions.series()).extracting(Bucket::temperatureMax).contains(11.0, 5.0);
        assertThat(conditions.series().stream().mapToInt(Bucket::readings).sum()).isEqualTo(36);

        List<ExceptionSweep.Breach> breaches = TenantScope.platform(() -> service.breached(clock.instant()));
        assertThat(breaches).singleElement().satisfies(b -> {
            assertThat(b.shipment().shipment()).isEqualTo(shipment);
            assertThat(b.reason()).startsWith("Out of its condition profile: Temperature above 8 °C");
            assertThat(b.since()).isEqualTo(start.plus(Duration.ofMinutes(60)));
        });
    }

    @Test
    void aLoggerRunningLowAndGoneQuietNeedsAPersonWhileTheShipmentIsUnderWay() {
        ShipmentId shipment = shipment();
        DeviceId logger = new DeviceId("LOG-" + UUID.randomUUID().toString().substring(0, 8));
        deviceService.register(logger, DeviceKind.DATA_LOGGER, null);
        Instant start = clock.instant().minus(Duration.ofHours(6));
        deviceService.bind(logger, shipment, start, null);
        List<Reading> trip = new ArrayList<>();
        for (int minute = 0; minute <= 180; minute += 30) { // 5 °C, the battery from 30 % down to 12 %, then nothing for 3 h
            trip.add(new Reading(start.plus(Duration.ofMinutes(minute)), null, null, null, null, null, 5.0, null, null, null,
                    30.0 - minute / 10.0));
        }
        deviceService.record(logger, trip);
        service.setProfile(shipment, ConditionProfile.chilled());

        List<ExceptionSweep.Breach> found = TenantScope.platform(() -> service.breached(clock.instant()));

        assertThat(found).as("within the profile, but its logger needs a person").singleElement().satisfies(b -> {
            assertThat(b.kind()).isEqualTo(ExceptionKind.DEVICE_ATTENTION);
            assertThat(b.reason()).contains("Battery of the shipment's device at 12 % (below 15 %)",
                    "No reading from the shipment's devices since");
            assertThat(b.since()).as("the first reading below 15 %, also the last").isEqualTo(start.plus(Duration.ofMinutes(180)));
        });
    }

    @Test
    void anotherTenantsOrAnUnknownShipmentIsNotFound() {
        assertThatThrownBy(() -> service.conditions(new ShipmentId(UUID.randomUUID()), 10)).isInstanceOf(OrderNotFoundException.class);
        assertThatThrownBy(() -> service.setProfile(new ShipmentId(UUID.randomUUID()), ConditionProfile.frozen()))
                .isInstanceOf(OrderNotFoundException.class);
    }

    private ShipmentId shipment() {
        Order order = anOrder().confirmed();
        ShipmentId id = pack(order, wholeOrderManifest(), T0.plusSeconds(60));
        orders.save(List.of(order));
        return id;
    }
}
