package io.waybill.application.fakes;

import io.waybill.application.port.out.Devices;
import io.waybill.application.shared.TenantScope;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.telemetry.Binding;
import io.waybill.domain.telemetry.Device;
import io.waybill.domain.telemetry.DeviceId;
import io.waybill.domain.telemetry.VehicleId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Devices and bindings in memory, behind the same wall as the real store: a tenant sees its own. Thread-safe. */
public class InMemoryDevices implements Devices {

    private final Map<DeviceId, Device> devices = new LinkedHashMap<>();
    private final Map<UUID, Binding> bindings = new LinkedHashMap<>();

    @Override
    public synchronized Optional<Device> byId(DeviceId id) {
        return Optional.ofNullable(devices.get(id)).filter(d -> TenantScope.sees(d.tenant()));
    }

    @Override
    public synchronized Set<DeviceId> registered(Collection<DeviceId> ids) {
        return ids.stream().filter(id -> byId(id).isPresent()).collect(Collectors.toSet());
    }

    @Override
    public synchronized void save(Device device) {
        devices.put(device.getId(), device);
    }

    @Override
    public synchronized void bind(Binding binding) {
        bindings.put(binding.id(), binding);
    }

    @Override
    public synchronized List<Binding> bindingsOf(DeviceId device) {
        return visible().stream().filter(b -> b.device().equals(device)).toList();
    }

    @Override
    public synchronized List<Binding> bindingsOf(ShipmentId shipment) {
        return visible().stream().filter(b -> b.shipment().equals(shipment)).toList();
    }

    /** Replaces the bindings derived from {@code vehicle} with these (what {@link InMemoryVehicles} stores). */
    synchronized void replaceDerived(VehicleId vehicle, List<Binding> derived) {
        bindings.values().removeIf(b -> vehicle.equals(b.vehicle()) && byId(b.device()).isPresent());
        derived.forEach(b -> bindings.put(b.id(), b));
    }

    private List<Binding> visible() {
        List<Binding> seen = new ArrayList<>(bindings.values().stream().filter(b -> byId(b.device()).isPresent()).toList());
        seen.sort(Comparator.comparing(Binding::from));
        return seen;
    }
}
