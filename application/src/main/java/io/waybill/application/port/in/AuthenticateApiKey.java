package io.waybill.application.port.in;

import io.waybill.application.shared.Actor;
import io.waybill.application.shared.Role;
import io.waybill.application.shared.Scope;
import io.waybill.domain.tenant.TenantId;
import java.util.Optional;
import java.util.Set;

/** Tells who presents an API key: its name and role, or nothing for an unknown, revoked or expired key. */
public interface AuthenticateApiKey {

    Optional<Principal> authenticate(String presentedKey);

    /** Who presents a key: its name, its role, the tenant whose data it may see, and the kinds of request it may make. */
    record Principal(String name, Role role, TenantId tenant, Set<Scope> scopes) {

        public Principal {
            tenant = tenant == null ? TenantId.DEFAULT : tenant;
            scopes = scopes == null || scopes.isEmpty() ? Scope.ALL : Set.copyOf(scopes);
        }

        /** A full key of {@code tenant}. */
        public Principal(String name, Role role, TenantId tenant) {
            this(name, role, tenant, Scope.ALL);
        }

        /** A full key of the default tenant. */
        public Principal(String name, Role role) {
            this(name, role, TenantId.DEFAULT, Scope.ALL);
        }

        /** This key as the audit log names it. */
        public Actor actor() {
            return new Actor(tenant, name);
        }
    }
}
