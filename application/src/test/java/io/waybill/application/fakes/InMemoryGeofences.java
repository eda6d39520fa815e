package io.waybill.application.fakes;

import io.waybill.application.port.out.Geofences;
import io.waybill.application.shared.TenantScope;
import io.waybill.domain.telemetry.Geofence;
import io.waybill.domain.telemetry.GeofenceId;
import io.waybill.domain.tenant.TenantId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Geofences in memory, per tenant like the real store: an id names one fence of one tenant. Thread-safe. */
public class InMemoryGeofences implements Geofences {

    private record Key(TenantId tenant, GeofenceId id) {
    }

    private final Map<Key, Geofence> fences = new ConcurrentHashMap<>();

    @Override
    public Optional<Geofence> byId(GeofenceId id) {
        return Optional.ofNullable(fences.get(new Key(TenantScope.requireTenant(), id)));
    }

    @Override
    public boolean save(Geofence fence) {
        return fences.put(new Key(TenantScope.requireTenant(), fence.id()), fence) == null;
    }

    @Override
    public boolean delete(GeofenceId id) {
        return fences.remove(new Key(TenantScope.requireTenant(), id)) != null;
    }

    @Override
    public List<Geofence> all() {
        TenantId tenant = TenantScope.requireTenant();
        return fences.entrySet().stream().filter(e -> e.getKey().tenant().equals(tenant)).map(Map.Entry::getValue)
                .sorted(Comparator.comparing(f -> f.id().value())).toList();
    }
}
