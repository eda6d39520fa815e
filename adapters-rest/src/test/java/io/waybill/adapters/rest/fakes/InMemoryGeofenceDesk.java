package io.waybill.adapters.rest.fakes;

import io.waybill.application.fakes.InMemoryGeofences;
import io.waybill.application.port.in.ManageGeofences;
import io.waybill.application.service.GeofenceService;
import io.waybill.domain.telemetry.Geofence;
import io.waybill.domain.telemetry.GeofenceId;
import jakarta.inject.Singleton;
import java.util.List;

/** The geofence use case as the application runs it (the real service) over the in-memory store, tenant by tenant. */
@Singleton
public class InMemoryGeofenceDesk implements ManageGeofences {

    private final GeofenceService service = new GeofenceService(new InMemoryGeofences());

    @Override
    public Saved put(Geofence fence) {
        return service.put(fence);
    }

    @Override
    public Geofence get(GeofenceId id) {
        return service.get(id);
    }

    @Override
    public List<Geofence> list() {
        return service.list();
    }

    @Override
    public void delete(GeofenceId id) {
        service.delete(id);
    }
}
