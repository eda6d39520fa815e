package io.waybill.adapters.rest.pages;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The change signal of an open page, slowed to what the page needs: changes that come while one is waiting are one
 * change; the update is sent a short while after the first (so a batch's changes are one update) and at most once per
 * interval, and the last change always comes. Runs on the signalling thread, which it holds while it waits.
 */
final class Coalesced implements Runnable {

    private final long minIntervalNanos;
    private final long gatherNanos;
    private final Runnable send;
    private final AtomicBoolean pending = new AtomicBoolean();
    private final AtomicLong lastSent;

    Coalesced(long minIntervalNanos, long gatherMillis, Runnable send) {
        this.minIntervalNanos = minIntervalNanos;
        this.gatherNanos = TimeUnit.MILLISECONDS.toNanos(gatherMillis);
        this.send = send;
        this.lastSent = new AtomicLong(System.nanoTime() - minIntervalNanos);
    }

    @Override
    public void run() {
        if (pending.getAndSet(true)) {
            return;
        }
        long due = Math.max(gatherNanos, lastSent.get() + minIntervalNanos - System.nanoTime());
        try {
            TimeUnit.NANOSECONDS.sleep(due);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        pending.set(false);
        lastSent.set(System.nanoTime());
        send.run();
    }
}
