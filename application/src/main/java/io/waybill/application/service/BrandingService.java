package io.waybill.application.service;

import io.waybill.application.port.in.AuthenticateApiKey.Principal;
import io.waybill.application.port.in.ManageBranding;
import io.waybill.application.port.in.NotPermittedException;
import io.waybill.application.port.in.ReadBranding;
import io.waybill.application.port.out.AuditTrail;
import io.waybill.application.port.out.Brandings;
import io.waybill.application.shared.Branding;
import io.waybill.application.shared.TenantScope;
import io.waybill.domain.tracking.TrackingId;
import java.util.NoSuchElementException;
import java.util.Optional;

/** Tenants' branding of the tracking page: set by their admins (audited), read by the public page. */
public class BrandingService implements ManageBranding, ReadBranding {

    private final Brandings brandings;
    private final AuditTrail audit;

    public BrandingService(Brandings brandings, AuditTrail audit) {
        this.brandings = brandings;
        this.audit = audit;
    }

    @Override
    public Optional<Branding> ofTracking(TrackingId trackingId) {
        return TenantScope.platform(() -> brandings.ofTracking(trackingId));
    }

    @Override
    public Optional<Branding> of(Principal caller) {
        requireAdmin(caller);
        return brandings.of(caller.tenant());
    }

    @Override
    public Branding set(Principal caller, String displayName, String colour) {
        requireAdmin(caller);
        Optional<Branding> before = brandings.of(caller.tenant());
        Branding branding = new Branding(displayName, colour, before.flatMap(Branding::logo));
        brandings.put(caller.tenant(), branding);
        audit.record(new AuditTrail.Change("branding.set", "tenant", caller.tenant().value()));
        return branding;
    }

    @Override
    public Branding setLogo(Principal caller, Branding.Logo logo) {
        requireAdmin(caller);
        Branding branding = brandings.of(caller.tenant()).orElseThrow(() -> new NoSuchElementException(
                "tenant " + caller.tenant().value() + " has no branding yet: set its display name first"))
                .withLogo(logo);
        brandings.put(caller.tenant(), branding);
        audit.record(new AuditTrail.Change("branding.logo-set", "tenant", caller.tenant().value()));
        return branding;
    }

    private static void requireAdmin(Principal caller) {
        if (caller == null || !caller.role().administers()) {
            throw new NotPermittedException("only administrators set the tenant's branding");
        }
    }
}
