package io.waybill.domain.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Whole-hour histograms: rounding, nearest-rank percentiles against a sorted list, sums, and the stored bytes. */
class HoursTest {

    @Test
    void aDurationCountsAsItsNearestHourWithinTheCap() {
        assertThat(Hours.of(Duration.ofMinutes(29))).isZero();
        assertThat(Hours.of(Duration.ofMinutes(30))).isEqualTo(1);
        assertThat(Hours.of(Duration.ofMinutes(89).plusSeconds(59))).isEqualTo(1);
        assertThat(Hours.of(Duration.ofMinutes(90))).isEqualTo(2);
        assertThat(Hours.of(Duration.ofHours(-5))).isZero();
        assertThat(Hours.of(Duration.ofDays(400))).isEqualTo(Hours.CAP);
    }

    @Test
    void percentilesAreByNearestRankAsPercentileDisc() {
        Random random = new Random(11);
        for (int round = 0; round < 200; round++) {
            int n = 1 + random.nextInt(300);
            List<Integer> values = new ArrayList<>();
            Hours hours = Hours.none();
            for (int i = 0; i < n; i++) {
                int h = random.nextInt(round % 2 == 0 ? 50 : Hours.CAP + 1);
                values.add(h);
                hours = hours.plus(h);
            }
            Collections.sort(values);
            for (double p : new double[] {0.5, 0.95, 0.05, 1.0}) {
                int rank = (int) Math.max(1, Math.ceil(p * n));
                assertThat(hours.percentile(p)).hasValue(values.get(rank - 1));
            }
            assertThat(hours.count()).isEqualTo(n);
            assertThat(Hours.decoded(hours.encoded())).isEqualTo(hours);
        }
    }

    @Test
    void histogramsAddUp() {
        Hours a = Hours.none().plus(3).plus(3).plus(700);
        Hours b = Hours.none().plus(1).plus(Hours.CAP);
        Hours sum = a.plus(b);
        assertThat(sum.count()).isEqualTo(5);
        assertThat(sum.percentile(0.5)).hasValue(3);
        assertThat(sum.percentile(1.0)).hasValue(Hours.CAP);
        assertThat(sum).isEqualTo(b.plus(a)).hasSameHashCodeAs(b.plus(a));
        assertThat(Hours.none().percentile(0.5)).isEmpty();
        assertThat(Hours.decoded(new byte[0])).isEqualTo(Hours.none());
    }

    @Test
    void badValuesAreRefused() {
        assertThatThrownBy(() -> Hours.none().plus(Hours.CAP + 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Hours.none().percentile(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Hours.decoded(new byte[] {(byte) 0x81})).isInstanceOf(IllegalArgumentException.class);
    }
}
