package io.waybill.application.port.in;

import io.waybill.application.shared.Role;
import io.waybill.domain.tenant.TenantId;
import java.util.Optional;

/** Tells who presents an API key: its name and role, or nothing for an unknown or revoked key. */
public interface AuthenticateApiKey {

    Optional<Principal> authenticate(String presentedKey);

    /** Who presents a key: its name, its role, and the tenant whose data it may see. */
    record Principal(String name, Role role, TenantId tenant) {

        public Principal {
            tenant = tenant == null ? TenantId.DEFAULT : tenant;
        }

        /** A key of the default tenant. */
        public Principal(String name, Role role) {
            this(name, role, TenantId.DEFAULT);
        }
    }
}
