package io.waybill.application.fakes;

import io.waybill.application.port.out.ShipmentPositions;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.telemetry.Binding;
import io.waybill.domain.telemetry.Reading;
import io.waybill.domain.telemetry.Trail;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The last positions of shipments, read from the in-memory devices and readings as the real store joins its tables. */
public class InMemoryShipmentPositions implements ShipmentPositions {

    private final InMemoryDevices devices;
    private final InMemoryDeviceReadings readings;

    public InMemoryShipmentPositions(InMemoryDevices devices, InMemoryDeviceReadings readings) {
        this.devices = devices;
        this.readings = readings;
    }

    @Override
    public Map<ShipmentId, Trail.Point> latest(Collection<ShipmentId> shipments) {
        Map<ShipmentId, Trail.Point> found = new HashMap<>();
        for (ShipmentId shipment : shipments) {
            for (Binding b : devices.bindingsOf(shipment)) {
                Optional<Reading> r = readings.lastPosition(b.device(), b.from(), b.until());
                Trail.Point before = found.get(shipment);
                if (r.isPresent() && (before == null || r.get().at().isAfter(before.at()))) {
                    found.put(shipment, new Trail.Point(r.get().at(), r.get().position()));
                }
            }
        }
        return found;
    }
}
