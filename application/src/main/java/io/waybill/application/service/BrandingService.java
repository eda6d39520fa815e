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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/** Tenants' branding of the tracking page: set by their admins (audited), read by the public page. */
public class BrandingService implements ManageBranding, ReadBranding {

    /** How long the public page may show a branding read before; a change on this instance shows at once. */
    static final Duration KEPT = Duration.ofSeconds(60);
    private static final int KEPT_PAGES = 10_000;

    private final Brandings brandings;
    private final AuditTrail audit;
    private final Clock clock;
    /** The branding of recently viewed tracking IDs (a page view must not read a logo from the database every time). */
    private final Map<TrackingId, Kept> recent = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<TrackingId, Kept> eldest) {
            return size() > KEPT_PAGES;
        }
    });

    private record Kept(Optional<Branding> branding, Instant until) {
    }

    public BrandingService(Brandings brandings, AuditTrail audit) {
        this(brandings, audit, Clock.systemUTC());
    }

    public BrandingService(Brandings brandings, AuditTrail audit, Clock clock) {
        this.brandings = brandings;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Optional<Branding> ofTracking(TrackingId trackingId) {
        Instant now = clock.instant();
        Kept kept = recent.get(trackingId);
        if (kept != null && now.isBefore(kept.until())) {
            return kept.branding();
        }
        Optional<Branding> found = TenantScope.platform(() -> brandings.ofTracking(trackingId));
        recent.put(trackingId, new Kept(found, now.plus(KEPT)));
        return found;
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
        recent.clear();
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
        recent.clear();
        audit.record(new AuditTrail.Change("branding.logo-set", "tenant", caller.tenant().value()));
        return branding;
    }

    private static void requireAdmin(Principal caller) {
        if (caller == null || !caller.role().administers()) {
            throw new NotPermittedException("only administrators set the tenant's branding");
        }
    }
}
