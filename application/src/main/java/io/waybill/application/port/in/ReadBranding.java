package io.waybill.application.port.in;

import io.waybill.application.shared.Branding;
import io.waybill.domain.tracking.TrackingId;
import java.util.Optional;

/** The branding the public tracking page shows: that of the tenant whose order the tracking ID names. */
public interface ReadBranding {

    /** Empty when the tracking ID names no order or its tenant has no branding. */
    Optional<Branding> ofTracking(TrackingId trackingId);
}
