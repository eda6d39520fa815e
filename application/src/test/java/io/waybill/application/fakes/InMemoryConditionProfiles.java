package io.waybill.application.fakes;

import io.waybill.application.port.out.ConditionProfiles;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.telemetry.ConditionProfile;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Condition profiles in memory, one per shipment. */
public class InMemoryConditionProfiles implements ConditionProfiles {

    private final Map<ShipmentId, ConditionProfile> profiles = new ConcurrentHashMap<>();

    @Override
    public Optional<ConditionProfile> of(ShipmentId shipment) {
        return Optional.ofNullable(profiles.get(shipment));
    }

    @Override
    public void set(ShipmentId shipment, ConditionProfile profile, Instant at) {
        profiles.put(shipment, profile);
    }
}
