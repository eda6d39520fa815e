package io.waybill.application.port.in;

import io.waybill.domain.telemetry.GeofenceId;

/** The tenant has no geofence of that id (another tenant's fence of the same id is not the tenant's). */
public class GeofenceNotFoundException extends RuntimeException {

    public GeofenceNotFoundException(GeofenceId id) {
        super("no geofence " + id.value() + "; create it with PUT /api/v1/geofences/" + id.value());
    }
}
