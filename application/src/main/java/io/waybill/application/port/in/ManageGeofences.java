package io.waybill.application.port.in;

import io.waybill.domain.telemetry.Geofence;
import io.waybill.domain.telemetry.GeofenceId;
import java.util.List;

/**
 * A tenant's geofences around its hubs, depots and the towns it delivers to: positions of devices travelling with a
 * shipment that enter and leave them become derived arrival and departure steps ({@link DeriveMilestones}).
 */
public interface ManageGeofences {

    /** The fence stored, and whether it was new. */
    record Saved(Geofence fence, boolean created) {
    }

    /** Creates the fence or replaces its shape (same id). */
    Saved put(Geofence fence);

    /** {@link GeofenceNotFoundException} when the tenant has no such fence. */
    Geofence get(GeofenceId id);

    List<Geofence> list();

    /** {@link GeofenceNotFoundException} when the tenant has no such fence. */
    void delete(GeofenceId id);
}
