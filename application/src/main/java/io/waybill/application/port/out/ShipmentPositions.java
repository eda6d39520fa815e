package io.waybill.application.port.out;

import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.telemetry.Trail;
import java.util.Collection;
import java.util.Map;

/**
 * Where the devices travelling with shipments last were: per shipment, the latest position a device bound to it
 * reported during its binding (the order view's last known position), for many shipments in one look.
 */
public interface ShipmentPositions {

    /** The latest position of each shipment that has one (one query for all); shipments without one are absent. */
    Map<ShipmentId, Trail.Point> latest(Collection<ShipmentId> shipments);
}
