package io.waybill.adapters.rest.limits;

import static org.assertj.core.api.Assertions.assertThat;

import io.waybill.adapters.rest.limits.TokenBuckets.Decision;
import io.waybill.adapters.rest.limits.TokenBuckets.Limit;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The bucket arithmetic on a hand-driven clock: bursts, refill, Retry-After, debt, and the bound on memory. */
class TokenBucketsTest {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong now = new AtomicLong(123 * SECOND);
    private final TokenBuckets buckets = new TokenBuckets(3, now::get);
    private final Limit twoPerSecondBurstFive = new Limit(2, 5);

    @Test
    void aNewClientHasItsWholeBurstThenOneTokenPerInterval() {
        for (int i = 0; i < 5; i++) {
            assertThat(buckets.take("a", twoPerSecondBurstFive).allowed()).isTrue();
        }
        Decision refused = buckets.take("a", twoPerSecondBurstFive);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterNanos()).isEqualTo(SECOND / 2);
        assertThat(refused.retryAfterSeconds()).isEqualTo(1);

        now.addAndGet(SECOND / 2);
        assertThat(buckets.take("a", twoPerSecondBurstFive).allowed()).isTrue();
        assertThat(buckets.take("a", twoPerSecondBurstFive).allowed()).isFalse();
    }

    @Test
    void aQuietClientRefillsUpToItsBurstAndNoFurther() {
        for (int i = 0; i < 5; i++) {
            buckets.take("a", twoPerSecondBurstFive);
        }
        now.addAndGet(3600 * SECOND);
        int allowed = 0;
        while (buckets.take("a", twoPerSecondBurstFive).allowed()) {
            allowed++;
        }
        assertThat(allowed).isEqualTo(5);
    }

    @Test
    void clientsDoNotShareTokens() {
        for (int i = 0; i < 5; i++) {
            buckets.take("a", twoPerSecondBurstFive);
        }
        assertThat(buckets.take("a", twoPerSecondBurstFive).allowed()).isFalse();
        assertThat(buckets.take("b", twoPerSecondBurstFive).allowed()).isTrue();
    }

    @Test
    void retryAfterRoundsUpToWholeSecondsForSlowLimits() {
        Limit onePerMinute = new Limit(1 / 60d, 1);
        buckets.take("slow", onePerMinute);
        now.addAndGet(SECOND / 2);
        assertThat(buckets.take("slow", onePerMinute).retryAfterSeconds()).isEqualTo(60);
    }

    @Test
    void peekTakesNothingAndChargeGoesIntoDebtUpToOneBurst() {
        Limit two = new Limit(1, 2);
        assertThat(buckets.peek("f").allowed()).isTrue();
        for (int i = 0; i < 10; i++) {
            buckets.charge("f", two);
        }
        Decision refused = buckets.peek("f");
        assertThat(refused.allowed()).isFalse();
        // ten failures, but the debt is capped: allowed again once two seconds of the refill have passed plus one token
        assertThat(refused.retryAfterNanos()).isEqualTo(3 * SECOND);
        now.addAndGet(3 * SECOND);
        assertThat(buckets.peek("f").allowed()).isTrue();
        assertThat(buckets.peek("f").allowed()).isTrue();
    }

    @Test
    void beyondMaxClientsTheBucketsThatFilledUpAgainAreForgotten() {
        buckets.take("a", twoPerSecondBurstFive);
        buckets.take("b", twoPerSecondBurstFive);
        now.addAndGet(10 * SECOND);
        buckets.take("c", twoPerSecondBurstFive);
        buckets.take("d", twoPerSecondBurstFive);
        assertThat(buckets.size()).isEqualTo(2);
    }

    @Test
    void aFloodOfBusyClientsCannotGrowTheBucketsWithoutBound() {
        for (int i = 0; i < 1000; i++) {
            buckets.take("client-" + i, twoPerSecondBurstFive);
        }
        assertThat(buckets.size()).isLessThanOrEqualTo(4);
    }

    @Test
    void concurrentTakersNeverGetMoreThanTheBurst() throws InterruptedException {
        Limit burst = new Limit(0.001, 100);
        AtomicInteger allowed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 1000; i++) {
            pool.execute(() -> {
                if (buckets.take("shared", burst).allowed()) {
                    allowed.incrementAndGet();
                }
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(allowed.get()).isEqualTo(100);
    }
}
