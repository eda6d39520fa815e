package io.waybill.domain.eta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class P2QuantileTest {

    @Test
    void tracksTheMedianAndNinetiethPercentileOfASkewedDistributionWithinAFewPercent() {
        SplittableRandom random = new SplittableRandom(7);
        P2Quantile p50 = new P2Quantile(0.5);
        P2Quantile p90 = new P2Quantile(0.9);
        double[] all = new double[20_000];
        for (int i = 0; i < all.length; i++) {
            double hours = 20 + (-Math.log(1 - random.nextDouble())) * 12; // transit times: a floor and a long tail
            all[i] = hours;
            p50.add(hours);
            p90.add(hours);
        }
        Arrays.sort(all);
        assertThat(p50.value()).isCloseTo(all[all.length / 2], within(0.03 * all[all.length / 2]));
        assertThat(p90.value()).isCloseTo(all[all.length * 9 / 10], within(0.03 * all[all.length * 9 / 10]));
        assertThat(p50.count()).isEqualTo(20_000);
    }

    @Test
    void isExactForTheFirstFewValuesAndResumesFromItsStoredState() {
        P2Quantile q = new P2Quantile(0.5);
        assertThat(q.value()).isNaN();
        q.add(3);
        q.add(1);
        q.add(2);
        assertThat(q.value()).isEqualTo(2);
        for (int i = 0; i < 100; i++) {
            q.add(i % 10);
        }
        P2Quantile resumed = P2Quantile.restore(0.5, q.count(), q.heights(), q.positions(), q.desired());
        q.add(42);
        resumed.add(42);
        assertThat(resumed.value()).isEqualTo(q.value());
    }
}
