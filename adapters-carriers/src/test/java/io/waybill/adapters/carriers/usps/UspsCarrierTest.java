package io.waybill.adapters.carriers.usps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.waybill.adapters.carriers.spi.CarrierPayloadException;
import io.waybill.adapters.carriers.spi.Parsed;
import io.waybill.domain.tracking.ProofOfDelivery;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class UspsCarrierTest {

    private final UspsCarrier usps = new UspsCarrier(UspsCarrierContractTest.CLOCK);

    private Parsed parse(String json) {
        return usps.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void recognisesImpbNumbersOnlyWithTheirCheckDigit() {
        assertThat(usps.recognise("9405 5118 9922 3197 4284 90")).hasValueSatisfying(r -> {
            assertThat(r.carrier()).isEqualTo(UspsCarrier.CODE);
            assertThat(r.confidence()).isGreaterThan(0.8);
        });
        assertThat(usps.recognise("9405511899223197428491")).isEmpty(); // check digit one off
        assertThat(usps.recognise("9405511899223197428480")).isEmpty(); // a data digit one off
        assertThat(usps.recognise("93612898787003176339")).hasValueSatisfying(r -> assertThat(r.confidence()).isLessThan(0.8));
        assertThat(usps.recognise("93612898787003176338")).isEmpty();
        assertThat(usps.recognise("9105511899223197428490")).isEmpty(); // 91 is not an IMpb channel prefix here
        assertThat(usps.recognise("940551189922319742849")).isEmpty(); // 21 digits, check fails
        assertThat(usps.recognise("")).isEmpty();
        assertThat(usps.recognise(null)).isEmpty();
    }

    @Test
    void keepsLabelOnlyAndUnplaceableEventsAsUnmapped() {
        Parsed parsed = usps.parse(UspsCarrierContractTest.resourceBytes());

        assertThat(parsed.unmapped()).hasSize(2);
        assertThat(parsed.unmapped().get(0).rawCode()).isEqualTo("MA");
        assertThat(parsed.unmapped().get(0).occurredAt()).isEqualTo(OffsetDateTime.parse("2024-10-31T18:05-07:00"));
        assertThat(parsed.unmapped().get(1).rawCode()).isEqualTo("GX");
        assertThat(parsed.unmapped().get(1).occurredAt()).isNull();
        assertThat(parsed.unmapped().get(1).rawTime()).isEqualTo("2024-10-31T17:00:00");
    }

    @Test
    void readsTheMultiNumberArrayWithNotFoundAsWarning() {
        Parsed parsed = parse("""
                [{"trackingNumber":"9405511899223197428490","trackingEvents":[{"eventType":"DELIVERED, IN/AT MAILBOX",
                  "eventTimestamp":"2024-03-12T14:30:00","eventState":"GA","eventCity":"ATLANTA","eventCode":"01",
                  "name":"AGENT SMITH","authorizedAgent":"true"}]},
                 {"trackingNumber":"9400100000000000000000","error":{"code":"404","message":"tracking number not found"}}]
                """);

        assertThat(parsed.events()).singleElement().satisfies(e -> {
            assertThat(e.event().occurredAt()).isEqualTo(OffsetDateTime.parse("2024-03-12T14:30-04:00"));
            assertThat(e.event().proofOfDelivery()).isEqualTo(new ProofOfDelivery("AGENT SMITH (authorized agent)", null, null, null));
        });
        assertThat(parsed.warnings()).singleElement().satisfies(w -> assertThat(w).contains("$[1]").contains("not found"));
    }

    @Test
    void namesWhatIsWrongInAMalformedPayload() {
        assertThatThrownBy(() -> parse("{\"trackingNumber\":\"9405511899223197428490\",\"trackingEvents\":[{\"eventCode\":\"01\",\"eventTimestamp\":\"11/04/2024 2:12 pm\"}]}"))
                .isInstanceOf(CarrierPayloadException.class).hasMessageContaining("$.trackingEvents[0].eventTimestamp");
        assertThatThrownBy(() -> parse("{\"error\":{\"code\":\"400\",\"message\":\"bad request\"}}"))
                .isInstanceOf(CarrierPayloadException.class).hasMessageContaining("bad request");
        assertThatThrownBy(() -> parse("{\"output\":{}}"))
                .isInstanceOf(CarrierPayloadException.class).hasMessageContaining("$.trackingEvents are missing");
    }
}
