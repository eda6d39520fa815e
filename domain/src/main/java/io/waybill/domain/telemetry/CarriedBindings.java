package io.waybill.domain.telemetry;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * What a vehicle's devices tell about the shipments on it: for each device mounted on the vehicle and each shipment
 * loaded onto it, a binding of the device to the shipment for the time both were on it. These are derived, never sent:
 * marked with the vehicle, and made again whenever the vehicle's devices or loads change. A derived binding's id is the
 * same for the same device-vehicle binding and load, so making them again changes nothing that did not change.
 */
public final class CarriedBindings {

    private CarriedBindings() {
    }

    /** The derived bindings of one vehicle's devices to the shipments it carried, the earliest first. */
    public static List<Binding> derivedBindings(List<VehicleBinding> devices, List<Load> loads) {
        List<Binding> derived = new ArrayList<>();
        for (VehicleBinding mounted : devices) {
            for (Load load : loads) {
                if (!mounted.vehicle().equals(load.vehicle()) || !mounted.overlaps(load.from(), load.until())) {
                    continue;
                }
                Instant from = Span.later(mounted.from(), load.from());
                Instant until = Span.earlierEnd(mounted.until(), load.until());
                derived.add(new Binding(idOf(mounted.id(), load.id()), mounted.device(), load.shipment(), from, until, mounted.vehicle()));
            }
        }
        derived.sort(Comparator.comparing(Binding::from).thenComparing(Binding::id));
        return derived;
    }

    private static UUID idOf(UUID mounted, UUID load) {
        byte[] both = ByteBuffer.allocate(38).put("vl".getBytes(StandardCharsets.US_ASCII))
                .putLong(mounted.getMostSignificantBits()).putLong(mounted.getLeastSignificantBits())
                .putLong(load.getMostSignificantBits()).putLong(load.getLeastSignificantBits()).array();
        return UUID.nameUUIDFromBytes(both);
    }
}
