package io.waybill.bootstrap.wiring;

import io.quarkus.runtime.StartupEvent;
import io.waybill.application.shared.Role;
import io.waybill.application.service.ApiKeyService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Registers the administrator key given in {@code waybill.security.admin-key} (environment
 * {@code WAYBILL_SECURITY_ADMIN_KEY}) at start, hashed, so that a fresh installation can issue its
 * other keys and create its tenants: it is a platform admin of the default tenant. Registering it again at each start
 * makes it active again if it was revoked: to retire it, remove it from the configuration. Without it, no key exists
 * and every protected endpoint answers 401.
 */
@ApplicationScoped
class ConfiguredKeys {

    void register(@Observes StartupEvent start, ApiKeyService keys,
            @ConfigProperty(name = "waybill.security.admin-key") Optional<String> adminKey) {
        adminKey.filter(k -> !k.isBlank()).ifPresent(k -> {
            if (k.length() < 24) {
                throw new IllegalStateException("waybill.security.admin-key must have at least 24 characters");
            }
            keys.register("configured-admin", Role.PLATFORM_ADMIN, k);
        });
    }
}
