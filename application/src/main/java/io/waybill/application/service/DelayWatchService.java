package io.waybill.application.service;

import io.waybill.application.port.in.WatchDelays;
import io.waybill.application.port.out.CarrierEstimates;
import io.waybill.application.port.out.ConditionAlarms;
import io.waybill.application.port.out.DisruptionSignals;
import io.waybill.application.shared.TenantScope;
import io.waybill.domain.tenant.TenantId;
import java.util.HashMap;
import io.waybill.application.port.out.LearningQueue.DeliveryToLearn;
import io.waybill.application.port.out.Orders;
import io.waybill.application.port.out.ShipmentPredictions;
import io.waybill.application.service.DelayModel.Standing;
import io.waybill.application.shared.AtRiskSearch;
import io.waybill.application.shared.CarrierEstimate;
import io.waybill.application.shared.ShipmentPrediction;
import io.waybill.domain.eta.DelayRisk;
import io.waybill.domain.eta.DelayRules;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.OrderId;
import io.waybill.domain.order.Shipment;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.order.ShipmentStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps a prediction for every shipment under way: after each committed change of an order, each of its shipments gets
 * a fresh ETA (from its latest carrier checkpoint, as of now) and delay risk, and a newly delivered one is queued for
 * {@link DeliveryLearning}; a sweep predicts again the shipments nothing has happened to. Replays of a past instant go
 * through {@link PredictionReplay}, on the same model.
 */
public class DelayWatchService implements WatchDelays {

    private final DelayModel model;
    private final ShipmentPredictions predictions;
    private final CarrierEstimates estimates;
    private final Orders orders;
    private final DisruptionSignals disruptions;
    private final ConditionAlarms alarms;
    private final DeliveryLearning learning;
    private final PredictionReplay replay;
    private final Approaches approaches;
    private final Clock clock;

    /**
     * @param disruptions external disruption signals (weather, traffic, hub outages)
     * @param approaches  the ETA of shipments whose tracker is near the destination (live only: a replay has the lane's)
     */
    public DelayWatchService(DelayModel model, ShipmentPredictions predictions, CarrierEstimates estimates, Orders orders,
            DisruptionSignals disruptions, DeliveryLearning learning, Approaches approaches, Clock clock) {
        this(model, predictions, estimates, orders, disruptions, ConditionAlarms.NONE, learning, approaches, clock);
    }

    /** @param alarms the open condition breaches of the IoT sensors' readings, a finding of the delay-risk rules */
    public DelayWatchService(DelayModel model, ShipmentPredictions predictions, CarrierEstimates estimates, Orders orders,
            DisruptionSignals disruptions, ConditionAlarms alarms, DeliveryLearning learning, Approaches approaches, Clock clock) {
        this.model = model;
        this.alarms = alarms;
        this.predictions = predictions;
        this.estimates = estimates;
        this.orders = orders;
        this.disruptions = disruptions;
        this.learning = learning;
        this.replay = new PredictionReplay(model, predictions, estimates, orders, disruptions, alarms, clock);
        this.approaches = approaches;
        this.clock = clock;
    }

    /**
     * Predicts again the shipments nothing has happened to for {@code quiet}: time passing is news too (a silent
     * shipment's estimate slides, the missing-scan rule speaks). Returns how many orders were looked at.
     */
    public int sweep(Duration quiet, int limit) {
        List<OrderId> stale = predictions.staleOrders(clock.instant().minus(quiet), limit);
        if (stale.isEmpty()) {
            return 0;
        }
        changed(orders.byIds(stale));
        return stale.size();
    }

    /** After a committed change: queue deliveries to be learned once settled, predict the shipments still under way. */
    public void changed(List<Order> orders) {
        Instant now = clock.instant();
        List<ShipmentId> shipments = orders.stream().flatMap(o -> o.shipments().stream()).map(Shipment::getId).toList();
        Map<ShipmentId, ShipmentPrediction> before = predictions.of(shipments);
        Map<ShipmentId, CarrierEstimate> latest = estimates.latest(shipments);
        Map<ShipmentId, String> breaches = alarms.openAt(shipments, now);
        Map<TenantId, List<DelayRules.Disruption>> known = new HashMap<>(); // a tenant's reports judge only its shipments
        List<ShipmentPrediction> updated = new ArrayList<>();
        List<DeliveryToLearn> delivered = new ArrayList<>();
        Approaches.Batch near = approaches.batch(now);
        for (Order order : orders) {
            for (Shipment shipment : order.shipments()) {
                ShipmentPrediction was = before.get(shipment.getId());
                if (shipment.status() == ShipmentStatus.DELIVERED && shipment.deliveredAt() != null
                        && (was == null || !"DELIVERED".equals(was.status()))) {
                    delivered.add(new DeliveryToLearn(shipment.getId(), order.getId(), shipment.deliveredAt()));
                }
                Optional<Instant> carrierEstimate = DelayModel.carrierEstimateAsOf(latest.get(shipment.getId()), now);
                model.predict(order, shipment, Standing.of(shipment), DelayModel.checkpoints(order, shipment), carrierEstimate,
                        known.computeIfAbsent(order.tenant(), t -> TenantScope.of(t, () -> disruptions.known(now))),
                        Optional.ofNullable(breaches.get(shipment.getId())), now, goingOn(was), near.of(order, shipment))
                        .ifPresent(updated::add);
            }
        }
        if (!updated.isEmpty()) {
            predictions.save(updated);
        }
        learning.queue(delivered, now);
    }

    /** The stored risk, so that one that goes on keeps the time it was first detected. */
    private static DelayRisk goingOn(ShipmentPrediction was) {
        return Optional.ofNullable(was).filter(p -> p.firstDetectedAt() != null)
                .map(p -> new DelayRisk(DelayRisk.Level.valueOf(p.riskLevel()), p.reasons(), p.firstDetectedAt(), null))
                .orElse(DelayRisk.NONE);
    }

    @Override
    public AtRiskSearch.Page atRisk(AtRiskSearch.Query query) {
        return predictions.atRisk(query);
    }

    @Override
    public Optional<ShipmentPrediction> prediction(ShipmentId shipment) {
        return predictions.of(shipment);
    }

    @Override
    public Optional<ShipmentPrediction> predictionAsOf(ShipmentId shipment, Instant asOf) {
        return replay.predictionAsOf(shipment, asOf);
    }

    @Override
    public List<ShipmentPrediction.RiskChange> history(ShipmentId shipment) {
        return predictions.history(shipment);
    }
}
