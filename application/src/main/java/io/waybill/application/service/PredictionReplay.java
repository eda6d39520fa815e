package io.waybill.application.service;

import io.waybill.application.port.out.CarrierEstimates;
import io.waybill.application.port.out.ConditionAlarms;
import io.waybill.application.port.out.DisruptionSignals;
import io.waybill.application.port.out.Orders;
import io.waybill.application.port.out.ShipmentPredictions;
import io.waybill.application.service.DelayModel.Standing;
import io.waybill.application.shared.ShipmentPrediction;
import io.waybill.domain.eta.Checkpoint;
import io.waybill.domain.eta.DelayRisk;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.Shipment;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.order.ShipmentStatus;
import io.waybill.domain.order.TimelineItem;
import io.waybill.domain.shared.InvalidValueException;
import io.waybill.domain.tracking.TrackingEvent;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Replays a shipment's prediction as of a past instant, from the events that had occurred by then, through the same
 * computation as the live watch ({@link DelayModel#predict}); it stores nothing and teaches the model nothing.
 */
class PredictionReplay {

    private final DelayModel model;
    private final ShipmentPredictions predictions;
    private final CarrierEstimates estimates;
    private final Orders orders;
    private final DisruptionSignals disruptions;
    private final ConditionAlarms alarms;
    private final Clock clock;

    PredictionReplay(DelayModel model, ShipmentPredictions predictions, CarrierEstimates estimates, Orders orders,
            DisruptionSignals disruptions, ConditionAlarms alarms, Clock clock) {
        this.alarms = alarms;
        this.model = model;
        this.predictions = predictions;
        this.estimates = estimates;
        this.orders = orders;
        this.disruptions = disruptions;
        this.clock = clock;
    }

    /** See {@link io.waybill.application.port.in.WatchDelays#predictionAsOf}. */
    Optional<ShipmentPrediction> predictionAsOf(ShipmentId id, Instant asOf) {
        InvalidValueException.required(asOf, "asOf");
        Instant now = clock.instant();
        if (asOf.isAfter(now)) {
            throw new InvalidValueException("asOf", asOf + " is in the future (it is " + now + " now): a prediction rests on"
                    + " events that have happened; leave asOf out for the current prediction");
        }
        Optional<Order> order = orders.byShipment(id);
        Optional<Shipment> found = order.flatMap(o -> o.shipment(id));
        Optional<Standing> standing = found.flatMap(s -> standingAsOf(order.get(), s, asOf));
        if (standing.isEmpty()) {
            return Optional.empty();
        }
        List<Checkpoint> checkpoints = DelayModel.checkpoints(order.get(), found.get()).stream()
                .filter(c -> !c.at().isAfter(asOf)).toList();
        Optional<Instant> carrierEstimate = DelayModel.carrierEstimateAsOf(estimates.latest(List.of(id)).get(id), asOf);
        Optional<String> breach = Optional.ofNullable(alarms.openAt(List.of(id), asOf).get(id));
        return model.predict(order.get(), found.get(), standing.get(), checkpoints, carrierEstimate, disruptions.known(asOf), breach, asOf,
                riskAsRecorded(predictions.history(id), asOf));
    }

    /**
     * Where the shipment stood at {@code asOf}, from its events that occurred by then (by their own time, not their
     * arrival): the status its last applied carrier milestone reached, that event's reason if the status is an exception,
     * the time of its latest event; PACKED when only the warehouse had reported it. Empty when it had not been packed by
     * then.
     */
    static Optional<Standing> standingAsOf(Order order, Shipment shipment, Instant asOf) {
        TrackingEvent lastCarrierEvent = null;
        Instant lastEventAt = null;
        for (TimelineItem item : order.timeline()) {
            TrackingEvent event = item.entry().event();
            if (!item.applied() || !shipment.getId().equals(item.entry().shipment()) || event.occurredInstant().isAfter(asOf)) {
                continue;
            }
            if (lastEventAt == null || event.occurredInstant().isAfter(lastEventAt)) {
                lastEventAt = event.occurredInstant();
            }
            if (ShipmentStatus.reachedBy(event.milestone(), ShipmentStatus.PACKED) != null
                    && (lastCarrierEvent == null || TrackingEvent.CHRONOLOGICAL.compare(event, lastCarrierEvent) > 0)) {
                lastCarrierEvent = event;
            }
        }
        if (lastCarrierEvent == null) {
            // packed (the warehouse's event), not yet scanned by the carrier: waiting for pickup, as live
            return lastEventAt == null ? Optional.empty() : Optional.of(new Standing(ShipmentStatus.PACKED, null, lastEventAt));
        }
        ShipmentStatus status = ShipmentStatus.reachedBy(lastCarrierEvent.milestone(), ShipmentStatus.PACKED);
        return Optional.of(new Standing(status, status.isException() ? lastCarrierEvent.reason() : null, lastEventAt));
    }

    /**
     * The risk as the recorded history had it at {@code asOf}: the last level recorded by then, first detected when the
     * run of levels above NONE it belongs to began. What {@link DelayModel#predict} keeps the first-detected time from.
     */
    static DelayRisk riskAsRecorded(List<ShipmentPrediction.RiskChange> history, Instant asOf) {
        DelayRisk risk = DelayRisk.NONE;
        for (ShipmentPrediction.RiskChange change : history.stream()
                .sorted(Comparator.comparing(ShipmentPrediction.RiskChange::at)).toList()) {
            if (change.at().isAfter(asOf)) {
                break;
            }
            DelayRisk.Level level = DelayRisk.Level.valueOf(change.level());
            risk = level == DelayRisk.Level.NONE ? DelayRisk.NONE : new DelayRisk(level, change.reasons(),
                    risk.level() == DelayRisk.Level.NONE ? change.at() : risk.firstDetectedAt(), null);
        }
        return risk;
    }
}
