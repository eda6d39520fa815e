package io.waybill.adapters.rest.limits;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * In-memory token buckets, one per client, kept by this instance only. Each bucket is a single timestamp (the
 * generic cell rate algorithm: the moment the bucket would be full again), updated by compare-and-set, so clients
 * never wait on each other's locks. Memory is bounded: once more than {@code maxClients} buckets exist, those that
 * have filled up again are dropped (a full bucket and a new one behave the same), and if that is not enough, all.
 */
final class TokenBuckets {

    /** What a bucket allows: {@code rate} requests per second on average, {@code burst} at once. */
    record Limit(double rate, int burst) {

        Limit {
            if (!(rate > 0) || burst < 1) {
                throw new IllegalArgumentException("a limit needs a rate above 0 and a burst of at least 1");
            }
        }

        long intervalNanos() {
            return Math.max(1, Math.round(1_000_000_000d / rate));
        }
    }

    /** The answer for one request: allowed, or refused with the time until a token is back. */
    record Decision(boolean allowed, long retryAfterNanos) {

        static final Decision ALLOW = new Decision(true, 0);

        /** Whole seconds to wait, rounded up, at least 1: the form of HTTP's {@code Retry-After}. */
        long retryAfterSeconds() {
            return Math.max(1, (retryAfterNanos + 999_999_999) / 1_000_000_000);
        }
    }

    private static final class Bucket {

        final long interval;
        final long tolerance;
        final AtomicLong full = new AtomicLong(Long.MIN_VALUE);

        Bucket(Limit limit) {
            interval = limit.intervalNanos();
            tolerance = interval * limit.burst();
        }
    }

    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final AtomicBoolean sweeping = new AtomicBoolean();
    private final int maxClients;
    private final LongSupplier nanoTime;

    TokenBuckets(int maxClients, LongSupplier nanoTime) {
        this.maxClients = maxClients;
        this.nanoTime = nanoTime;
    }

    /** Takes a token from {@code client}'s bucket (created with {@code limit} when new), or says how long to wait. */
    Decision take(String client, Limit limit) {
        Bucket bucket = bucket(client, limit);
        long now = nanoTime.getAsLong();
        while (true) {
            long full = bucket.full.get();
            long next = Math.max(full, now) + bucket.interval;
            if (next - now > bucket.tolerance) {
                return new Decision(false, next - bucket.tolerance - now);
            }
            if (bucket.full.compareAndSet(full, next)) {
                return Decision.ALLOW;
            }
        }
    }

    /** Whether {@code client} has a token left, without taking it; an unknown client has. */
    Decision peek(String client) {
        Bucket bucket = buckets.get(client);
        if (bucket == null) {
            return Decision.ALLOW;
        }
        long now = nanoTime.getAsLong();
        long next = Math.max(bucket.full.get(), now) + bucket.interval;
        return next - now > bucket.tolerance ? new Decision(false, next - bucket.tolerance - now) : Decision.ALLOW;
    }

    /** Takes a token even from an empty bucket (up to one burst into debt): for what is counted only afterwards. */
    void charge(String client, Limit limit) {
        Bucket bucket = bucket(client, limit);
        long now = nanoTime.getAsLong();
        bucket.full.getAndUpdate(full -> Math.min(Math.max(full, now) + bucket.interval, now + 2 * bucket.tolerance));
    }

    int size() {
        return buckets.size();
    }

    private Bucket bucket(String client, Limit limit) {
        Bucket bucket = buckets.get(client);
        if (bucket != null) {
            return bucket;
        }
        bucket = buckets.computeIfAbsent(client, c -> new Bucket(limit));
        if (buckets.size() > maxClients) {
            sweep(client);
        }
        return bucket;
    }

    /** Forgets the full buckets but {@code keep}'s, which is new and full, but about to be used. */
    private void sweep(String keep) {
        if (!sweeping.compareAndSet(false, true)) {
            return;
        }
        try {
            long now = nanoTime.getAsLong();
            buckets.entrySet().removeIf(e -> e.getValue().full.get() <= now && !e.getKey().equals(keep));
            if (buckets.size() > maxClients) {
                // a flood of distinct clients, all active: forgetting them costs each at most one extra burst
                buckets.keySet().removeIf(client -> !client.equals(keep));
            }
        } finally {
            sweeping.set(false);
        }
    }
}
