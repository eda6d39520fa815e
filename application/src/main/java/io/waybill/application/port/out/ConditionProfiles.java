package io.waybill.application.port.out;

import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.telemetry.ConditionProfile;
import io.waybill.domain.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What each of the tenant's shipments must stay within, when it was given one. */
public interface ConditionProfiles {

    Optional<ConditionProfile> of(ShipmentId shipment);

    /** A shipment with a profile, and its tenant. */
    record Profiled(TenantId tenant, ShipmentId shipment) {
    }

    /**
     * In every tenant (the platform's scope): the shipments with a profile that are still under way, or were delivered
     * after {@code since} (a logger's upload comes late): those whose conditions may still change.
     */
    List<Profiled> watched(Instant since);

    /** Gives the shipment its profile, replacing the one it had. */
    void set(ShipmentId shipment, ConditionProfile profile, Instant at);
}
