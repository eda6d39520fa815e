package io.waybill.application.shared;

import io.waybill.domain.order.OrderId;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.order.ShipmentStatus;
import io.waybill.domain.tenant.TenantId;
import java.time.Instant;
import java.util.List;

/**
 * What Waybill knows now of a shipment that may need a person: its status (and the carrier's reason), its delay risk
 * (level, reasons, when first detected, the lead time before the promise, the promise) and its latest event. Risk fields
 * are null without a prediction; {@code lastEventAt} is null when nothing was recorded about it yet.
 */
public record ShipmentSignal(TenantId tenant, OrderId order, String orderNumber, ShipmentId shipment, String carrier,
        String carrierTrackingNumber, ShipmentStatus status, String statusReason, String riskLevel, List<String> riskReasons,
        Instant riskSince, Long leadTimeHours, Instant promisedLatest, Instant lastEventAt) {

    public ShipmentSignal {
        riskReasons = riskReasons == null ? List.of() : List.copyOf(riskReasons);
    }
}
