package io.waybill.domain.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.waybill.domain.order.ShipmentId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A vehicle's devices and the shipments it carried: who travelled with whom, and when. */
class CarriedBindingsTest {

    private static final Instant T0 = Instant.parse("2026-12-01T06:00:00Z");
    private static final VehicleId VAN = new VehicleId("VAN-7");
    private static final DeviceId TRACKER = new DeviceId("TRK-1");
    private static final DeviceId LOGGER = new DeviceId("LOG-1");

    @Test
    void eachDeviceOnTheVehicleTravelsWithEachShipmentOnItForTheTimeBothWereThere() {
        ShipmentId early = shipment();
        ShipmentId late = shipment();
        VehicleBinding tracker = new VehicleBinding(UUID.randomUUID(), TRACKER, VAN, T0, null); // mounted for good
        VehicleBinding logger = new VehicleBinding(UUID.randomUUID(), LOGGER, VAN, at(3), at(5)); // put in for two hours
        Load first = new Load(UUID.randomUUID(), VAN, early, at(1), at(4));
        Load second = new Load(UUID.randomUUID(), VAN, late, at(2), null); // still on the van

        List<Binding> derived = CarriedBindings.derivedBindings(List.of(tracker, logger), List.of(first, second));

        assertThat(derived).extracting(Binding::device, Binding::shipment, Binding::from, Binding::until).containsExactlyInAnyOrder(
                tuple(TRACKER, early, at(1), at(4)),
                tuple(TRACKER, late, at(2), null),
                tuple(LOGGER, early, at(3), at(4)),
                tuple(LOGGER, late, at(3), at(5)));
        assertThat(derived).allSatisfy(b -> assertThat(b.viaVehicle()).isTrue()).extracting(Binding::vehicle).containsOnly(VAN);
    }

    @Test
    void derivingAgainGivesTheSameIdsAndADeviceOrShipmentOffTheVehicleGetsNone() {
        ShipmentId shipment = shipment();
        VehicleBinding tracker = new VehicleBinding(UUID.randomUUID(), TRACKER, VAN, at(5), null);
        Load before = new Load(UUID.randomUUID(), VAN, shipment, at(1), at(5)); // unloaded as the tracker was mounted
        Load other = new Load(UUID.randomUUID(), new VehicleId("VAN-8"), shipment, at(6), null);
        Load during = new Load(UUID.randomUUID(), VAN, shipment, at(7), at(8));

        List<Binding> once = CarriedBindings.derivedBindings(List.of(tracker), List.of(before, other, during));
        List<Binding> again = CarriedBindings.derivedBindings(List.of(tracker), List.of(during, other, before));

        assertThat(once).singleElement().satisfies(b -> assertThat(b.from()).isEqualTo(at(7)));
        assertThat(again).isEqualTo(once);
    }

    private static Instant at(int hours) {
        return T0.plus(Duration.ofHours(hours));
    }

    private static ShipmentId shipment() {
        return new ShipmentId(UUID.randomUUID());
    }
}
