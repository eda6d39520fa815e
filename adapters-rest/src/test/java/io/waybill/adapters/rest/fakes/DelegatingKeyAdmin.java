package io.waybill.adapters.rest.fakes;

import io.waybill.application.port.in.AuthenticateApiKey.Principal;
import io.waybill.application.port.in.ManageApiKeys;
import io.waybill.application.shared.ApiKey;
import io.waybill.domain.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Key administration of the current generation of {@link TestApiKeys}, so a reset takes effect for the beans too. */
final class DelegatingKeyAdmin implements ManageApiKeys {

    private final Supplier<ManageApiKeys> current;

    DelegatingKeyAdmin(Supplier<ManageApiKeys> current) {
        this.current = current;
    }

    @Override
    public Issued issue(Principal caller, NewKey key) {
        return current.get().issue(caller, key);
    }

    @Override
    public List<ApiKey> list(Principal caller, Optional<TenantId> tenant) {
        return current.get().list(caller, tenant);
    }

    @Override
    public ApiKey revoke(Principal caller, TenantId tenant, String name) {
        return current.get().revoke(caller, tenant, name);
    }

    @Override
    public ApiKey expire(Principal caller, TenantId tenant, String name, Instant expiresAt) {
        return current.get().expire(caller, tenant, name, expiresAt);
    }

    @Override
    public Issued rotate(Principal caller, TenantId tenant, String name, Instant previousValidUntil) {
        return current.get().rotate(caller, tenant, name, previousValidUntil);
    }
}
