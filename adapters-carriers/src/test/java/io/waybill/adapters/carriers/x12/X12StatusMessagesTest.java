package io.waybill.adapters.carriers.x12;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.waybill.adapters.carriers.spi.CarrierPayloadException;
import io.waybill.adapters.carriers.spi.EstimatedDelivery;
import io.waybill.adapters.carriers.spi.Parsed;
import io.waybill.application.port.in.RecordTrackingEvents;
import io.waybill.domain.order.CarrierCode;
import io.waybill.domain.order.CarrierTrackingNumber;
import io.waybill.domain.tracking.Location;
import io.waybill.domain.tracking.Milestone;
import io.waybill.domain.tracking.TrackingEvent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class X12StatusMessagesTest {

    private final X12StatusMessages x12 = new X12StatusMessages(new CarrierCode("abcd-freight"), X12StatusMessagesContractTest.CLOCK);

    private static String journey() {
        try (InputStream in = X12StatusMessagesTest.class.getResourceAsStream("/fixtures/x12/ts214-journey.edi")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private Parsed parse(String interchange) {
        return x12.parse(interchange.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsSeveralSetsWithTimeCodesAndLocalTimes() {
        Parsed parsed = parse(journey());
        List<TrackingEvent> timeline = parsed.events().stream().map(RecordTrackingEvents.Event::event)
                .sorted(TrackingEvent.CHRONOLOGICAL).toList();

        assertThat(timeline).extracting(TrackingEvent::milestone)
                .containsExactly(Milestone.HANDED_OVER, Milestone.OUT_FOR_DELIVERY, Milestone.DELIVERED);
        assertThat(timeline).extracting(TrackingEvent::occurredAt).containsExactly(
                OffsetDateTime.parse("2024-03-09T16:30-07:00"), // LT without MS1, pick-up status: the shipper's N4, Denver
                OffsetDateTime.parse("2024-03-10T04:00-05:00"), // CT: Central daylight time since 2 a.m. that day
                OffsetDateTime.parse("2024-03-11T14:12-07:00")); // LT at MS1 Phoenix, AZ: no daylight saving
        assertThat(timeline.get(1).location()).isEqualTo(new Location(null, "DALLAS", "US", null));
        assertThat(timeline.get(1).rawText()).isEqualTo("AT7*X6*NS***20240310*0400*CT");
        assertThat(parsed.events()).allSatisfy(e -> {
            assertThat(e.carrier()).isEqualTo(new CarrierCode("abcd-freight"));
            assertThat(e.carrierTrackingNumber()).isEqualTo(new CarrierTrackingNumber("PRO1234567"));
            assertThat(e.event().key().source().name()).isEqualTo("abcd-freight");
        });
        assertThat(parsed.unmapped()).extracting(u -> u.rawCode()).containsExactly("ZZ", "AB");
        assertThat(parsed.estimatedDeliveries()).containsExactly(new EstimatedDelivery(new CarrierTrackingNumber("PRO1234567"),
                OffsetDateTime.parse("2024-03-11T12:00-06:00"), OffsetDateTime.parse("2024-03-11T12:00-06:00")));
    }

    @Test
    void addsTheReasonCodeToTheReason() {
        Parsed parsed = parse(journey().replace("AT7*X6*NS*", "AT7*X6*AO*"));

        assertThat(parsed.events()).anySatisfy(e -> assertThat(e.event().reason())
                .isEqualTo("en route to delivery location; weather or natural disaster related"));
    }

    @Test
    void refusesAWrongSegmentCountNamingTheSegment() {
        assertThatThrownBy(() -> parse(journey().replace("SE*17*0001~", "SE*16*0001~")))
                .isInstanceOf(CarrierPayloadException.class)
                .hasMessageContaining("SE (segment 19)")
                .hasMessageContaining("SE01 says 16 segments, transaction set has 17");
    }

    @Test
    void refusesMismatchedControlNumbers() {
        assertThatThrownBy(() -> parse(journey().replace("SE*8*0002~", "SE*8*0003~")))
                .isInstanceOf(CarrierPayloadException.class).hasMessageContaining("SE02 control number 0003 does not match ST02 0002");
        assertThatThrownBy(() -> parse(journey().replace("GE*2*42~", "GE*2*43~")))
                .isInstanceOf(CarrierPayloadException.class).hasMessageContaining("GE (segment 28)").hasMessageContaining("GS06 42");
        assertThatThrownBy(() -> parse(journey().replace("GE*2*42~", "GE*3*42~")))
                .isInstanceOf(CarrierPayloadException.class).hasMessageContaining("GE01 says 3 transaction sets, the group has 2");
        assertThatThrownBy(() -> parse(journey().replace("IEA*1*000000042~", "IEA*1*000000041~")))
                .isInstanceOf(CarrierPayloadException.class).hasMessageContaining("IEA02 control number 000000041 does not match ISA13 000000042");
        assertThatThrownBy(() -> parse(journey().replace("IEA*1*000000042~", "")))
                .isInstanceOf(CarrierPayloadException.class).hasMessageContaining("without IEA");
    }

    @Test
    void refusesMalformedStatusesAndEnvelopes() {
        assertThatThrownBy(() -> parse(journey().replace("20240310*0400*CT", "2024-03-10*0400*CT")))
                .isInstanceOf(CarrierPayloadException.class).hasMessageContaining("AT7 (segment 12) in transaction set 0001")
                .hasMessageContaining("CCYYMMDD");
        assertThatThrownBy(() -> parse(journey().replace("ST*214*0002", "ST*210*0002")))
                .isInstanceOf(CarrierPayloadException.class).hasMessageContaining("only 214");
        assertThatThrownBy(() -> parse(journey().substring(0, 200)))
                .isInstanceOf(CarrierPayloadException.class).hasMessageContaining("ends");
    }

    @Test
    void readsDelimitersFromTheIsaHeader() {
        String pipes = journey().replace('*', '|').replace("~\n", "\n").replace(":\n", ">\n");
        Parsed parsed = parse(pipes);

        assertThat(parsed.events()).hasSize(3);
        assertThat(parsed.events()).anySatisfy(e -> assertThat(e.event().rawText()).isEqualTo("AT7*D1*NS***20240311*1412*LT"));
    }

    @Test
    void sameStatusInALaterInterchangeIsTheSameEvent() {
        Parsed first = parse(journey());
        Parsed resent = parse(journey().replace("000000042", "000000043").replace("*42*", "*43*").replace("GE*2*42", "GE*2*43"));

        assertThat(resent.events()).extracting(e -> e.event().key()).isEqualTo(first.events().stream().map(e -> e.event().key()).toList());
    }

    @Test
    void recognisesProNumbersOnlyAsAFaintPossibility() {
        assertThat(x12.recognise("0542550913")).hasValueSatisfying(r -> assertThat(r.confidence()).isLessThan(0.5));
        assertThat(x12.recognise("1Z023E2X0214323462")).isEmpty();
    }
}
