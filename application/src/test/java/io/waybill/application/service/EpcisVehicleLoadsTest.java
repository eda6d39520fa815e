package io.waybill.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.waybill.domain.telemetry.VehicleId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which EPCIS parents are vehicles or containers, and the ids they get. */
class EpcisVehicleLoadsTest {

    @Test
    void individualAndReturnableAssetsAreVehiclesAndPalletsAreNot() {
        assertThat(EpcisVehicleLoads.vehicleOf("urn:epc:id:giai:4012345.TRAILER7")).contains(new VehicleId("urn:epc:id:giai:4012345.TRAILER7"));
        assertThat(EpcisVehicleLoads.vehicleOf("urn:epc:id:grai:4012345.00022.1234")).isPresent();
        assertThat(EpcisVehicleLoads.vehicleOf("urn:epc:id:sscc:0614141.1234567890")).as("a pallet").isEmpty();
        assertThat(EpcisVehicleLoads.vehicleOf("urn:epc:id:sgtin:0614141.107346.2017")).as("a trade item").isEmpty();
        assertThat(EpcisVehicleLoads.vehicleOf(null)).isEmpty();

        Optional<VehicleId> linked = EpcisVehicleLoads.vehicleOf("https://id.gs1.org/8004/4012345TRAILER7");
        assertThat(linked).as("a Digital Link does not fit an id as it is").hasValueSatisfying(v ->
                assertThat(v.value()).matches("asset-[0-9a-f]{16}"));
        assertThat(EpcisVehicleLoads.vehicleOf("https://id.gs1.org/8004/4012345TRAILER7")).as("the same parent, the same vehicle")
                .isEqualTo(linked);
        assertThat(EpcisVehicleLoads.vehicleOf("https://example.com/01/09506000134352")).as("a GTIN link").isEmpty();
    }
}
