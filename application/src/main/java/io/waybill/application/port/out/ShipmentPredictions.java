package io.waybill.application.port.out;

import io.waybill.application.shared.AtRiskSearch;
import io.waybill.application.shared.ShipmentPrediction;
import io.waybill.domain.order.OrderId;
import io.waybill.domain.order.ShipmentId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The current prediction of every shipment under way, with the history of its risk level. */
public interface ShipmentPredictions {

    /** The stored prediction of a shipment. */
    Optional<ShipmentPrediction> of(ShipmentId shipment);

    /** The stored predictions of these shipments (one query), by shipment; shipments without one are absent. */
    Map<ShipmentId, ShipmentPrediction> of(Collection<ShipmentId> shipments);

    /**
     * Stores these predictions; a change of risk level is added to the shipment's risk history, and crossing into or out
     * of {@code HIGH} is told through the outbox, in the same transaction.
     */
    void save(List<ShipmentPrediction> predictions);

    /**
     * One page of the shipments at or above the query's risk level that match its filters, in its order, with the count
     * of all that match.
     */
    AtRiskSearch.Page atRisk(AtRiskSearch.Query query);

    /** Every change of the shipment's risk level, oldest first. */
    List<ShipmentPrediction.RiskChange> history(ShipmentId shipment);

    /** Orders with a shipment under way whose prediction was last made before {@code before}, oldest first. */
    List<OrderId> staleOrders(Instant before, int limit);
}
