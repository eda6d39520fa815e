package io.waybill.application.fakes;

import io.waybill.application.port.out.IdempotencyKeys;
import io.waybill.application.port.out.IdempotencyKeysContract;

/** The fake passes the same contract as the real store. */
class InMemoryIdempotencyKeysTest extends IdempotencyKeysContract {

    private final InMemoryIdempotencyKeys store = new InMemoryIdempotencyKeys();

    @Override
    protected IdempotencyKeys keys() {
        return store;
    }
}
