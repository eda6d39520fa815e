package io.waybill.application.port.in;

import io.waybill.application.shared.ShipmentPrediction;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Operations' view of predicted delays. */
public interface WatchDelays {

    /** Shipments at risk (level {@code MEDIUM} or {@code HIGH}, or at least {@code minimumLevel}), the least lead time first. */
    List<ShipmentPrediction> atRisk(String minimumLevel, int page, int size);

    Optional<ShipmentPrediction> prediction(UUID shipment);

    List<ShipmentPrediction.RiskChange> history(UUID shipment);
}
