package io.waybill.application.port.out;

import io.waybill.application.shared.AuditEntry;
import io.waybill.application.shared.Tenant;
import io.waybill.domain.tenant.TenantId;
import java.util.List;
import java.util.Optional;

/** The tenants (shippers) of this installation; the default tenant always exists. */
public interface Tenants {

    /** Adds a tenant with its audit entry, in one transaction; false (and nothing stored) when the id is taken. */
    boolean create(Tenant tenant, AuditEntry entry);

    Optional<Tenant> byId(TenantId id);

    /** Every tenant, by id. */
    List<Tenant> all();
}
