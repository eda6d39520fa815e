package io.waybill.application.fakes;

import io.waybill.application.port.out.Vehicles;
import io.waybill.application.shared.TenantScope;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.telemetry.Binding;
import io.waybill.domain.telemetry.DeviceId;
import io.waybill.domain.telemetry.Load;
import io.waybill.domain.telemetry.VehicleBinding;
import io.waybill.domain.telemetry.VehicleId;
import io.waybill.domain.tenant.TenantId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Vehicles in memory, each row of the tenant that wrote it, behind the same wall as the real store; the derived
 * bindings go to the {@link InMemoryDevices} given. Thread-safe.
 */
public class InMemoryVehicles implements Vehicles {

    private record Owned<T>(TenantId tenant, T row) {
    }

    private final InMemoryDevices devices;
    private final Map<UUID, Owned<VehicleBinding>> mountings = new LinkedHashMap<>();
    private final Map<UUID, Owned<Load>> loads = new LinkedHashMap<>();

    public InMemoryVehicles(InMemoryDevices devices) {
        this.devices = devices;
    }

    @Override
    public synchronized List<VehicleBinding> devicesOn(VehicleId vehicle) {
        return mountings.values().stream().filter(o -> TenantScope.sees(o.tenant())).map(Owned::row)
                .filter(m -> m.vehicle().equals(vehicle)).sorted(Comparator.comparing(VehicleBinding::from)).toList();
    }

    @Override
    public synchronized List<VehicleBinding> vehiclesOf(DeviceId device) {
        return mountings.values().stream().filter(o -> TenantScope.sees(o.tenant())).map(Owned::row)
                .filter(m -> m.device().equals(device)).sorted(Comparator.comparing(VehicleBinding::from)).toList();
    }

    @Override
    public synchronized void mount(VehicleBinding mounting) {
        mountings.put(mounting.id(), new Owned<>(TenantScope.requireTenant(), mounting));
    }

    @Override
    public synchronized List<Load> loadsOf(VehicleId vehicle) {
        return loads.values().stream().filter(o -> TenantScope.sees(o.tenant())).map(Owned::row)
                .filter(l -> l.vehicle().equals(vehicle)).sorted(Comparator.comparing(Load::from)).toList();
    }

    @Override
    public synchronized List<Load> loadsOf(ShipmentId shipment) {
        return loads.values().stream().filter(o -> TenantScope.sees(o.tenant())).map(Owned::row)
                .filter(l -> l.shipment().equals(shipment)).sorted(Comparator.comparing(Load::from)).toList();
    }

    @Override
    public synchronized void load(Load load) {
        loads.put(load.id(), new Owned<>(TenantScope.requireTenant(), load));
    }

    @Override
    public synchronized void replaceDerived(VehicleId vehicle, List<Binding> derived) {
        devices.replaceDerived(vehicle, derived);
    }
}
