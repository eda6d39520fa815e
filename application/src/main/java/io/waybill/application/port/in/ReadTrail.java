package io.waybill.application.port.in;

import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.telemetry.Trail;
import java.util.List;
import java.util.Optional;

/** The route a shipment's devices reported, for the operations console and integrators (not the public page). */
public interface ReadTrail {

    /**
     * {@code points}: the route simplified at the tolerance asked (Ramer–Douglas–Peucker), oldest first;
     * {@code reported}: how many positions it was made from; {@code last}: the latest position, null without one.
     */
    record ShipmentTrail(ShipmentId shipment, List<Trail.Point> points, int reported, Trail.Point last) {
    }

    /** The latest position a device travelling with the shipment reported; empty without one (or without the shipment). */
    Optional<Trail.Point> lastPosition(ShipmentId shipment);

    /** The shipment's trail; {@link OrderNotFoundException} when the tenant has no such shipment. */
    ShipmentTrail trail(ShipmentId shipment, double toleranceMetres);
}
