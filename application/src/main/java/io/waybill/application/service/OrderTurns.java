package io.waybill.application.service;

import io.waybill.application.shared.ConcurrentUpdateException;
import java.time.Duration;
import java.util.Collection;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Lets the writers of one order take turns on this instance instead of racing: each write names the orders it touches
 * (by whatever reference its request carries), and waits for the lock of each name's stripe. A fixed set of fair locks
 * keeps memory bounded; two names sharing a stripe only wait for each other needlessly. Stripes are taken in ascending
 * order, so two writers can never hold one each and wait for the other's. A write naming more stripes than
 * {@link #MAX_STRIPES} (a large batch over many shipments) goes without: it rarely meets another writer, and holding
 * that many locks would stall everyone else. Waiting is bounded too: after {@code patience} the write goes ahead and
 * relies on optimistic locking alone.
 */
final class OrderTurns {

    static final int MAX_STRIPES = 16;

    private final ReentrantLock[] stripes;
    private final long patienceNanos;

    OrderTurns(int stripeCount, Duration patience) {
        stripes = new ReentrantLock[stripeCount];
        for (int i = 0; i < stripeCount; i++) {
            stripes[i] = new ReentrantLock(true);
        }
        patienceNanos = patience.toNanos();
    }

    /** Runs {@code write} once it is the turn of every order named. */
    <T> T inTurn(Collection<String> names, Supplier<T> write) {
        TreeSet<Integer> wanted = new TreeSet<>();
        for (String name : names) {
            wanted.add(Math.floorMod(name.hashCode(), stripes.length));
            if (wanted.size() > MAX_STRIPES) {
                return write.get();
            }
        }
        int held = 0;
        Integer[] order = wanted.toArray(Integer[]::new);
        try {
            long deadline = System.nanoTime() + patienceNanos;
            for (Integer stripe : order) {
                if (!stripes[stripe].tryLock(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                    break;
                }
                held++;
            }
            return write.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConcurrentUpdateException("interrupted while waiting for its turn on the order");
        } finally {
            for (int i = 0; i < held; i++) {
                stripes[order[i]].unlock();
            }
        }
    }
}
