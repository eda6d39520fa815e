package io.waybill.adapters.persistence.idempotency;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.waybill.adapters.persistence.testing.PostgresTestResource;
import io.waybill.application.port.out.IdempotencyKeys;
import io.waybill.application.port.out.IdempotencyKeysContract;
import jakarta.inject.Inject;

/** The IdempotencyKeys contract on a real PostgreSQL, where racing claims meet the primary key's lock. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class JdbcIdempotencyKeysTest extends IdempotencyKeysContract {

    @Inject
    JdbcIdempotencyKeys store;

    @Override
    protected IdempotencyKeys keys() {
        return store;
    }
}
