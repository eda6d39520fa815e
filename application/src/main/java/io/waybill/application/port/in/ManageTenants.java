package io.waybill.application.port.in;

import io.waybill.application.port.in.AuthenticateApiKey.Principal;
import io.waybill.application.shared.Tenant;
import io.waybill.domain.tenant.TenantId;
import java.util.List;

/** Platform admins create the tenants (shippers) an installation serves; each creation is audited. */
public interface ManageTenants {

    /**
     * Creates a tenant; its keys are then issued through {@link ManageApiKeys} with its id.
     *
     * @throws io.waybill.application.shared.NameTakenException when the id is in use
     * @throws NotPermittedException when the caller is not a platform admin
     */
    Tenant create(Principal caller, TenantId id, String name);

    /** Every tenant, by id. */
    List<Tenant> tenants(Principal caller);
}
