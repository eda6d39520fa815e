package io.waybill.application.port.in;

import io.waybill.application.shared.AtRiskSearch;
import io.waybill.application.shared.ShipmentPrediction;
import io.waybill.domain.order.ShipmentId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Operations' view of predicted delays. */
public interface WatchDelays {

    /**
     * One page of the shipments at risk (level {@code MEDIUM} or more unless the query says otherwise) that match the
     * query's filters, in its order (the least lead time first by default), with the count of all that match.
     */
    AtRiskSearch.Page atRisk(AtRiskSearch.Query query);

    /** The stored prediction: as of the last change of the shipment's order, or the last sweep. */
    Optional<ShipmentPrediction> prediction(ShipmentId shipment);

    /**
     * The shipment's prediction recomputed as of {@code asOf}, to replay recorded history and score it: from the events
     * of its order that occurred (by their own time) at or before {@code asOf}: the status then, the latest checkpoint
     * then, the risk first detected by then (from the recorded risk history). The learned transit statistics are
     * today's, not those of {@code asOf}: the model is not versioned, so a replay of a past instant uses what was learned
     * since (deliveries after {@code asOf} included). Likewise only the carrier's latest delivery estimate is kept: it
     * counts if it had been reported by {@code asOf}; before that the replay has no carrier estimate, not an earlier one. It
     * is forgotten once it is older than the retention (90 days by default).
     *
     * @return empty when there is no such shipment or the carrier had not reported it by {@code asOf}
     * @throws io.waybill.domain.shared.InvalidValueException when {@code asOf} is in the future
     */
    Optional<ShipmentPrediction> predictionAsOf(ShipmentId shipment, Instant asOf);

    /** Every change of the shipment's risk level, oldest first. */
    List<ShipmentPrediction.RiskChange> history(ShipmentId shipment);
}
