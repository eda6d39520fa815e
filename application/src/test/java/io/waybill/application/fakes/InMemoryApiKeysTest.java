package io.waybill.application.fakes;

import io.waybill.application.port.out.ApiKeys;
import io.waybill.application.port.out.ApiKeysContract;

/** The fake passes the same contract as the real store, so tests on the fake say something about production. */
class InMemoryApiKeysTest extends ApiKeysContract {

    private final InMemoryApiKeys store = new InMemoryApiKeys();

    @Override
    protected ApiKeys keys() {
        return store;
    }
}
