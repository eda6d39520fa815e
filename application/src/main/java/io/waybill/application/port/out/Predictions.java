package io.waybill.application.port.out;

import io.waybill.application.shared.AtRiskSearch;
import io.waybill.application.shared.CarrierEstimate;
import io.waybill.application.shared.ShipmentPrediction;
import io.waybill.domain.eta.TransitStatistics;
import io.waybill.domain.order.ShipmentId;
import java.util.List;
import java.util.Optional;

/**
 * Learned transit statistics, the carriers' own delivery estimates, and the current prediction (with its risk history)
 * of every shipment under way.
 */
public interface Predictions {

    /** Puts every stored cell and calibration into {@code into} (at start: the model survives restarts). */
    void loadStatistics(TransitStatistics into);

    /** Stores the cells learning changed, and the calibrations (few: one per carrier and stage). */
    void saveCells(List<TransitStatistics.Touched> cells, List<TransitStatistics.Calibration> calibrations);

    /** The stored prediction of a shipment. */
    Optional<ShipmentPrediction> of(ShipmentId shipment);

    /** The stored predictions of these shipments (one query), by shipment id; shipments without one are absent. */
    java.util.Map<java.util.UUID, ShipmentPrediction> of(java.util.Collection<ShipmentId> shipments);

    /** Stores these predictions; a change of risk level is added to the shipment's risk history. */
    void save(List<ShipmentPrediction> predictions);

    /**
     * One page of the shipments at or above the query's risk level that match its filters, in its order, with the count
     * of all that match.
     */
    AtRiskSearch.Page atRisk(AtRiskSearch.Query query);

    List<ShipmentPrediction.RiskChange> history(ShipmentId shipment);

    /**
     * Stores each estimate unless the one stored for its carrier and tracking number was reported at the same time or
     * later: only the latest report per tracking number is kept, whatever order the reports arrive in.
     */
    void saveCarrierEstimates(List<CarrierEstimate> estimates);

    /**
     * The stored carrier estimates of these shipments (one query), by shipment id, matched on the shipment's carrier and
     * carrier tracking number; shipments without one are absent.
     */
    java.util.Map<java.util.UUID, CarrierEstimate> carrierEstimates(java.util.Collection<ShipmentId> shipments);

    /**
     * The first carrier estimate reported for each of these shipments (the earliest report, whatever order the reports
     * arrived in: what the carrier promised at hand-over), by shipment id; shipments without one are absent.
     */
    java.util.Map<java.util.UUID, CarrierEstimate> firstCarrierEstimates(java.util.Collection<ShipmentId> shipments);

    /**
     * Deletes up to {@code limit} carrier estimates last reported before {@code reportedBefore} (their shipments are long
     * delivered, or never came), and says how many it deleted.
     */
    int forgetCarrierEstimates(java.time.Instant reportedBefore, int limit);

    /** A delivered shipment waiting to be learned. */
    record DeliveryToLearn(ShipmentId shipment, io.waybill.domain.order.OrderId order, java.time.Instant deliveredAt) {
    }

    /** Queues deliveries to be learned once settled; one already queued stays as it is. */
    void queueLearning(List<DeliveryToLearn> deliveries, java.time.Instant at);

    /**
     * Claims up to {@code limit} queued deliveries delivered before {@code deliveredBefore} that no one has learned
     * (each is handed out once, across instances), and marks them learned at {@code at}.
     */
    List<DeliveryToLearn> claimDeliveriesToLearn(java.time.Instant deliveredBefore, int limit, java.time.Instant at);

    /** Orders with a shipment under way whose prediction was last made before {@code before}, oldest first. */
    List<io.waybill.domain.order.OrderId> staleOrders(java.time.Instant before, int limit);
}
