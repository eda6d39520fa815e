package io.waybill.application.port.out;

import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.telemetry.ConditionProfile;
import java.time.Instant;
import java.util.Optional;

/** What each of the tenant's shipments must stay within, when it was given one. */
public interface ConditionProfiles {

    Optional<ConditionProfile> of(ShipmentId shipment);

    /** Gives the shipment its profile, replacing the one it had. */
    void set(ShipmentId shipment, ConditionProfile profile, Instant at);
}
