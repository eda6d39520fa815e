package io.waybill.adapters.rest.limits;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.waybill.adapters.rest.limits.TokenBuckets.Limit;
import java.util.Map;

/**
 * The settings under {@code waybill.limits}: how many requests per second (and how many at once) each API key and
 * each client address may send to {@code /api/}. Buckets live in each instance's memory: with n instances behind a
 * balancer, a client may get up to n times these figures.
 */
@ConfigMapping(prefix = "waybill.limits")
interface LimitSettings {

    /** Off: no request is refused for its rate (size limits stay). */
    @WithDefault("true")
    boolean enabled();

    /** Requests with an API key, counted per key. */
    KeyRate key();

    /**
     * Requests without a key (the public tracking view, feedback links, carrier pushes per carrier), counted per client
     * address; failed keys are counted per address too.
     */
    AddressRate address();

    /** Addresses with their own limit (a partner's gateway, an office NAT), by the address as the server sees it. */
    Map<String, Rate> addresses();

    /** How many clients the buckets remember at most; beyond, idle ones are forgotten first. */
    @WithDefault("100000")
    int maxClients();

    /** A limit of one address: sustained requests per second, and requests that may come at once after a quiet spell. */
    interface Rate {

        double rate();

        int burst();

        default Limit limit() {
            return new Limit(rate(), burst());
        }
    }

    /** The limit of every API key. */
    interface KeyRate {

        @WithDefault("100")
        double rate();

        @WithDefault("200")
        int burst();

        default Limit limit() {
            return new Limit(rate(), burst());
        }
    }

    /** The limit of every client address without a key. */
    interface AddressRate {

        @WithDefault("10")
        double rate();

        @WithDefault("40")
        int burst();

        default Limit limit() {
            return new Limit(rate(), burst());
        }
    }
}
