package io.waybill.adapters.epcis.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.waybill.adapters.epcis.capture.SensorMapping.Converted;
import io.waybill.adapters.epcis.capture.SensorMapping.Measure;
import io.waybill.adapters.epcis.document.EpcisDocumentReader;
import io.waybill.adapters.epcis.document.EpcisEvent;
import io.waybill.adapters.epcis.document.SensorElement.SensorReport;
import io.waybill.application.shared.CapturedEvent.SensorReading;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Sensor reports as readings: the unit conversions hold as properties over many values (each unit against its
 * definition, and between themselves), and GS1's sensor examples read as the mapping says.
 */
class SensorMappingTest {

    private static final int TRIES = 10_000;
    private final Random random = new Random(20260514);

    @Test
    void temperaturesInAnyUnitAgreeWithEachOther() {
        for (int i = 0; i < TRIES; i++) {
            double celsius = -90 + random.nextDouble() * 230;
            double fahrenheit = celsius * 9 / 5 + 32;
            double kelvin = celsius + 273.15;
            assertThat(measured("Temperature", "CEL", celsius)).isEqualTo(celsius);
            assertThat(measured("Temperature", "FAH", fahrenheit)).isCloseTo(celsius, within(1e-9));
            assertThat(measured("Temperature", "KEL", kelvin)).isCloseTo(celsius, within(1e-9));
        }
        assertThat(measured("Temperature", "FAH", 32)).isZero(); // water freezes
        assertThat(measured("Temperature", "FAH", 212)).isEqualTo(100); // and boils
        assertThat(measured("Temperature", "KEL", 0)).isEqualTo(-273.15);
        assertThat(measured("Temperature", "FAH", -40)).isEqualTo(-40); // where the two scales meet
    }

    @Test
    void accelerationIsAMagnitudeInGWhateverItsUnitAndSign() {
        for (int i = 0; i < TRIES; i++) {
            double g = (random.nextDouble() - 0.5) * 100;
            double metresPerSecondSquared = g * SensorMapping.STANDARD_GRAVITY;
            assertThat(measured("Acceleration", "MTS2", metresPerSecondSquared)).isCloseTo(Math.abs(g), within(1e-9));
            assertThat(measured("Acceleration", "K40", g)).isEqualTo(Math.abs(g));
            assertThat(SensorMapping.convert("Acceleration", "MTS2", metresPerSecondSquared).orElseThrow().measure())
                    .isEqualTo(Measure.SHOCK);
        }
        assertThat(measured("Acceleration", "MTS2", 9.80665)).isEqualTo(1.0);
    }

    @Test
    void humidityInPercentAndLightInLuxAreTakenAsTheyAre() {
        for (int i = 0; i < TRIES; i++) {
            double percent = random.nextDouble() * 100;
            double lux = random.nextDouble() * 100_000;
            assertThat(SensorMapping.convert("RelativeHumidity", "P1", percent)).contains(new Converted(Measure.HUMIDITY, percent));
            assertThat(SensorMapping.convert("Illuminance", "LUX", lux)).contains(new Converted(Measure.LIGHT, lux));
        }
    }

    @Test
    void otherTypesAndUnitsAreNotRead() {
        assertThat(SensorMapping.convert("RelativeHumidity", "A93", 40)).as("A93 is gram per cubic metre").isEmpty();
        assertThat(SensorMapping.convert("AbsoluteHumidity", "A93", 12)).isEmpty();
        assertThat(SensorMapping.convert("Temperature", "KMH", 12)).isEmpty();
        assertThat(SensorMapping.convert("Speed", "KMH", 160)).isEmpty();
        assertThat(SensorMapping.convert("example:someSensorProperty", null, 1)).isEmpty();
        assertThat(SensorMapping.convert("Temperature", "CEL", Double.NaN)).isEmpty();
    }

    @Test
    void theValueIsTheValueElseTheMeanElseThePeakOfShockAndLightElseTheMiddle() {
        assertThat(SensorMapping.value(report("Temperature", "5", "9", "1", "3"))).contains(5.0);
        assertThat(SensorMapping.value(report("Temperature", null, "9", "1", "3"))).contains(3.0);
        assertThat(SensorMapping.value(report("Temperature", null, "9", "1", null))).contains(5.0);
        assertThat(SensorMapping.value(report("Illuminance", null, "900", "100", null))).contains(900.0);
        assertThat(SensorMapping.value(report("Acceleration", null, "4", "0", null))).contains(4.0);
        assertThat(SensorMapping.value(report("Temperature", null, null, "2", null))).contains(2.0);
        assertThat(SensorMapping.value(report("Temperature", null, null, null, null))).isEmpty();
    }

