package io.waybill.adapters.rest.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.waybill.domain.tenant.TenantId;
import jakarta.enterprise.context.RequestScoped;

/**
 * The tenant of the API key that authenticated this request: every tenant-owned read and write of a resource is
 * scoped to it. {@link ApiKeyIdentityProvider} puts it into the identity as the attribute {@link #ATTRIBUTE}.
 */
@RequestScoped
public class CallerTenant {

    /** The identity attribute holding the caller's {@link TenantId}. */
    public static final String ATTRIBUTE = "waybill.tenant";

    private final SecurityIdentity identity;

    CallerTenant(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The caller's tenant; until keys carry their tenant, every key belongs to the default tenant. */
    public TenantId tenant() {
        TenantId tenant = identity.getAttribute(ATTRIBUTE);
        return tenant != null ? tenant : TenantId.DEFAULT;
    }
}
