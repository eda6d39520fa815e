package io.waybill.adapters.persistence.apikeys;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.waybill.adapters.persistence.testing.PostgresTestResource;
import io.waybill.application.port.out.ApiKeys;
import io.waybill.application.port.out.ApiKeysContract;
import jakarta.inject.Inject;

/** The ApiKeys contract against Hibernate ORM on a real PostgreSQL (where the hash is also a unique key). */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class JpaApiKeysTest extends ApiKeysContract {

    @Inject
    JpaApiKeys store;

    @Override
    protected ApiKeys keys() {
        return store;
    }
}
