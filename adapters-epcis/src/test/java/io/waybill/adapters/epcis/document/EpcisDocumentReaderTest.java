package io.waybill.adapters.epcis.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.waybill.adapters.epcis.document.EpcisEvent.Action;
import io.waybill.adapters.epcis.document.EpcisEvent.AggregationEvent;
import io.waybill.adapters.epcis.document.EpcisEvent.ObjectEvent;
import io.waybill.adapters.epcis.document.EpcisEvent.TransformationEvent;
import io.waybill.adapters.epcis.document.SensorElement.SensorReport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EpcisDocumentReaderTest {

    private final EpcisDocumentReader reader = new EpcisDocumentReader();

    @Test
    void readsTheObjectEventsOfTheFixture() {
        List<EpcisEvent> events = reader.read(gs1("Example_9.6.1-ObjectEvent.jsonld"));
        assertThat(events).hasSize(2).allMatch(e -> e instanceof ObjectEvent);
        ObjectEvent shipped = (ObjectEvent) events.get(0);
        assertThat(shipped.eventId()).isEqualTo("ni:///sha-256;df7bb3c352fef055578554f09f5e2aa41782150ced7bd0b8af24dd3ccb30ba69?ver=CBV2.0");
        assertThat(shipped.common().eventIdDerived()).isFalse();
        assertThat(shipped.type()).isEqualTo("ObjectEvent");
        assertThat(shipped.common().eventTime()).isEqualTo(Instant.parse("2005-04-04T02:33:31.116Z"));
        assertThat(shipped.common().eventTimeZoneOffset()).isEqualTo("-06:00");
        assertThat(shipped.action()).isEqualTo(Action.OBSERVE);
        assertThat(shipped.common().bizStep()).isEqualTo("shipping");
        assertThat(shipped.common().disposition()).isEqualTo("in_transit");
        assertThat(shipped.epcList()).containsExactly("urn:epc:id:sgtin:0614141.107346.2017", "urn:epc:id:sgtin:0614141.107346.2018");
        assertThat(shipped.common().readPoint()).isEqualTo("urn:epc:id:sgln:0614141.07346.1234");
        assertThat(Gs1Keys.gln(shipped.common().readPoint())).contains("0614141073467");
        assertThat(shipped.common().bizTransactions())
                .containsExactly(new BizTransaction("po", "http://transaction.acme.com/po/12345678"));
        EpcisEvent received = events.get(1);
        assertThat(received.common().bizStep()).isEqualTo("receiving");
        assertThat(received.common().bizLocation()).isEqualTo("urn:epc:id:sgln:0012345.11111.0");
        assertThat(received.common().bizTransactions()).extracting(BizTransaction::type).containsExactly("po", "desadv");
    }

    @Test
    void readsAggregationWithQuantities() {
        AggregationEvent packed = (AggregationEvent) reader.read(gs1("Example_9.6.3-AggregationEvent.jsonld")).get(0);
        assertThat(packed.parentId()).isEqualTo("urn:epc:id:sscc:0614141.1234567890");
        assertThat(Gs1Keys.sscc(packed.parentId())).contains("106141412345678908");
        assertThat(packed.childEpcs()).hasSize(2);
        assertThat(packed.childQuantityList()).containsExactly(
                new QuantityElement("urn:epc:idpat:sgtin:4012345.098765.*", new BigDecimal("10"), null),
                new QuantityElement("urn:epc:class:lgtin:4012345.012345.998877", new BigDecimal("200.5"), "KGM"));
        assertThat(packed.common().bizLocation()).isEqualTo("urn:epc:id:sgln:0614141.00888.0");
    }

    @Test
    void readsTransformationInputsAndOutputs() {
        TransformationEvent made = (TransformationEvent) reader.read(gs1("Example_9.6.4-TransformationEvent.jsonld")).get(0);
        assertThat(made.inputEpcList()).hasSize(2);
        assertThat(made.inputQuantityList()).hasSize(3).first().extracting(QuantityElement::uom).isEqualTo("KGM");
        assertThat(made.outputEpcList()).hasSize(4);
        assertThat(made.common().bizStep()).isEqualTo("commissioning");
    }

    @Test
    void readsSensorData() {
        EpcisEvent event = reader.read(gs1("SensorDataExample1.jsonld")).get(0);
        SensorElement first = event.common().sensorElements().get(0);
        assertThat(first.metadata().time()).isEqualTo(Instant.parse("2019-04-02T13:05:00Z"));
        assertThat(first.metadata().deviceId()).isEqualTo("urn:epc:id:giai:4000001.111");
        assertThat(first.reports()).first().satisfies(r -> {
            assertThat(r.type()).isEqualTo("Temperature");
            assertThat(r.value()).isEqualByComparingTo("26");
            assertThat(r.uom()).isEqualTo("CEL");
        });
        List<SensorReport> alarms = reader.read(gs1("SensorDataExample9.jsonld")).get(0).common().sensorElements().get(0).reports();
        assertThat(alarms).extracting(SensorReport::exception).containsExactly("ERROR_CONDITION", "ALARM_CONDITION");
        assertThat(alarms.get(1).booleanValue()).isTrue();
    }

    @Test
    void readsAnErrorDeclaration() {
        List<EpcisEvent> events = reader.read(gs1("ErrorDeclarationAndCorrectiveEvent.jsonld"));
        ErrorDeclaration declared = events.get(0).common().errorDeclaration();
        assertThat(declared.declarationTime()).isEqualTo(Instant.parse("2020-01-14T23:00:00Z"));
        assertThat(declared.reason()).isEqualTo("incorrect_data");
        assertThat(declared.correctiveEventIds()).containsExactly(events.get(1).eventId());
        assertThat(events.get(1).common().errorDeclaration()).isNull();
    }

    @Test
    void givesAnEventWithoutIdItsHash() {
        String document = """
                {"@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"], "type": "EPCISDocument",
                 "epcisBody": {"eventList": [{"type": "ObjectEvent", "eventTime": "2022-02-16T20:33:31.116-06:00",
                   "eventTimeZoneOffset": "-06:00", "epcList": ["urn:epc:id:sscc:4012345.0000000111"], "action": "OBSERVE",
                   "bizStep": "urn:epcglobal:cbv:bizstep:departing", "disposition": "https://ref.gs1.org/cbv/Disp-in_transit"}]}}
                """;
        EpcisEvent event = reader.read(stream(document)).get(0);
        assertThat(event.common().eventIdDerived()).isTrue();
        assertThat(event.eventId()).startsWith("ni:///sha-256;").endsWith("?ver=CBV2.0");
        assertThat(event.common().bizStep()).isEqualTo("departing");
        assertThat(event.common().disposition()).isEqualTo("in_transit");
    }

    @Test
    void derivesThePublishedHashIdsForEventsWithoutOne() throws IOException {
        for (String example : List.of("epcisDocWithVariousEventTypes", "epcisDocWithCustomSchemaInContext")) {
            List<EpcisEvent> events = reader.read(getClass().getResourceAsStream("/epcis/hash/" + example + ".jsonld"));
            try (InputStream hashes = getClass().getResourceAsStream("/epcis/hash/" + example + ".hashes")) {
                assertThat(events).extracting(EpcisEvent::eventId)
                        .containsExactlyElementsOf(new String(hashes.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
            }
        }
    }

    @Test
    void readsTheEventsOfAQueryDocument() {
        List<EpcisEvent> events = reader.read(getClass().getResourceAsStream("/epcis/hash/epcisQueryDocument.jsonld"));
        assertThat(events).extracting(EpcisEvent::eventId).containsExactly(
                "ni:///sha-256;df7bb3c352fef055578554f09f5e2aa41782150ced7bd0b8af24dd3ccb30ba69?ver=CBV2.0",
                "ni:///sha-256;00e1e6eba3a7cc6125be4793a631f0af50f8322e0ab5f2c0bab994a11cec1d79?ver=CBV2.0");
    }

    @Test
    void readsEventsOneByOneAndRefusesTooMany() {
        AtomicInteger seen = new AtomicInteger();
        assertThat(new EpcisDocumentReader(5).read(manyEvents(5), e -> seen.incrementAndGet())).isEqualTo(5);
        assertThatThrownBy(() -> new EpcisDocumentReader(5).read(manyEvents(6)))
                .isInstanceOf(EpcisFormatException.class).hasMessageContaining("more than 5 events");
    }

    @Test
    void handsOverAnEventBeforeTheRestOfTheDocumentIsRead() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection lost");
            }
        };
        List<String> seen = new ArrayList<>();
        InputStream truncated = new SequenceInputStream(stream("{\"epcisBody\": {\"eventList\": [" + oneEvent(0) + ","), broken);
        assertThatThrownBy(() -> reader.read(truncated, e -> seen.add(e.eventId()))).isInstanceOf(EpcisFormatException.class);
        assertThat(seen).containsExactly("urn:uuid:0");
    }

    @Test
    void refusesWhatIsNoEpcisDocument() {
        assertThatThrownBy(() -> reader.read(stream("[1, 2]"))).isInstanceOf(EpcisFormatException.class);
        assertThatThrownBy(() -> reader.read(stream("{\"epcisBody\": {\"eventList\": [{\"type\": \"ObjectEvent\"}]}}")))
                .isInstanceOf(EpcisFormatException.class).hasMessageContaining("eventTime");
        assertThatThrownBy(() -> reader.read(stream("{\"epcisBody\": {\"eventList\": [{\"type\": \"ShipEvent\"}]}}")))
                .hasMessageContaining("unknown event type 'ShipEvent'");
        assertThatThrownBy(() -> reader.read(stream("{\"epcisBody\": {\"eventList\": [{\"type\": \"ObjectEvent\", "
                + "\"eventTime\": \"2020-01-01T00:00:00Z\", \"action\": \"SHRED\"}]}}"))).hasMessageContaining("SHRED");
        assertThatThrownBy(() -> reader.read(stream("{\"epcisBody\": {\"eventList\": [")))
                .isInstanceOf(EpcisFormatException.class);
    }

    /** A document of {@code count} events, streamed without ever existing as one string. */
    static InputStream manyEvents(int count) {
        List<InputStream> parts = new ArrayList<>();
        parts.add(stream("{\"type\": \"EPCISDocument\", \"epcisBody\": {\"eventList\": ["));
        IntStream.range(0, count).forEach(i -> parts.add(stream((i == 0 ? "" : ",") + oneEvent(i))));
        parts.add(stream("]}}"));
        return new SequenceInputStream(Collections.enumeration(parts));
    }

    private static String oneEvent(int i) {
        return "{\"type\": \"ObjectEvent\", \"eventID\": \"urn:uuid:" + i + "\", \"eventTime\": \"2020-01-01T00:00:00Z\", "
                + "\"eventTimeZoneOffset\": \"+00:00\", \"action\": \"OBSERVE\", \"epcList\": [\"urn:epc:id:sscc:4012345.0000000111\"]}";
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static InputStream gs1(String name) {
        return EpcisDocumentReaderTest.class.getResourceAsStream("/epcis/gs1/" + name);
    }
}
