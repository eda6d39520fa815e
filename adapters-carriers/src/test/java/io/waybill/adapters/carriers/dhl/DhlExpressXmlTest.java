package io.waybill.adapters.carriers.dhl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.waybill.adapters.carriers.spi.CarrierPayloadException;
import io.waybill.adapters.carriers.spi.Parsed;
import io.waybill.domain.tracking.Location;
import io.waybill.domain.tracking.Milestone;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** DHL Express XML Services specifics: answers without shipments, estimates, places, and JSON still read as JSON. */
class DhlExpressXmlTest {

    private final DhlCarrier dhl = new DhlCarrier(Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC));

    private static byte[] fixture(String name) {
        try (InputStream in = DhlExpressXmlTest.class.getResourceAsStream("/fixtures/carriers/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void anAwbNotFoundIsAWarning() {
        Parsed parsed = dhl.parse(fixture("dhl-express-not-found.xml"));

        assertThat(parsed.events()).isEmpty();
        assertThat(parsed.warnings()).singleElement().asString().contains("No Shipments Found").contains("103");
    }

    @Test
    void anErrorResponseFailsWithItsCondition() {
        assertThatThrownBy(() -> dhl.parse(fixture("dhl-express-error.xml"))).isInstanceOf(CarrierPayloadException.class)
                .hasMessageContaining("111").hasMessageContaining("Error Parsing incoming request XML");
    }

    @Test
    void readsTheEstimateAndPlacesAServiceAreaNamedByAlpha3() {
        Parsed parsed = dhl.parse(fixture("dhl-express-in-transit.xml"));

        assertThat(parsed.events()).singleElement().satisfies(event -> {
            assertThat(event.event().milestone()).isEqualTo(Milestone.HANDED_OVER);
            assertThat(event.event().occurredAt()).isEqualTo(OffsetDateTime.parse("2021-05-05T09:42-05:00"));
            assertThat(event.event().location()).isEqualTo(new Location("DHL KIN", "KINGSTON", "JM", null));
        });
        assertThat(parsed.estimatedDeliveries()).singleElement()
                .satisfies(estimate -> assertThat(estimate.latest()).isEqualTo(OffsetDateTime.parse("2021-05-07T23:59-04:00")));
    }

    @Test
    void readsAUsServiceAreaWithItsState() {
        DhlExpressXml.Place place = DhlExpressXml.place("SPRINGFIELD GARDENS,NY-USA", "LGA");

        assertThat(place).isEqualTo(new DhlExpressXml.Place("SPRINGFIELD GARDENS", "US", "NY", "LGA"));
        assertThat(place.zone()).hasValueSatisfying(zone -> assertThat(zone.getId()).isEqualTo("America/New_York"));
        assertThat(DhlExpressXml.place("Las Palmas - Spain", "LPA").zone()).hasValueSatisfying(z -> assertThat(z.getId()).isEqualTo("Atlantic/Canary"));
        assertThat(DhlExpressXml.place("Somewhere - Atlantis", "XXX").zone()).isEmpty();
    }

    @Test
    void aPlaceWithoutAKnownZoneIsUnmappedNotUtc() {
        String xml = """
                <req:TrackingResponse xmlns:req="http://www.dhl.com"><AWBInfo><AWBNumber>3180831640</AWBNumber><ShipmentInfo>
                <ShipmentEvent><Date>2021-05-05</Date><Time>09:42:00</Time><ServiceEvent><EventCode>PU</EventCode></ServiceEvent>
                <ServiceArea><ServiceAreaCode>SYD</ServiceAreaCode><Description>SYDNEY-AUS</Description></ServiceArea></ShipmentEvent>
                </ShipmentInfo></AWBInfo></req:TrackingResponse>""";

        Parsed parsed = dhl.parse(xml.getBytes(StandardCharsets.UTF_8));

        assertThat(parsed.events()).isEmpty();
        assertThat(parsed.unmapped()).singleElement().satisfies(unmapped -> {
            assertThat(unmapped.occurredAt()).isNull();
            assertThat(unmapped.rawTime()).isEqualTo("2021-05-05T09:42:00");
        });
    }

    @Test
    void refusesOtherXmlAndStillReadsJson() {
        assertThatThrownBy(() -> dhl.parse("<tracking-detail/>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CarrierPayloadException.class).hasMessageContaining("{http://www.dhl.com}TrackingResponse");
        assertThat(dhl.parse(fixture("dhl-delivered-journey.json")).events()).isNotEmpty();
    }
}
