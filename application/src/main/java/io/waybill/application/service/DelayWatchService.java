package io.waybill.application.service;

import io.waybill.application.port.in.RecordCarrierEstimates;
import io.waybill.application.port.in.WatchDelays;
import io.waybill.application.port.out.DisruptionSignals;
import io.waybill.application.port.out.Orders;
import io.waybill.application.port.out.Predictions;
import io.waybill.application.shared.AtRiskSearch;
import io.waybill.application.shared.CarrierEstimate;
import io.waybill.application.shared.ShipmentPrediction;
import io.waybill.domain.eta.Checkpoint;
import io.waybill.domain.eta.DelayPredictor;
import io.waybill.domain.eta.DelayRisk;
import io.waybill.domain.eta.DelayRules;
import io.waybill.domain.eta.Eta;
import io.waybill.domain.eta.EtaEstimator;
import io.waybill.domain.eta.Lane;
import io.waybill.domain.eta.PickupSchedule;
import io.waybill.domain.eta.Stage;
import io.waybill.domain.eta.TransitStatistics;
import io.waybill.domain.order.DeliveryPromise;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.OrderId;
import io.waybill.domain.order.Shipment;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.order.ShipmentStatus;
import io.waybill.domain.order.TimelineItem;
import io.waybill.domain.shared.InvalidValueException;
import io.waybill.domain.tracking.Location;
import io.waybill.domain.tracking.Milestone;
import io.waybill.domain.tracking.SourceType;
import io.waybill.domain.tracking.TrackingEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps a prediction for every shipment under way: after each committed change of an order, each of its shipments gets
 * a fresh ETA (from its latest carrier checkpoint, as of now) and delay risk; a delivered shipment teaches the model
 * its remaining times first. Constant work per shipment: a few statistics lookups, nothing of the history re-read
 * beyond the order already in memory. The same computation ({@link #predict}) replays a shipment as of a past instant,
 * from the events that had occurred by then. It also keeps the carriers' own delivery estimates, the ETA's fallback
 * while a lane has too few deliveries at the shipment's time of the week to learn from.
 */
public class DelayWatchService implements WatchDelays, RecordCarrierEstimates {

    private final Predictions predictions;
    private final Orders orders;
    private final TransitStatistics statistics;
    private final DelayPredictor predictor;
    private final DisruptionSignals disruptions;
    private final Map<String, PickupSchedule> pickups;
    private final Clock clock;
    /** Guards the learned statistics: the delay-watch thread learns while request threads predict as of an instant. */
    private final Object model = new Object();

    public DelayWatchService(Predictions predictions, Orders orders, Clock clock) {
        this(predictions, orders, DisruptionSignals.NONE, Map.of(), clock);
    }

    /**
     * @param disruptions external disruption signals (weather, traffic, hub outages)
     * @param pickups     each carrier's pickup schedule at the warehouse, by carrier code (the warehouse cut-off); a
     *                    carrier without one has no cut-off rule
     */
    public DelayWatchService(Predictions predictions, Orders orders, DisruptionSignals disruptions, Map<String, PickupSchedule> pickups,
            Clock clock) {
        this.predictions = predictions;
        this.orders = orders;
        this.disruptions = disruptions;
        this.pickups = Map.copyOf(pickups);
        this.clock = clock;
        this.statistics = new TransitStatistics();
        predictions.loadStatistics(statistics);
        this.predictor = new DelayPredictor(new EtaEstimator(statistics));
    }

    /**
     * Where a shipment stood at an instant, as its events tell: what the delay rules look at besides its checkpoints.
     * Live, it is the shipment's derived state; replayed, it is derived from the events up to the instant.
     */
    record Standing(ShipmentStatus status, String statusReason, Instant lastEventAt) {

        static Standing of(Shipment shipment) {
            return new Standing(shipment.status(), shipment.statusReason(), shipment.lastEventAt());
        }
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

    /**
     * Learns the deliveries that have settled (delivered before {@code settle} ago, so late scans have come in), in
     * delivery-time order, not in the order they were processed: replaying the same history in another arrival order
     * teaches the model the same. Returns how many were learned.
     */
    public int learnSettled(Duration settle, int limit) {
        Instant now = clock.instant();
        List<Predictions.DeliveryToLearn> due = predictions.claimDeliveriesToLearn(now.minus(settle), limit, now);
        if (due.isEmpty()) {
            return 0;
        }
        Map<OrderId, Order> byId = new java.util.HashMap<>();
        orders.byIds(due.stream().map(Predictions.DeliveryToLearn::order).distinct().toList()).forEach(o -> byId.put(o.getId(), o));
        // how wrong the carrier's estimate was is learned from its first one (its promise at hand-over): the report that
        // comes with the delivery scan repeats or revises the estimate after the fact
        Map<UUID, CarrierEstimate> estimates = predictions.firstCarrierEstimates(due.stream()
                .map(Predictions.DeliveryToLearn::shipment).toList());
        // a cell many deliveries touched is stored once per batch
        java.util.Set<TransitStatistics.Touched> touched = new java.util.LinkedHashSet<>();
        List<TransitStatistics.Calibration> calibrations;
        synchronized (model) {
            for (Predictions.DeliveryToLearn delivery : due) {
                Order order = byId.get(delivery.order());
                Optional<Shipment> shipment = order == null ? Optional.empty() : order.shipment(delivery.shipment());
                if (shipment.isEmpty() || shipment.get().deliveredAt() == null) {
                    continue; // gone, or no longer delivered (a correction): nothing to learn
                }
                String destination = region(order.address().countryCode(), order.address().city());
                // a first report after the delivery is no estimate
                Optional<Instant> estimated = carrierEstimateAsOf(estimates.get(delivery.shipment().value()),
                        shipment.get().deliveredAt());
                touched.addAll(statistics.learn(shipment.get().carrier().value(), shipment.get().service().code(), destination,
                        checkpoints(order, shipment.get()), shipment.get().deliveredAt(), estimated));
            }
            calibrations = statistics.calibrations();
        }
        predictions.saveCells(List.copyOf(touched), calibrations);
        return due.size();
    }

    /** After a committed change: queue deliveries to be learned once settled, predict the shipments still under way. */
    public void changed(List<Order> orders) {
        Instant now = clock.instant();
        List<ShipmentId> shipments = orders.stream().flatMap(o -> o.shipments().stream()).map(Shipment::getId).toList();
        Map<UUID, ShipmentPrediction> before = predictions.of(shipments);
        Map<UUID, CarrierEstimate> estimates = predictions.carrierEstimates(shipments);
        List<DelayRules.Disruption> known = disruptions.known(now);
        List<ShipmentPrediction> updated = new ArrayList<>();
        List<Predictions.DeliveryToLearn> delivered = new ArrayList<>();
        for (Order order : orders) {
            for (Shipment shipment : order.shipments()) {
                List<Checkpoint> checkpoints = checkpoints(order, shipment);
                ShipmentPrediction was = before.get(shipment.getId().value());
                if (shipment.status() == ShipmentStatus.DELIVERED && shipment.deliveredAt() != null
                        && (was == null || !"DELIVERED".equals(was.status()))) {
                    delivered.add(new Predictions.DeliveryToLearn(shipment.getId(), order.getId(), shipment.deliveredAt()));
                }
                DelayRisk previous = Optional.ofNullable(was).filter(p -> p.firstDetectedAt() != null)
                        .map(p -> new DelayRisk(DelayRisk.Level.valueOf(p.riskLevel()), p.reasons(), p.firstDetectedAt(), null))
                        .orElse(DelayRisk.NONE);
                Optional<Instant> carrierEstimate = carrierEstimateAsOf(estimates.get(shipment.getId().value()), now);
                predict(order, shipment, Standing.of(shipment), checkpoints, carrierEstimate, known, now, previous)
                        .ifPresent(updated::add);
            }
        }
        if (!updated.isEmpty()) {
            predictions.save(updated);
        }
        predictions.queueLearning(delivered, now);
    }

    /**
     * The one per-shipment computation, live ({@code asOf} now) and replayed ({@code asOf} past, with {@code standing}
     * and {@code checkpoints} as they were then): a finished journey has nothing left to predict; otherwise the ETA from
     * the latest checkpoint and the delay risk, {@code previous} keeping the first-detected time of a risk that goes on.
     *
     * @param carrierEstimate the latest end of the carrier's own estimate as known at {@code asOf} (see
     *                        {@link #carrierEstimateAsOf}): what the ETA rests on while the lane has too few deliveries
     *                        at the shipment's time of the week
     * @return empty when there is nothing to predict from yet (no checkpoint)
     */
    Optional<ShipmentPrediction> predict(Order order, Shipment shipment, Standing standing, List<Checkpoint> checkpoints,
            Optional<Instant> carrierEstimate, List<DelayRules.Disruption> known, Instant asOf, DelayRisk previous) {
        if (standing.status().isTerminal()) {
            return Optional.of(done(order, shipment, standing.status(), asOf));
        }
        if (checkpoints.isEmpty()) {
            return Optional.empty();
        }
        String destination = region(order.address().countryCode(), order.address().city());
        Instant promise = order.promise().map(DeliveryPromise::latest).orElse(null);
        DelayPredictor.Subject subject = new DelayPredictor.Subject(shipment.carrier().value(), shipment.service().code(), destination,
                standing.status(), standing.statusReason(), checkpoints.getLast(), standing.lastEventAt(), carrierEstimate, promise,
                pickups.get(shipment.carrier().value()));
        DelayPredictor.Prediction prediction;
        synchronized (model) {
            prediction = predictor.predict(subject, known, List.of(), previous, asOf);
        }
        Eta eta = prediction.eta();
        DelayRisk risk = prediction.risk();
        return Optional.of(new ShipmentPrediction(shipment.getId().value(), order.getId().value(), order.orderNumber(),
                shipment.carrier().value(), shipment.carrierTrackingNumber().value(), standing.status().name(), eta.p50(),
                eta.p90(), eta.basis(), risk.level().name(), risk.reasons(), risk.firstDetectedAt(),
                risk.leadTime() == null ? null : risk.leadTime().toHours(), promise, asOf, shipment.service().code()));
    }

    private static ShipmentPrediction done(Order order, Shipment shipment, ShipmentStatus status, Instant now) {
        return new ShipmentPrediction(shipment.getId().value(), order.getId().value(), order.orderNumber(), shipment.carrier().value(),
                shipment.carrierTrackingNumber().value(), status.name(), null, null, "journey over",
                DelayRisk.Level.NONE.name(), List.of(), null, null, order.promise().map(DeliveryPromise::latest).orElse(null), now,
                shipment.service().code());
    }

    /** The shipment's applied carrier events as checkpoints, in time order. */
    static List<Checkpoint> checkpoints(Order order, Shipment shipment) {
        List<Checkpoint> checkpoints = new ArrayList<>();
        for (TimelineItem item : order.timeline()) {
            if (!item.applied() || !shipment.getId().equals(item.entry().shipment())
                    || item.entry().event().key().source().type() == SourceType.WAYBILL) {
                continue;
            }
            Milestone milestone = item.entry().event().milestone();
            if (milestone == Milestone.DELIVERED || milestone == Milestone.RETURNED_TO_SENDER) {
                continue;
            }
            ShipmentStatus reached = ShipmentStatus.reachedBy(milestone, ShipmentStatus.PACKED);
            Stage stage = Stage.of(reached == null ? ShipmentStatus.PACKED : reached);
            if (stage == null) {
                continue;
            }
            Location at = item.entry().event().location();
            checkpoints.add(new Checkpoint(stage, at == null ? null : region(at.countryCode(), at.city()),
                    item.entry().event().occurredInstant()));
        }
        checkpoints.sort(Comparator.comparing(Checkpoint::at));
        return checkpoints;
    }

    static String region(String country, String city) {
        if (city == null) {
            return Lane.ANY;
        }
        return (country == null ? "" : country.toUpperCase(Locale.ROOT) + "-") + city.strip();
    }

    @Override
    public AtRiskSearch.Page atRisk(AtRiskSearch.Query query) {
        return predictions.atRisk(query);
    }

    @Override
    public Optional<ShipmentPrediction> prediction(UUID shipment) {
        return predictions.of(new ShipmentId(shipment));
    }

    @Override
    public Optional<ShipmentPrediction> predictionAsOf(UUID shipment, Instant asOf) {
        InvalidValueException.required(asOf, "asOf");
        Instant now = clock.instant();
        if (asOf.isAfter(now)) {
            throw new InvalidValueException("asOf", asOf + " is in the future (it is " + now + " now): a prediction rests on"
                    + " events that have happened; leave asOf out for the current prediction");
        }
        ShipmentId id = new ShipmentId(shipment);
        Optional<Order> order = orders.byShipment(id);
        Optional<Shipment> found = order.flatMap(o -> o.shipment(id));
        Optional<Standing> standing = found.flatMap(s -> standingAsOf(order.get(), s, asOf));
        if (standing.isEmpty()) {
            return Optional.empty();
        }
        List<Checkpoint> checkpoints = checkpoints(order.get(), found.get()).stream().filter(c -> !c.at().isAfter(asOf)).toList();
        Optional<Instant> carrierEstimate = carrierEstimateAsOf(predictions.carrierEstimates(List.of(id)).get(shipment), asOf);
        return predict(order.get(), found.get(), standing.get(), checkpoints, carrierEstimate, disruptions.known(asOf), asOf,
                riskAsRecorded(predictions.history(id), asOf));
    }

    /**
     * The carrier's estimate as known at {@code asOf}: the latest end of its window, if it had been reported by then. Only
     * the latest report per shipment is stored, so replaying an instant before that report finds no carrier estimate at
     * all, even when an earlier report had given one then.
     */
    static Optional<Instant> carrierEstimateAsOf(CarrierEstimate estimate, Instant asOf) {
        return Optional.ofNullable(estimate).filter(e -> !e.reportedAt().isAfter(asOf)).map(CarrierEstimate::latest);
    }

    /** Stores the latest report per carrier tracking number of the batch; older ones than those stored are ignored there. */
    @Override
    public void recordEstimates(List<CarrierEstimate> estimates) {
        InvalidValueException.required(estimates, "estimates");
        Map<Map.Entry<String, String>, CarrierEstimate> latest = new LinkedHashMap<>();
        for (CarrierEstimate estimate : estimates) {
            InvalidValueException.required(estimate, "estimate");
            latest.merge(Map.entry(estimate.carrier().value(), estimate.number().value()), estimate,
                    (kept, next) -> kept.newerThan(next) ? kept : next);
        }
        if (!latest.isEmpty()) {
            predictions.saveCarrierEstimates(List.copyOf(latest.values()));
        }
    }

    /**
     * Forgets up to {@code limit} carrier estimates last reported more than {@code retention} ago: their shipments are
     * long delivered (or never came), and a replay as of an instant that long ago goes without the carrier's estimate.
     * Returns how many it forgot.
     */
    public int forgetCarrierEstimates(Duration retention, int limit) {
        return predictions.forgetCarrierEstimates(clock.instant().minus(retention), limit);
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
     * run of levels above NONE it belongs to began. What {@link #predict} keeps the first-detected time from.
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

    @Override
    public List<ShipmentPrediction.RiskChange> history(UUID shipment) {
        return predictions.history(new ShipmentId(shipment));
    }

}
