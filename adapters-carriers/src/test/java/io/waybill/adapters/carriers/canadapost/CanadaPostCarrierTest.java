package io.waybill.adapters.carriers.canadapost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.waybill.adapters.carriers.spi.CarrierPayloadException;
import io.waybill.adapters.carriers.spi.Parsed;
import io.waybill.domain.tracking.Milestone;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import io.waybill.domain.order.CarrierTrackingNumber;
import org.junit.jupiter.api.Test;

/** Canada Post specifics: its namespace, error messages, time zones, S10 numbers and the tracking request. */
class CanadaPostCarrierTest {

    private final CanadaPostCarrier canadaPost = new CanadaPostCarrier(CanadaPostCarrierContractTest.CLOCK);

    private static byte[] fixture(String name) {
        try (InputStream in = CanadaPostCarrierTest.class.getResourceAsStream("/fixtures/carriers/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] detail(String occurrence) {
        return ("""
                <tracking-detail xmlns="http://www.canadapost.ca/ws/track-v2"><pin>7023210039414604</pin>
                <significant-events><occurrence>%s</occurrence></significant-events></tracking-detail>""".formatted(occurrence))
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void noPinHistoryIsAWarningAnyOtherMessageFails() {
        assertThat(canadaPost.parse(fixture("canadapost-no-pin-history.xml")).warnings()).singleElement().asString().contains("004");
        assertThatThrownBy(() -> canadaPost.parse("""
                <messages xmlns="http://www.canadapost.ca/ws/messages"><message><code>AA004</code>
                <description>You cannot mail on behalf of the requested customer.</description></message></messages>"""
                .getBytes(StandardCharsets.UTF_8))).isInstanceOf(CarrierPayloadException.class).hasMessageContaining("AA004");
    }

    @Test
    void readsTheTrackV2NamespaceAndKeepsSummerTimeOfTheProvince() {
        Parsed parsed = canadaPost.parse(detail("""
                <event-identifier>0174</event-identifier><event-date>2024-07-03</event-date><event-time>08:27:43</event-time>
                <event-time-zone>EST</event-time-zone><event-description>Item out for delivery</event-description>
                <event-site>VANCOUVER</event-site><event-province>BC</event-province>"""));

        assertThat(parsed.events()).singleElement().satisfies(event -> {
            assertThat(event.event().milestone()).isEqualTo(Milestone.OUT_FOR_DELIVERY);
            assertThat(event.event().occurredAt()).isEqualTo(OffsetDateTime.parse("2024-07-03T08:27:43-07:00"));
        });
    }

    @Test
    void withoutAProvinceTheZoneAbbreviationGivesTheOffsetAndAnUnknownOneIsUnmapped() {
        Parsed abbreviated = canadaPost.parse(detail("""
                <event-identifier>0100</event-identifier><event-date>2024-07-03</event-date><event-time>14:45:48</event-time>
                <event-time-zone>ADT</event-time-zone><event-site>HALIFAX</event-site>"""));
        Parsed abroad = canadaPost.parse(detail("""
                <event-identifier>4600</event-identifier><event-date>2021-05-02</event-date><event-time>15:49:00</event-time>
                <event-time-zone>ISRAEL</event-time-zone><event-site>02650,Israel</event-site><event-province></event-province>"""));

        assertThat(abbreviated.events()).singleElement()
                .satisfies(event -> assertThat(event.event().occurredAt()).isEqualTo(OffsetDateTime.parse("2024-07-03T14:45:48-03:00")));
        assertThat(abroad.events()).isEmpty();
        assertThat(abroad.unmapped()).singleElement().satisfies(unmapped -> {
            assertThat(unmapped.occurredAt()).isNull();
            assertThat(unmapped.rawTime()).isEqualTo("2021-05-02T15:49:00 ISRAEL");
        });
    }

    @Test
    void recognisesCanadaPostS10NumbersWithTheirCheckDigitOnly() {
        assertThat(canadaPost.recognise("RR 123456785 CA")).hasValueSatisfying(r -> assertThat(r.confidence()).isEqualTo(0.9));
        assertThat(canadaPost.recognise("RR123456784CA")).isEmpty();
        assertThat(canadaPost.recognise("RR123456785GB")).isEmpty();
    }

    @Test
    void asksGetTrackingDetailsInCanadaPostsMediaType() {
        HttpRequest request = canadaPost.trackingRequests().orElseThrow()
                .request(URI.create("https://ct.soa-gw.canadapost.ca/"), List.of(new CarrierTrackingNumber("7023210039414604"))).build();

        assertThat(request.uri()).hasToString("https://ct.soa-gw.canadapost.ca/vis/track/pin/7023210039414604/detail");
        assertThat(request.headers().firstValue("Accept")).hasValue("application/vnd.cpc.track-v2+xml");
    }
}
