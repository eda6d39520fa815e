package io.waybill.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.telemetry.Binding;
import io.waybill.domain.telemetry.DeviceId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** How EPCIS sensors become devices: their ids, one per shipment of a pallet, and the bindings still missing. */
class EpcisSensorReadingsTest {

    private static final DeviceId DEVICE = new DeviceId("logger-1");
    private static final ShipmentId SHIPMENT = new ShipmentId(UUID.fromString("00000000-0000-0000-0000-000000000001"));
    private static final ShipmentId OTHER = new ShipmentId(UUID.fromString("00000000-0000-0000-0000-000000000002"));

    @Test
    void aValidDeviceIdIsKeptAndAnyOtherBecomesAValidOneTheSameEveryTime() {
        assertThat(EpcisSensorReadings.deviceId("urn:epc:id:giai:4000001.111")).isEqualTo("urn:epc:id:giai:4000001.111");
        String uri = "https://id.gs1.org/8004/4000001111";
        String id = EpcisSensorReadings.deviceId(uri);
        assertThat(new DeviceId(id).value()).startsWith("https:_id.gs1.org_8004_4000001111-").isEqualTo(EpcisSensorReadings.deviceId(uri));
        assertThat(EpcisSensorReadings.deviceId("https://id.gs1.org/8004/4000001112")).isNotEqualTo(id);
        String longer = "urn:epc:id:giai:" + "9".repeat(80);
        assertThat(new DeviceId(EpcisSensorReadings.deviceId(longer)).value()).hasSizeLessThanOrEqualTo(64)
                .isNotEqualTo(EpcisSensorReadings.deviceId(longer + "0"));
    }

    @Test
    void eachShipmentOfAPalletHasItsOwnDevice() {
        String base = "x".repeat(64);
        String one = EpcisSensorReadings.perShipment(base, SHIPMENT);
        assertThat(new DeviceId(one).value()).hasSize(64).isEqualTo(EpcisSensorReadings.perShipment(base, SHIPMENT))
                .isNotEqualTo(EpcisSensorReadings.perShipment(base, OTHER));
    }

    @Test
    void onlyTheTimeNoBindingToTheShipmentCoversIsBound() {
        Instant t0 = Instant.parse("2026-12-01T08:00:00Z");
        List<Binding> bindings = List.of(binding(SHIPMENT, t0.plusSeconds(100), t0.plusSeconds(200)),
                binding(OTHER, t0, t0.plusSeconds(1_000)), binding(SHIPMENT, t0.plusSeconds(300), t0.plusSeconds(400)));

        assertThat(EpcisSensorReadings.uncovered(t0, t0.plusSeconds(500), bindings, SHIPMENT)).containsExactly(
                new Instant[] {t0, t0.plusSeconds(100)}, new Instant[] {t0.plusSeconds(200), t0.plusSeconds(300)},
                new Instant[] {t0.plusSeconds(400), t0.plusSeconds(500)});
        assertThat(EpcisSensorReadings.uncovered(t0.plusSeconds(110), t0.plusSeconds(190), bindings, SHIPMENT)).isEmpty();
        assertThat(EpcisSensorReadings.uncovered(t0, t0.plusSeconds(50), bindings, SHIPMENT))
                .containsExactly(new Instant[] {t0, t0.plusSeconds(50)});
        assertThat(EpcisSensorReadings.uncovered(t0, t0.plusSeconds(50), List.of(), OTHER))
                .containsExactly(new Instant[] {t0, t0.plusSeconds(50)});
    }

    private static Binding binding(ShipmentId shipment, Instant from, Instant until) {
        return new Binding(UUID.randomUUID(), DEVICE, shipment, from, until);
    }
}
