package io.waybill.adapters.rest.limits;

import static org.assertj.core.api.Assertions.assertThat;

import io.waybill.adapters.rest.limits.TokenBuckets.Limit;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Who pays for a request: the key, the address, or a carrier at an address; and what wrong keys cost. */
class ClientLimitsTest {

    private static final String KEY = "wb_some-integrator-key";
    private static final String TRACKING = "/api/v1/tracking/ABC";
    private static final String PUSH = "/api/v1/carriers/ups/events";

    private final AtomicLong now = new AtomicLong();
    private final ClientLimits limits = new ClientLimits(new TokenBuckets(1000, now::get),
            new Limit(1, 3), new Limit(1, 2), Map.of("203.0.113.50", new Limit(1, 4)));

    @Test
    void aKeyIsChargedWhereverItComesFrom() {
        assertThat(limits.admit(KEY, "10.0.0.1", TRACKING).allowed()).isTrue();
        assertThat(limits.admit(KEY, "10.0.0.2", TRACKING).allowed()).isTrue();
        assertThat(limits.admit(KEY, "10.0.0.3", TRACKING).allowed()).isTrue();
        assertThat(limits.admit(KEY, "10.0.0.4", TRACKING).allowed()).isFalse();
        assertThat(limits.admit("wb_another-key", "10.0.0.4", TRACKING).allowed()).isTrue();
    }

    @Test
    void keylessRequestsAreChargedToTheirAddressWithTheAddressLimit() {
        assertThat(limits.admit(null, "10.0.0.1", TRACKING).allowed()).isTrue();
        assertThat(limits.admit(null, "10.0.0.1", TRACKING).allowed()).isTrue();
        assertThat(limits.admit(null, "10.0.0.1", TRACKING).allowed()).isFalse();
        assertThat(limits.admit(null, "10.0.0.2", TRACKING).allowed()).isTrue();
        // the key's own budget is untouched by its address's anonymous use
        assertThat(limits.admit(KEY, "10.0.0.1", TRACKING).allowed()).isTrue();
    }

    @Test
    void anAddressWithItsOwnLimitGetsIt() {
        int allowed = 0;
        while (limits.admit(null, "203.0.113.50", TRACKING).allowed()) {
            allowed++;
        }
        assertThat(allowed).isEqualTo(4);
    }

    @Test
    void aCarrierPushIsChargedToTheCarrierAtThatAddressWithTheKeyLimit() {
        for (int i = 0; i < 3; i++) {
            assertThat(limits.admit(null, "10.0.0.1", PUSH).allowed()).isTrue();
        }
        assertThat(limits.admit(null, "10.0.0.1", PUSH).allowed()).isFalse();
        // a stranger elsewhere cannot spend the carrier's budget, nor does the carrier spend the address's
        assertThat(limits.admit(null, "10.0.0.9", PUSH).allowed()).isTrue();
        assertThat(limits.admit(null, "10.0.0.1", "/api/v1/carriers/dhl").allowed()).isTrue();
        assertThat(limits.admit(null, "10.0.0.1", TRACKING).allowed()).isTrue();
    }

    @Test
    void trackersSpeakingOsmAndAreChargedAtTheKeyLimitApartFromTheirAddresssOtherUse() {
        for (int i = 0; i < 3; i++) {
            assertThat(limits.admit(null, "10.0.0.1", "/osmand").allowed()).isTrue();
        }
        assertThat(limits.admit(null, "10.0.0.1", "/osmand").allowed()).isFalse();
        assertThat(limits.admit(null, "10.0.0.1", TRACKING).allowed()).as("the address's own budget").isTrue();
        assertThat(limits.admit(null, "10.0.0.2", "/osmand").allowed()).isTrue();
    }

    @Test
    void wrongKeysFromAnAddressBlockItsKeyedRequestsUntilTheyRefill() {
        limits.failedCredentials("10.0.0.1");
        assertThat(limits.admit(KEY, "10.0.0.1", TRACKING).allowed()).isTrue();
        limits.failedCredentials("10.0.0.1");
        assertThat(limits.admit(KEY, "10.0.0.1", TRACKING).allowed()).isFalse();
        assertThat(limits.admit(KEY, "10.0.0.2", TRACKING).allowed()).isTrue();
        now.addAndGet(1_000_000_000L);
        assertThat(limits.admit(KEY, "10.0.0.1", TRACKING).allowed()).isTrue();
    }
}
