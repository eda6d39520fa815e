package io.waybill.application.fakes;

import io.waybill.application.port.out.ConditionProfiles;
import io.waybill.application.shared.TenantScope;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.telemetry.ConditionProfile;
import io.waybill.domain.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Condition profiles in memory, one per shipment; every profiled shipment is watched (the fake knows no status). */
public class InMemoryConditionProfiles implements ConditionProfiles {

    private final Map<ShipmentId, ConditionProfile> profiles = new ConcurrentHashMap<>();
    private final Map<ShipmentId, TenantId> owners = new ConcurrentHashMap<>();

    @Override
    public List<Profiled> watched(Instant since) {
        return owners.entrySet().stream().map(e -> new Profiled(e.getValue(), e.getKey())).toList();
    }

    @Override
    public Optional<ConditionProfile> of(ShipmentId shipment) {
        return Optional.ofNullable(profiles.get(shipment));
    }

    @Override
    public void set(ShipmentId shipment, ConditionProfile profile, Instant at) {
        profiles.put(shipment, profile);
        owners.put(shipment, TenantScope.requireTenant());
    }
}
