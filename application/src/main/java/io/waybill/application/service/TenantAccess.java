package io.waybill.application.service;

import io.waybill.application.port.in.AuthenticateApiKey.Principal;
import io.waybill.application.port.in.NotPermittedException;
import io.waybill.application.shared.Role;
import io.waybill.domain.tenant.TenantId;

/** Which tenants an administrator acts for: a platform admin every tenant, a tenant admin its own only. */
final class TenantAccess {

    private TenantAccess() {
    }

    static void requireAdmin(Principal caller) {
        if (caller == null || !caller.role().administers()) {
            throw new NotPermittedException("only administrators manage keys and read the audit log");
        }
    }

    static void requirePlatformAdmin(Principal caller, String what) {
        if (caller == null || caller.role() != Role.PLATFORM_ADMIN) {
            throw new NotPermittedException("only platform administrators " + what);
        }
    }

    /** Whether {@code caller} administers {@code tenant}; anyone else's tenant is as good as absent. */
    static boolean administers(Principal caller, TenantId tenant) {
        requireAdmin(caller);
        return caller.role() == Role.PLATFORM_ADMIN || caller.tenant().equals(tenant);
    }
}
