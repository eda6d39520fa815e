package io.waybill.adapters.carriers.edifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.waybill.adapters.carriers.spi.CarrierPayloadException;
import io.waybill.adapters.carriers.spi.Parsed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** IFTSTA envelopes, service characters and the Rec 24 table. */
class IftstaStatusMessagesTest {

    private final IftstaStatusMessages adapter = new IftstaStatusMessages(IftstaStatusMessagesContractTest.CLOCK);

    /** UN/ECE Rec 24 (third revision) as listed in OASIS UBL 2.0 TransportationStatusCode-2.0: codes 1-41, 44, 45. */
    private static final List<String> REC24 = IntStream.concat(IntStream.rangeClosed(1, 41), IntStream.of(44, 45))
            .mapToObj(String::valueOf).toList();

    @Test
    void everyCodeOfTheRecommendationIsMappedOrSaidNotToBeAStatus() {
        assertThat(REC24).allSatisfy(code -> assertThat(IftstaContent.STATUSES.lookup(code).isPresent()
                || IftstaContent.STATUSES.notAStatus(code).isPresent()).as("Rec 24 code %s: map it or list it as not a status", code)
                .isTrue());
        assertThat(IftstaContent.STATUSES.codes()).containsExactlyInAnyOrderElementsOf(REC24);
    }

    @Test
    void aMessageOfAnotherTypeIsSkippedWithAWarningAndDefaultSeparatorsNeedNoUna() {
        Parsed parsed = adapter.parse(bytes("UNB+UNOC:3+A:ZZZ+B:ZZZ+260115:0900+9'UNH+7+IFTMIN:D:96A:UN'BGM+610+X'UNT+3+7'"
                + "UNH+8+IFTSTA:D:01B:UN'CNI+1+ABCD123456'STS+1+21'DTM+334:202601151012?+0100:303'UNT+5+8'UNZ+2+9'"));

        assertThat(parsed.warnings()).singleElement().asString().contains("IFTMIN", "not IFTSTA");
        assertThat(parsed.events()).singleElement().satisfies(e -> assertThat(e.event().occurredAt().toString())
                .isEqualTo("2026-01-15T10:12+01:00"));
    }

    @Test
    void brokenEnvelopesAreRefusedNamingTheSegmentAndAStreamKeepsWhatCameBefore() {
        String good = "UNB+UNOC:3+A:ZZZ+B:ZZZ+260115:0900+9'UNH+1+IFTSTA:D:96A:UN'CNI+1+ABCD123456'STS+1+24'"
                + "DTM+334:202601150900?+01:303'UNT+5+1'";
        assertThatThrownBy(() -> adapter.parse(bytes(good + "UNH+2+IFTSTA:D:96A:UN'CNI+1+ABCD123457'UNT+9+2'UNZ+2+9'")))
                .isInstanceOf(CarrierPayloadException.class).hasMessageContaining("UNT (segment 9)").hasMessageContaining("counts 9");
        assertThatThrownBy(() -> adapter.parse(bytes(good + "UNZ+1+8'"))).isInstanceOf(CarrierPayloadException.class)
                .hasMessageContaining("reference 8 is not UNB's 9");
        assertThatThrownBy(() -> adapter.parse(bytes(good))).isInstanceOf(CarrierPayloadException.class)
                .hasMessageContaining("without UNZ");
        assertThatThrownBy(() -> adapter.parse(bytes("UNB+UNOC:3+A+B+260115:0900+9'UNH+1+IFTSTA:D:96A:UN'CNI+1+X"
                + String.valueOf('?'))))
                .isInstanceOf(CarrierPayloadException.class).hasMessageContaining("release character");

        List<Parsed> delivered = new ArrayList<>();
        assertThatThrownBy(() -> adapter.stream(new ByteArrayInputStream(bytes(good + "UNH+2+IFTSTA:D:96A:UN'UNT+7+2'")),
                delivered::add)).isInstanceOf(CarrierPayloadException.class);
        assertThat(delivered).as("the first message had checked out").singleElement()
                .satisfies(p -> assertThat(p.events()).hasSize(1));
    }

    @Test
    void aLocalTimeWithoutAZoneTheCountryTellsAndAStatusWithoutTimeAreUnmappedNeverUtc() {
        Parsed parsed = adapter.parse(bytes("UNB+UNOC:3+A:ZZZ+B:ZZZ+260115:0900+9'UNH+1+IFTSTA:D:96A:UN'CNI+1+ABCD123456'"
                + "STS+1+24'DTM+334:202601150900:203'LOC+5+ZZXXX:139:6'STS+1+1'UNT+7+1'UNZ+1+9'"));

        assertThat(parsed.events()).isEmpty();
        assertThat(parsed.unmapped()).extracting(u -> u.rawCode() + ": " + u.why()).containsExactly(
                "24: time 202601150900:203 without a zone the place tells", "1: no status time (DTM 334)");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
