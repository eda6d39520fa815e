package io.waybill.application.service;

import io.waybill.application.port.in.GeofenceNotFoundException;
import io.waybill.application.port.in.ManageGeofences;
import io.waybill.application.port.out.Geofences;
import io.waybill.domain.telemetry.Geofence;
import io.waybill.domain.telemetry.GeofenceId;
import java.util.List;

/** The tenant's geofences; the fences themselves check their shape. */
public class GeofenceService implements ManageGeofences {

    private final Geofences geofences;

    public GeofenceService(Geofences geofences) {
        this.geofences = geofences;
    }

    @Override
    public Saved put(Geofence fence) {
        return new Saved(fence, geofences.save(fence));
    }

    @Override
    public Geofence get(GeofenceId id) {
        return geofences.byId(id).orElseThrow(() -> new GeofenceNotFoundException(id));
    }

    @Override
    public List<Geofence> list() {
        return geofences.all();
    }

    @Override
    public void delete(GeofenceId id) {
        if (!geofences.delete(id)) {
            throw new GeofenceNotFoundException(id);
        }
    }
}
