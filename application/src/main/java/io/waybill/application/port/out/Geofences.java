package io.waybill.application.port.out;

import io.waybill.domain.telemetry.Geofence;
import io.waybill.domain.telemetry.GeofenceId;
import java.util.List;
import java.util.Optional;

/** The geofences of the tenant in scope: an id names one fence of one tenant (another tenant may use the same id). */
public interface Geofences {

    Optional<Geofence> byId(GeofenceId id);

    /** Stores a new fence or the fence's new shape; answers whether it was new. */
    boolean save(Geofence fence);

    /** Removes the fence; answers whether there was one. Steps derived from it stay on the timelines. */
    boolean delete(GeofenceId id);

    /** Every fence of the tenant, by id. */
    List<Geofence> all();
}
