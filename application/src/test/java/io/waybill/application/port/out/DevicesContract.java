package io.waybill.application.port.out;

import static io.waybill.application.fakes.OrderTestData.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.waybill.application.fakes.InDefaultTenant;
import io.waybill.application.shared.TenantScope;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.telemetry.Binding;
import io.waybill.domain.telemetry.Device;
import io.waybill.domain.telemetry.DeviceId;
import io.waybill.domain.telemetry.DeviceKind;
import io.waybill.domain.tenant.TenantId;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link Devices} store does: devices behind the tenant wall, bindings found by device and by shipment. */
public abstract class DevicesContract implements InDefaultTenant {

    protected abstract Devices devices();

    /** A shipment of the default tenant the store can bind to (a real store needs it to exist). */
    protected abstract ShipmentId aShipment();

    /** Another tenant, known to the store (a real store needs it to exist). */
    protected abstract TenantId anotherTenant();

    @Test
    void aDeviceIsSeenByItsTenantAndThePlatformOnly() {
        DeviceId id = new DeviceId("DEV-" + UUID.randomUUID());
        devices().save(new Device(id, TenantId.DEFAULT, DeviceKind.DATA_LOGGER, "Reefer 3", T0));

        assertThat(devices().byId(id)).hasValueSatisfying(d -> {
            assertThat(d.kind()).isEqualTo(DeviceKind.DATA_LOGGER);
            assertThat(d.label()).isEqualTo("Reefer 3");
            assertThat(d.registeredAt()).isEqualTo(T0);
        });
        assertThat(TenantScope.platform(() -> devices().byId(id))).isPresent();
        assertThat(TenantScope.of(new TenantId("other-shipper"), () -> devices().byId(id))).isEmpty();

        devices().save(new Device(id, TenantId.DEFAULT, DeviceKind.GPS_TRACKER, null, T0));
        assertThat(devices().byId(id).orElseThrow().kind()).isEqualTo(DeviceKind.GPS_TRACKER);
    }

    @Test
    void ofManyIdsThoseTheTenantRegisteredAreFoundInOneLook() {
        DeviceId mine = new DeviceId("DEV-" + UUID.randomUUID());
        DeviceId theirs = new DeviceId("DEV-" + UUID.randomUUID());
        DeviceId nobodys = new DeviceId("DEV-" + UUID.randomUUID());
        devices().save(new Device(mine, TenantId.DEFAULT, DeviceKind.GPS_TRACKER, null, T0));
        TenantId other = anotherTenant();
        TenantScope.platform(() -> devices().save(new Device(theirs, other, DeviceKind.GPS_TRACKER, null, T0)));

        assertThat(devices().registered(List.of(mine, theirs, nobodys))).containsExactly(mine);
        assertThat(TenantScope.platform(() -> devices().registered(List.of(mine, theirs, nobodys)))).containsExactlyInAnyOrder(mine, theirs);
    }

    @Test
    void bindingsAreFoundByDeviceAndByShipmentTheEarliestFirstAndAnEndIsStoredLater() {
        DeviceId id = new DeviceId("DEV-" + UUID.randomUUID());
        devices().save(new Device(id, TenantId.DEFAULT, DeviceKind.GPS_TRACKER, null, T0));
        ShipmentId first = aShipment();
        ShipmentId second = aShipment();
        Binding later = new Binding(UUID.randomUUID(), id, second, T0.plus(Duration.ofHours(5)), null);
        Binding earlier = new Binding(UUID.randomUUID(), id, first, T0, null);
        devices().bind(later);
        devices().bind(earlier);
        devices().bind(new Binding(earlier.id(), id, first, T0, T0.plus(Duration.ofHours(5))));

        assertThat(devices().bindingsOf(id)).extracting(Binding::shipment).containsExactly(first, second);
        assertThat(devices().bindingsOf(first)).singleElement()
                .satisfies(b -> assertThat(b.until()).isEqualTo(T0.plus(Duration.ofHours(5))));
        assertThat(TenantScope.of(new TenantId("other-shipper"), () -> devices().bindingsOf(id))).isEmpty();
    }
}
