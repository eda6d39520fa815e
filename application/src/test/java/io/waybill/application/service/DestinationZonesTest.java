package io.waybill.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.waybill.domain.order.DeliveryAddress;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DestinationZonesTest {

    private static DeliveryAddress to(String country, String region) {
        return new DeliveryAddress("1 Main St", null, "00000", "Town", region, country);
    }

    @Test
    void aCountryWithOneZoneReadsInIt() {
        assertThat(DestinationZones.of(to("DE", null))).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(DestinationZones.of(to("GB", "Kent"))).isEqualTo(ZoneId.of("Europe/London"));
    }

    @Test
    void aCountryWithSeveralZonesReadsInItsRegionsZone() {
        assertThat(DestinationZones.of(to("US", "CA"))).isEqualTo(ZoneId.of("America/Los_Angeles"));
        assertThat(DestinationZones.of(to("US", " tx "))).isEqualTo(ZoneId.of("America/Chicago"));
        assertThat(DestinationZones.of(to("AU", "WA"))).isEqualTo(ZoneId.of("Australia/Perth"));
        assertThat(DestinationZones.of(to("CA", "BC"))).isEqualTo(ZoneId.of("America/Vancouver"));
    }

    @Test
    void withoutAKnownRegionTheCountrysMainZoneIsTaken() {
        assertThat(DestinationZones.of(to("US", null))).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(DestinationZones.of(to("AU", "Somewhere"))).isEqualTo(ZoneId.of("Australia/Sydney"));
        assertThat(DestinationZones.of(to("BR", null))).isEqualTo(ZoneId.of("America/Sao_Paulo"));
    }

    @Test
    void anUnknownCountryReadsInUtc() {
        assertThat(DestinationZones.of(to("XX", null))).isEqualTo(ZoneOffset.UTC);
    }
}
