package io.waybill.adapters.rest.fakes;

import io.waybill.application.fakes.InMemoryApiKeys;
import io.waybill.application.fakes.InMemoryAuditLog;
import io.waybill.application.fakes.InMemoryTenants;
import io.waybill.application.port.in.AuthenticateApiKey;
import io.waybill.application.port.in.ManageApiKeys;
import io.waybill.application.port.in.ManageTenants;
import io.waybill.application.port.in.ReadAuditLog;
import io.waybill.application.port.in.SignInToConsole;
import io.waybill.application.service.ApiKeyService;
import io.waybill.application.service.AuditLogService;
import io.waybill.application.service.KeyAdminService;
import io.waybill.application.service.TenantService;
import io.waybill.application.shared.Role;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * One known key per role, and the real key, tenant and audit services over in-memory stores: the administration
 * endpoints are tested against the rules they really enforce (tenant admins vs platform admins, revocation, overlap),
 * without a database. The stores start afresh on {@link #reset()}.
 */
@Singleton
public class TestApiKeys {

    public static final String INTEGRATOR = "test-integrator-key";
    public static final String OPERATOR = "test-operator-key";
    public static final String ADMIN = "test-admin-key";
    public static final String PLATFORM_ADMIN = "test-platform-admin-key";

    /** The principal names of the known keys, which own what they create (webhooks, disruptions). */
    public static final String INTEGRATOR_NAME = "shop";
    public static final String OPERATOR_NAME = "ops";
    public static final String ADMIN_NAME = "root";
    public static final String PLATFORM_ADMIN_NAME = "platform";

    private volatile Services services;

    public TestApiKeys() {
        reset();
    }

    /** Forgets issued keys, created tenants and the audit log; the known keys are registered again. */
    public final void reset() {
        Services fresh = new Services();
        fresh.authentication.register(INTEGRATOR_NAME, Role.INTEGRATOR, INTEGRATOR);
        fresh.authentication.register(OPERATOR_NAME, Role.OPERATOR, OPERATOR);
        fresh.authentication.register(ADMIN_NAME, Role.ADMIN, ADMIN);
        fresh.authentication.register(PLATFORM_ADMIN_NAME, Role.PLATFORM_ADMIN, PLATFORM_ADMIN);
        services = fresh;
    }

    /** The audit log the services write, to look at what an endpoint audited. */
    public InMemoryAuditLog audit() {
        return services.audit;
    }

    @Produces
    AuthenticateApiKey authenticate() {
        return key -> services.authentication.authenticate(key);
    }

    @Produces
    SignInToConsole signInToConsole() {
        return new SignInToConsole() {
            @Override
            public Optional<SignedIn> signIn(String presentedKey) {
                return services.authentication.signIn(presentedKey);
            }

            @Override
            public Optional<AuthenticateApiKey.Principal> resume(String keyDigest) {
                return services.authentication.resume(keyDigest);
            }
        };
    }

    @Produces
    ManageApiKeys manageApiKeys() {
        return new DelegatingKeyAdmin(() -> services.keyAdmin);
    }

    @Produces
    ManageTenants manageTenants() {
        return new DelegatingTenants(() -> services.tenants);
    }

    @Produces
    ReadAuditLog readAuditLog() {
        return (caller, tenant, before, limit) -> services.auditLog.entries(caller, tenant, before, limit);
    }

    /** One generation of stores and services; {@link #reset()} swaps in a new one. */
    private static final class Services {

        final InMemoryAuditLog audit = new InMemoryAuditLog();
        final InMemoryApiKeys keys = new InMemoryApiKeys(audit);
        final InMemoryTenants tenantStore = new InMemoryTenants(audit);
        final ApiKeyService authentication = new ApiKeyService(keys, TestClock.CLOCK);
        final KeyAdminService keyAdmin = new KeyAdminService(keys, tenantStore, TestClock.CLOCK);
        final TenantService tenants = new TenantService(tenantStore, TestClock.CLOCK);
        final AuditLogService auditLog = new AuditLogService(audit, TestClock.CLOCK);
    }
}
