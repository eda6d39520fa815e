package io.waybill.adapters.carriers.dhl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.waybill.adapters.carriers.spi.CarrierPayloadException;
import io.waybill.adapters.carriers.spi.Parsed;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DhlCarrierTest {

    private final DhlCarrier dhl = new DhlCarrier(DhlCarrierContractTest.CLOCK);

    private Parsed parse(String json) {
        return dhl.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void recognisesExpressWaybillsOnlyWithTheirCheckDigit() {
        assertThat(dhl.recognise("364 512 7080")).hasValueSatisfying(r -> {
            assertThat(r.carrier()).isEqualTo(DhlCarrier.CODE);
            assertThat(r.reason()).contains("mod-7");
        });
        assertThat(dhl.recognise("7777777770")).isPresent(); // DHL's own example waybill
        assertThat(dhl.recognise("3645127081")).isEmpty(); // check digit one off
        assertThat(dhl.recognise("3645127180")).isEmpty(); // a data digit one off
        assertThat(dhl.recognise("364512708")).isEmpty();
        assertThat(dhl.recognise("JJD000390007883091")).hasValueSatisfying(r -> assertThat(r.confidence()).isLessThan(0.5));
        assertThat(dhl.recognise("GM2951173225174494")).hasValueSatisfying(r -> assertThat(r.confidence()).isLessThan(0.5));
        assertThat(dhl.recognise("1Z023E2X0214323462")).isEmpty();
        assertThat(dhl.recognise(null)).isEmpty();
    }

    @Test
    void keepsPreTransitUnknownAndUnplaceableReportsAsUnmapped() {
        Parsed parsed = dhl.parse(DhlCarrierContractTest.journey());

        assertThat(parsed.unmapped()).extracting(u -> u.rawCode()).containsExactly("unknown", "pre-transit");
        // the pre-transit report has no location: its local time has no zone and is kept raw, not read as UTC
        assertThat(parsed.unmapped().get(1).occurredAt()).isNull();
        assertThat(parsed.unmapped().get(1).rawTime()).isEqualTo("2025-03-11T09:12:00");
        assertThat(parsed.events()).filteredOn(e -> e.event().rawCode().equals("failure")).singleElement()
                .satisfies(e -> assertThat(e.event().reason()).isEqualTo("DHL exception: Clearance delay - Import"));
    }

    @Test
    void usesTheShipmentStatusWhenThereAreNoEvents() {
        Parsed parsed = parse("""
                {"shipments":[{"id":"7777777770","service":"express","status":{"timestamp":"2018-03-02T07:53:47Z",
                 "location":{"address":{"countryCode":"NL","addressLocality":"Oderweg 2, AMSTERDAM"}},"statusCode":"transit",
                 "status":"transit"}}]}
                """);

        assertThat(parsed.events()).singleElement().satisfies(e -> {
            assertThat(e.event().occurredAt().toString()).isEqualTo("2018-03-02T07:53:47Z");
            assertThat(e.event().location().city()).isEqualTo("Oderweg 2, AMSTERDAM");
        });
    }

    @Test
    void notFoundIsAWarningOtherProblemsFail() {
        assertThat(parse("{\"title\":\"No result found\",\"detail\":\"No shipment with given tracking number found.\",\"status\":404}").warnings())
                .singleElement().satisfies(w -> assertThat(w).contains("No shipment"));
        assertThatThrownBy(() -> parse("{\"title\":\"Unauthorized\",\"detail\":\"Invalid API key\",\"status\":401}"))
                .isInstanceOf(CarrierPayloadException.class).hasMessageContaining("Invalid API key");
        assertThatThrownBy(() -> parse("{\"shipments\":[{\"id\":\"3645127080\",\"events\":[{\"statusCode\":\"transit\",\"timestamp\":\"14.03.2025 11:05\"}]}]}"))
                .isInstanceOf(CarrierPayloadException.class).hasMessageContaining("$.shipments[0].events[0].timestamp");
    }
}
