package io.waybill.domain.telemetry;

import static io.waybill.domain.telemetry.ReadingFixtures.battery;
import static io.waybill.domain.telemetry.ReadingFixtures.minute;
import static io.waybill.domain.telemetry.ReadingFixtures.temperature;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.waybill.domain.telemetry.Conditions.Settings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeanKineticTemperatureTest {

    private static final Settings A_DAY_BETWEEN_READINGS = Settings.DEFAULTS.withMaxGap(Duration.ofDays(2));

    private static Double mkt(List<Reading> readings, Settings settings) {
        return Conditions.judge(ConditionProfile.chilled(), readings, minute(0), settings).mktCelsius();
    }

    /** Readings that each hold for {@code hours[i]} at {@code celsius[i]}, closed by one more reading. */
    private static List<Reading> held(double[] celsius, double[] hours) {
        List<Reading> readings = new ArrayList<>();
        double at = 0;
        for (int i = 0; i < celsius.length; i++) {
            readings.add(temperature(minute(at * 60), celsius[i]));
            at += hours[i];
        }
        readings.add(temperature(minute(at * 60), celsius[celsius.length - 1]));
        return readings;
    }

    @Test
    void handComputedFromTheFormulaWithUnevenSpacing() {
        // 4 °C for 10 min, then 12 °C for 20 min (the reading at 30 min closes the interval), ΔH/R = 10,000 K:
        // e^(-10000/277.15) = 2.13789e-16, e^(-10000/285.15) = 5.88319e-16
        // time-weighted mean = (10 × 2.13789e-16 + 20 × 5.88319e-16) / 30 = 4.63476e-16; -ln(...) = 35.30778
        // MKT = 10000 / 35.30778 = 283.2237 K = 10.0737 °C (the time-weighted arithmetic mean is 9.33 °C)
        List<Reading> readings = List.of(temperature(minute(0), 4), temperature(minute(10), 12), temperature(minute(30), 3));

        assertThat(mkt(readings, Settings.DEFAULTS)).isCloseTo(10.0737, within(0.0005));
    }

    @Test
    void publishedExamplesOfUspMeanKineticTemperatureWithDurations() {
        // ToolJolt, "Cold Chain Shipment MKT Calculator" (https://tooljolt.com/tools/cold-chain-shipment-mkt-calculator),
        // worked example citing USP <1079>, ΔH = 83.144 kJ/mol: 5 °C 6 h, 7 °C 10 h, 11 °C 1.5 h, 6 °C 30 h -> 6.31 °C.
        assertThat(mkt(held(new double[] {5, 7, 11, 6}, new double[] {6, 10, 1.5, 30}), A_DAY_BETWEEN_READINGS))
                .isCloseTo(6.31, within(0.005));
        // ToolJolt, "Last-Mile Pharmacy Delivery MKT Calculator" (https://tooljolt.com/tools/last-mile-pharmacy-mkt-calculator):
        // 5 °C 1 h, 7 °C 1.5 h, 10 °C 0.5 h, 6 °C 2 h -> 6.62 °C.
        assertThat(mkt(held(new double[] {5, 7, 10, 6}, new double[] {1, 1.5, 0.5, 2}), A_DAY_BETWEEN_READINGS))
                .isCloseTo(6.62, within(0.005));
    }

    @Test
    void evenlySpacedReadingsGiveUspsEqualPeriodFormula() {
        // 20, 25, 30 °C for one hour each: MKT = 10000 / -ln((e^(-10000/293.15) + e^(-10000/298.15) + e^(-10000/303.15)) / 3)
        // - 273.15 = 25.858 °C, above the arithmetic 25 °C because heat counts more.
        List<Reading> readings = held(new double[] {20, 25, 30}, new double[] {1, 1, 1});

        assertThat(mkt(readings, A_DAY_BETWEEN_READINGS)).isCloseTo(25.858, within(0.001));
    }

    @Test
    void aConstantTemperatureIsItsOwnMktAndTimeAcrossAGapWeighsNothing() {
        assertThat(mkt(List.of(temperature(minute(0), 5.5)), Settings.DEFAULTS)).as("one reading alone")
                .isCloseTo(5.5, within(1e-9));
        // 4 °C for 10 min, then 12 °C followed by two unknown hours: only the 4 °C is known to have lasted
        List<Reading> gap = List.of(temperature(minute(0), 4), temperature(minute(10), 12), temperature(minute(130), 12));
        assertThat(mkt(gap, Settings.DEFAULTS)).isCloseTo(4, within(1e-9));
    }

    @Test
    void noTemperatureNoMkt() {
        assertThat(mkt(List.of(battery(minute(0), 50)), Settings.DEFAULTS)).isNull();
    }
}
