package io.waybill.application.fakes;

import io.waybill.application.port.out.ExceptionSignals;
import io.waybill.application.shared.ShipmentSignal;
import io.waybill.application.shared.TenantScope;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.order.ShipmentStatus;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The shipments' current state as a test sets it, read with the PostgreSQL store's criteria. Thread-safe. */
public class ScriptedExceptionSignals implements ExceptionSignals {

    private static final Set<ShipmentStatus> EXCEPTIONAL = EnumSet.of(ShipmentStatus.HELD,
            ShipmentStatus.DELIVERY_ATTEMPT_FAILED, ShipmentStatus.LOST, ShipmentStatus.RETURNED_TO_SENDER);
    private static final Set<ShipmentStatus> MOVING = EnumSet.of(ShipmentStatus.SHIPPED, ShipmentStatus.IN_TRANSIT,
            ShipmentStatus.OUT_FOR_DELIVERY);

    private final Map<ShipmentId, ShipmentSignal> shipments = new LinkedHashMap<>();

    /** The shipment is now as {@code signal} says (replacing what was said of it before). */
    public synchronized void now(ShipmentSignal signal) {
        shipments.put(signal.shipment(), signal);
    }

    @Override
    public synchronized List<ShipmentSignal> current(Instant silentSince) {
        return shipments.values().stream()
                .filter(s -> TenantScope.isPlatform() || TenantScope.tenant().map(s.tenant()::equals).orElse(true))
                .filter(s -> EXCEPTIONAL.contains(s.status())
                        || ("HIGH".equals(s.riskLevel()) && s.status() != ShipmentStatus.DELIVERED)
                        || (MOVING.contains(s.status()) && s.lastEventAt() != null && s.lastEventAt().isBefore(silentSince)))
                .toList();
    }
}
