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
 * other keys. Without it, no key exists and every protected endpoint answers 401.
 */
@ApplicationScoped
class ConfiguredKeys {

    void register(@Observes StartupEvent start, ApiKeyService keys,
            @ConfigProperty(name = "waybill.security.admin-key") Optional<String> adminKey) {
        adminKey.filter(k -> !k.isBlank()).ifPresent(k -> {
            if (k.length() < 24) {
                throw new IllegalStateException("waybill.security.admin-key must have at least 24 characters");
            }
            keys.register("configured-admin", Role.ADMIN, k);
        });
    }
}
