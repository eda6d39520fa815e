package io.waybill.bootstrap;

import io.quarkus.arc.Arc;
import io.waybill.application.shared.Role;
import io.waybill.application.service.ApiKeyService;

/** Registers the test API keys (idempotent: a key is stored by name). */
final class TestKeys {

    private TestKeys() {
    }

    static void register() {
        ApiKeyService keys = Arc.container().instance(ApiKeyService.class).get();
        keys.register("test-integrator", Role.INTEGRATOR, ApiTestData.INTEGRATOR);
        keys.register("test-operator", Role.OPERATOR, ApiTestData.OPERATOR);
        keys.register("test-admin", Role.ADMIN, ApiTestData.ADMIN);
        keys.register("test-platform-admin", Role.PLATFORM_ADMIN, ApiTestData.PLATFORM_ADMIN);
    }
}