    @Test
    void aSeriesOfTemperaturesBecomesOneReadingAtEachReportsTime() {
        SensorMapping.Mapped mapped = SensorMapping.readings(event("SensorDataExample5.jsonld"));
        assertThat(mapped.ignored()).isEmpty();
        assertThat(mapped.readings()).hasSize(6).allMatch(r -> "urn:epc:id:giai:4000001.111".equals(r.device()));
        assertThat(mapped.readings().getFirst().reading().at()).isEqualTo(Instant.parse("2019-04-02T13:05:00Z"));
        assertThat(mapped.readings()).extracting(r -> r.reading().temperatureCelsius())
                .containsExactly(26.0, 26.1, 26.2, 26.3, 26.4, 26.5);
    }

    @Test
    void reportsOfOneTimeAreOneReadingAndTheOthersAreCounted() {
        SensorMapping.Mapped mapped = SensorMapping.readings(event("SensorDataExample1.jsonld"));
        assertThat(mapped.readings()).hasSize(3);
        SensorReading first = mapped.readings().getFirst();
        assertThat(first.reading().at()).as("the metadata's time").isEqualTo(Instant.parse("2019-04-02T13:05:00Z"));
        assertThat(first.reading().temperatureCelsius()).isEqualTo(26.0);
        assertThat(first.reading().lightLux()).isEqualTo(800.0);
        assertThat(first.reading().humidityPercent()).as("absolute humidity is not relative").isNull();
        assertThat(mapped.ignored()).hasSize(6).containsOnly("AbsoluteHumidity in A93", "Speed in KMH");
    }

    @Test
    void aRangeOverAnIntervalIsTakenAtTheEventsTime() {
        SensorMapping.Mapped mapped = SensorMapping.readings(event("SensorDataExample2.jsonld"));
        assertThat(mapped.readings()).singleElement().satisfies(r -> {
            assertThat(r.reading().at()).isEqualTo(Instant.parse("2019-04-02T14:00:00Z"));
            assertThat(r.reading().temperatureCelsius()).as("the mean").isEqualTo(26.1);
            assertThat(r.reading().lightLux()).as("the peak").isEqualTo(802.0);
        });
    }

    @Test
    void aReportNamesItsOwnDevice() {
        List<SensorReading> readings = SensorMapping.readings(event("SensorDataExample4.jsonld")).readings();
        assertThat(readings).extracting(SensorReading::device)
                .containsExactly("urn:epc:id:giai:4000001.111", "urn:epc:id:giai:4000001.444");
    }

    @Test
    void aPalletsSensorReportsReadLikeAnyOthers() {
        SensorMapping.Mapped mapped = SensorMapping.readings(event("SensorDataExample8.jsonld"));
        assertThat(mapped.readings()).singleElement().satisfies(r -> {
            assertThat(r.device()).isNull();
            assertThat(r.reading().at()).as("no time but an interval: the event's").isEqualTo(Instant.parse("2019-10-07T14:30:00Z"));
            assertThat(r.reading().temperatureCelsius()).isEqualTo(13.2);
        });
        assertThat(mapped.ignored()).hasSize(6).contains("AmountOfSubstancePerUnitVolume in C35", "Temperature without a value");
    }

    @Test
    void reportsWithoutANumberAreCountedNotRead() {
        SensorMapping.Mapped mapped = SensorMapping.readings(event("SensorDataExample9.jsonld"));
        assertThat(mapped.readings()).isEmpty();
        assertThat(mapped.ignored()).containsExactly("Temperature without a value", "AbsoluteHumidity without a value");
    }

    private static double measured(String type, String uom, double value) {
        Optional<Converted> c = SensorMapping.convert(type, uom, value);
        assertThat(c).as(type + " in " + uom).isPresent();
        return c.get().value();
    }

    private static SensorReport report(String type, String value, String max, String min, String mean) {
        return new SensorReport(type, decimal(value), "CEL", null, decimal(min), decimal(max), decimal(mean), null, null, null,
                null, null);
    }

    private static BigDecimal decimal(String text) {
        return text == null ? null : new BigDecimal(text);
    }

    private static EpcisEvent event(String example) {
        InputStream in = SensorMappingTest.class.getResourceAsStream("/epcis/gs1/" + example);
        return new EpcisDocumentReader().read(in).getFirst();
    }
}
