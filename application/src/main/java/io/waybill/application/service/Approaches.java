package io.waybill.application.service;

import io.waybill.application.port.out.DeviceReadings;
import io.waybill.application.port.out.Devices;
import io.waybill.application.port.out.Geofences;
import io.waybill.application.shared.TenantScope;
import io.waybill.domain.eta.Approach;
import io.waybill.domain.eta.Eta;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.Shipment;
import io.waybill.domain.order.ShipmentStatus;
import io.waybill.domain.telemetry.Binding;
import io.waybill.domain.telemetry.Geofence;
import io.waybill.domain.telemetry.Reading;
import io.waybill.domain.tenant.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ETA near the destination ({@link Approach}) of the shipments a prediction looks at: for a shipment on its way
 * (handed over or in transit), whose tenant has a fence in the delivery town (the destination, as for the derived
 * milestones), from the positions its devices reported in the last hour of their bindings. Costs nothing for a tenant
 * without fences beyond one look per batch, and two lookups per shipment that has a destination fence.
 */
public class Approaches {

    /** The most positions read per binding: an hour of pings every few seconds. */
    static final int READINGS = 2_000;

    private final Devices devices;
    private final DeviceReadings readings;
    private final Geofences geofences;

    public Approaches(Devices devices, DeviceReadings readings, Geofences geofences) {
        this.devices = devices;
        this.readings = readings;
        this.geofences = geofences;
    }

    /** One batch of predictions: each tenant's fences read once. */
    Batch batch(Instant now) {
        return new Batch(now);
    }

    final class Batch {
        private final Instant now;
        private final Map<TenantId, List<Geofence>> fences = new HashMap<>();

        private Batch(Instant now) {
            this.now = now;
        }

        /** The shipment's ETA from its tracker near the destination; empty when it has none. */
        Optional<Eta> of(Order order, Shipment shipment) {
            if (shipment.status() != ShipmentStatus.SHIPPED && shipment.status() != ShipmentStatus.IN_TRANSIT) {
                return Optional.empty(); // held is not moving; from out for delivery on the van drives a round, not to the depot
            }
            TenantId tenant = order.tenant();
            Optional<Geofence> destination = fences.computeIfAbsent(tenant, t -> TenantScope.of(t, geofences::all)).stream()
                    .filter(f -> f.serves(order.address().city(), order.address().countryCode())).findFirst();
            if (destination.isEmpty()) {
                return Optional.empty();
            }
            List<Approach.Fix> fixes = TenantScope.of(tenant, () -> fixes(shipment));
            return Approach.estimate(fixes, destination.get().centre(), destination.get().name(), now);
        }

        private List<Approach.Fix> fixes(Shipment shipment) {
            Instant since = now.minus(Approach.FRESH);
            List<Approach.Fix> fixes = new ArrayList<>();
            for (Binding b : devices.bindingsOf(shipment.getId())) {
                if (b.until() != null && !b.until().isAfter(since)) {
                    continue;
                }
                Instant from = b.from().isAfter(since) ? b.from() : since;
                for (Reading r : readings.between(b.device(), from, b.until(), READINGS)) {
                    if (r.position() != null) {
                        fixes.add(new Approach.Fix(r.at(), r.position(), r.speedKmh()));
                    }
                }
            }
            return fixes;
        }
    }
}
