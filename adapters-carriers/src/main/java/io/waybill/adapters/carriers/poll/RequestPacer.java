package io.waybill.adapters.carriers.poll;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Spaces one carrier's requests to at most {@code perSecond} (a token bucket with a burst of one second's worth),
 * across all threads of this instance, and holds every request back while the carrier asked us to pause
 * (a 429's Retry-After). A request that would have to wait longer than {@code maxWait} is not made at all.
 */
final class RequestPacer {

    private final double perSecond;
    private final double burst;
    private final Duration maxWait;
    private final Clock clock;
    private double tokens;
    private long refilledAtNanos;
    private Instant pausedUntil = Instant.MIN;

    RequestPacer(double perSecond, Duration maxWait, Clock clock) {
        if (!(perSecond > 0)) {
            throw new IllegalArgumentException("requests per second must be greater than 0 (got " + perSecond + ")");
        }
        this.perSecond = perSecond;
        this.burst = Math.max(1, perSecond);
        this.maxWait = maxWait;
        this.clock = clock;
        this.tokens = burst;
        this.refilledAtNanos = System.nanoTime();
    }

    /** Thrown instead of waiting longer than allowed. */
    static final class TooLongWait extends Exception {
        final Instant until;

        TooLongWait(String message, Instant until) {
            super(message);
            this.until = until;
        }
    }

    /** Waits for a permit to make one request. */
    void acquire() throws TooLongWait, InterruptedException {
        long waitNanos;
        synchronized (this) {
            Instant now = clock.instant();
            if (pausedUntil.isAfter(now)) {
                throw new TooLongWait("the carrier asked to pause until " + pausedUntil, pausedUntil);
            }
            refill();
            tokens -= 1;
            waitNanos = tokens >= 0 ? 0 : (long) (-tokens / perSecond * 1e9);
            if (waitNanos > maxWait.toNanos()) {
                tokens += 1;
                throw new TooLongWait("rate limit of " + perSecond + " requests/s: the queue is " + waitNanos / 1_000_000
                        + " ms long", now.plusNanos(waitNanos));
            }
        }
        if (waitNanos > 0) {
            Thread.sleep(waitNanos / 1_000_000, (int) (waitNanos % 1_000_000));
        }
    }

    /** No request before {@code until}. */
    synchronized void pauseUntil(Instant until) {
        if (until.isAfter(pausedUntil)) {
            pausedUntil = until;
        }
    }

    private void refill() {
        long now = System.nanoTime();
        tokens = Math.min(burst, tokens + (now - refilledAtNanos) / 1e9 * perSecond);
        refilledAtNanos = now;
    }
}
