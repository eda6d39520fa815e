package io.waybill.bootstrap.wiring;

import io.waybill.application.port.in.ManageAlerts;
import io.waybill.application.port.out.AlertSettings;
import io.waybill.application.service.AlertService;
import java.time.Clock;
import io.quarkus.arc.Arc;
import io.waybill.adapters.rest.security.CallerKey;
import io.waybill.application.port.in.AuthenticateApiKey;
import io.waybill.application.port.in.ManageApiKeys;
import io.waybill.application.port.in.ManageBranding;
import io.waybill.application.port.in.ManageTenants;
import io.waybill.application.port.in.ReadAuditLog;
import io.waybill.application.port.in.ReadBranding;
import io.waybill.application.port.in.SignInToConsole;
import io.waybill.application.port.out.ApiKeys;
import io.waybill.application.port.out.AuditLog;
import io.waybill.application.port.out.AuditTrail;
import io.waybill.application.port.out.Brandings;
import io.waybill.application.port.out.Tenants;
import io.waybill.application.service.ApiKeyService;
import io.waybill.application.service.AuditLogService;
import io.waybill.application.service.BrandingService;
import io.waybill.application.service.KeyAdminService;
import io.waybill.application.service.TenantService;
import io.waybill.application.shared.Actor;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * Keys, tenants and the audit log: authentication, their administration, and the audit trail the other services write
 * to, which names the key of the request being served (or Waybill itself outside a request).
 */
public class AccessWiring {

    @Produces
    @Singleton
    @Typed(ApiKeyService.class)
    ApiKeyService apiKeyService(ApiKeys keys, Clock clock) {
        return new ApiKeyService(keys, clock);
    }

    @Produces
    AuthenticateApiKey authenticateApiKey(ApiKeyService service) {
        return service;
    }

    @Produces
    SignInToConsole signInToConsole(ApiKeyService service) {
        return service;
    }

    @Produces
    @Singleton
    ManageApiKeys manageApiKeys(ApiKeys keys, Tenants tenants, Clock clock) {
        return new KeyAdminService(keys, tenants, clock);
    }

    @Produces
    @Singleton
    ManageTenants manageTenants(Tenants tenants, Clock clock) {
        return new TenantService(tenants, clock);
    }

    @Produces
    @Singleton
    @Typed(AuditLogService.class)
    AuditLogService auditLogService(AuditLog log, Clock clock) {
        return new AuditLogService(log, clock);
    }

    @Produces
    ReadAuditLog readAuditLog(AuditLogService service) {
        return service;
    }

    @Produces
    @Singleton
    AuditTrail auditTrail(AuditLogService service, Instance<CallerKey> caller) {
        return service.trail(() -> Arc.container().requestContext().isActive() ? caller.get().actor() : Actor.SYSTEM);
    }

    @Produces
    @Singleton
    @Typed(BrandingService.class)
    BrandingService branding(Brandings brandings, AuditTrail audit) {
        return new BrandingService(brandings, audit);
    }

    @Produces
    ManageBranding manageBranding(BrandingService service) {
        return service;
    }

    @Produces
    ReadBranding readBranding(BrandingService service) {
        return service;
    }

    @Produces
    @Singleton
    ManageAlerts manageAlerts(AlertSettings settings, AuditTrail audit, Clock clock) {
        return new AlertService(settings, audit, clock);
    }
}
