package io.waybill.application.service;

import io.waybill.application.shared.ConcurrentUpdateException;
import java.util.function.Supplier;

/** Optimistic concurrency: a unit of work that lost a race is redone from a fresh load, a few times. */
final class Conflicts {

    static final int ATTEMPTS = 5;

    private Conflicts() {
    }

    static <T> T retry(Supplier<T> unitOfWork) {
        ConcurrentUpdateException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                return unitOfWork.get();
            } catch (ConcurrentUpdateException e) {
                last = e;
                try {
                    Thread.sleep((long) (Math.random() * 5 * attempt));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
        throw last;
    }
}
