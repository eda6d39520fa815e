package io.waybill.adapters.rest.fakes;

import io.waybill.application.port.in.AuthenticateApiKey.Principal;
import io.waybill.application.port.in.ManageBranding;
import io.waybill.application.port.in.ReadBranding;
import io.waybill.application.port.out.AuditTrail;
import io.waybill.application.port.out.Brandings;
import io.waybill.application.service.BrandingService;
import io.waybill.application.shared.Branding;
import io.waybill.domain.tenant.TenantId;
import io.waybill.domain.tracking.TrackingId;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The real branding service over brandings kept in memory; a test names which tenant a tracking ID belongs to. */
@Singleton
public class InMemoryBranding implements ManageBranding, ReadBranding {

    private final Map<TenantId, Branding> stored = new ConcurrentHashMap<>();
    private final Map<TrackingId, TenantId> owners = new ConcurrentHashMap<>();
    private final BrandingService service = new BrandingService(new Brandings() {
        @Override
        public Optional<Branding> of(TenantId tenant) {
            return Optional.ofNullable(stored.get(tenant));
        }

        @Override
        public Optional<Branding> ofTracking(TrackingId trackingId) {
            return Optional.ofNullable(owners.get(trackingId)).map(stored::get);
        }

        @Override
        public void put(TenantId tenant, Branding branding) {
            stored.put(tenant, branding);
        }
    }, AuditTrail.NONE);

    public void reset() {
        stored.clear();
        owners.clear();
    }

    public void own(TrackingId trackingId, TenantId tenant) {
        owners.put(trackingId, tenant);
    }

    @Override
    public Optional<Branding> ofTracking(TrackingId trackingId) {
        return service.ofTracking(trackingId);
    }

    @Override
    public Optional<Branding> of(Principal caller) {
        return service.of(caller);
    }

    @Override
    public Branding set(Principal caller, String displayName, String colour) {
        return service.set(caller, displayName, colour);
    }

    @Override
    public Branding setLogo(Principal caller, Branding.Logo logo) {
        return service.setLogo(caller, logo);
    }
}
