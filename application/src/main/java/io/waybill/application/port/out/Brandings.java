package io.waybill.application.port.out;

import io.waybill.application.shared.Branding;
import io.waybill.domain.tenant.TenantId;
import io.waybill.domain.tracking.TrackingId;
import java.util.Optional;

/** Tenants' brandings, kept. */
public interface Brandings {

    Optional<Branding> of(TenantId tenant);

    /** The branding of the tenant whose order has this tracking ID (a public look-up, in the platform's scope). */
    Optional<Branding> ofTracking(TrackingId trackingId);

    void put(TenantId tenant, Branding branding);
}
