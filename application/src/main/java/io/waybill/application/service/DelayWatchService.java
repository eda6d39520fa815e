package io.waybill.application.service;

import io.waybill.application.port.in.WatchDelays;
import io.waybill.application.port.out.Predictions;
import io.waybill.application.shared.ShipmentPrediction;
import io.waybill.domain.eta.Checkpoint;
import io.waybill.domain.eta.DelayRisk;
import io.waybill.domain.eta.DelayRules;
import io.waybill.domain.eta.Eta;
import io.waybill.domain.eta.EtaEstimator;
import io.waybill.domain.eta.Lane;
import io.waybill.domain.eta.Stage;
import io.waybill.domain.eta.TransitStatistics;
import io.waybill.domain.order.DeliveryPromise;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.Shipment;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.order.ShipmentStatus;
import io.waybill.domain.order.TimelineItem;
import io.waybill.domain.tracking.Location;
import io.waybill.domain.tracking.Milestone;
import io.waybill.domain.tracking.SourceType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps a prediction for every shipment under way: after each committed change of an order, each of its shipments gets
 * a fresh ETA (from its latest carrier checkpoint, as of now) and delay risk; a delivered shipment teaches the model
 * its remaining times first. Constant work per shipment: a few statistics lookups, nothing of the history re-read
 * beyond the order already in memory.
 */
public class DelayWatchService implements WatchDelays {

    private final Predictions predictions;
    private final io.waybill.application.port.out.Orders orders;
    private final TransitStatistics statistics;
    private final EtaEstimator estimator;
    private final Clock clock;

    public DelayWatchService(Predictions predictions, io.waybill.application.port.out.Orders orders, Clock clock) {
        this.predictions = predictions;
        this.orders = orders;
        this.clock = clock;
        this.statistics = new TransitStatistics();
        predictions.loadStatistics(statistics);
        this.estimator = new EtaEstimator(statistics);
    }

    /**
     * Predicts again the shipments nothing has happened to for {@code quiet}: time passing is news too (a silent
     * shipment's estimate slides, the missing-scan rule speaks). Returns how many orders were looked at.
     */
    public int sweep(Duration quiet, int limit) {
        List<io.waybill.domain.order.OrderId> stale = predictions.staleOrders(clock.instant().minus(quiet), limit);
        if (stale.isEmpty()) {
            return 0;
        }
        changed(orders.byIds(stale));
        return stale.size();
    }

    /** After a committed change: learn from deliveries, predict the shipments still under way. */
    public void changed(List<Order> orders) {
        Instant now = clock.instant();
        java.util.Map<UUID, ShipmentPrediction> before = predictions.of(orders.stream()
                .flatMap(o -> o.shipments().stream()).map(Shipment::getId).toList());
        List<ShipmentPrediction> updated = new ArrayList<>();
        for (Order order : orders) {
            for (Shipment shipment : order.shipments()) {
                List<Checkpoint> checkpoints = checkpoints(order, shipment);
                String destination = region(order.address().countryCode(), order.address().city());
                if (shipment.status() == ShipmentStatus.DELIVERED && shipment.deliveredAt() != null) {
                    ShipmentPrediction was = before.get(shipment.getId().value());
                    if (was == null || !"DELIVERED".equals(was.status())) {
                        predictions.saveCells(statistics.learn(shipment.carrier().value(), "standard", destination, checkpoints,
                                shipment.deliveredAt()));
                    }
                    updated.add(done(order, shipment, now));
                    continue;
                }
                if (shipment.status().isTerminal() || checkpoints.isEmpty()) {
                    if (shipment.status().isTerminal()) {
                        updated.add(done(order, shipment, now));
                    }
                    continue;
                }
                Checkpoint last = checkpoints.getLast();
                Lane lane = new Lane(shipment.carrier().value(), "standard", last.region(), destination);
                Eta eta = estimator.estimate(lane, last, Optional.empty(), now);
                Instant promise = order.promise().map(DeliveryPromise::latest).orElse(null);
                DelayRisk previous = Optional.ofNullable(before.get(shipment.getId().value())).filter(p -> p.firstDetectedAt() != null)
                        .map(p -> new DelayRisk(DelayRisk.Level.valueOf(p.riskLevel()), p.reasons(), p.firstDetectedAt(), null))
                        .orElse(DelayRisk.NONE);
                DelayRisk risk = DelayRules.evaluate(new DelayRules.Situation(shipment.status(), shipment.statusReason(), last,
                        shipment.lastEventAt(), eta, promise, List.of(), destination, now), previous);
                updated.add(new ShipmentPrediction(shipment.getId().value(), order.getId().value(), order.orderNumber(),
                        shipment.carrier().value(), shipment.carrierTrackingNumber().value(), shipment.status().name(), eta.p50(),
                        eta.p90(), eta.basis(), risk.level().name(), risk.reasons(), risk.firstDetectedAt(),
                        risk.leadTime() == null ? null : risk.leadTime().toHours(), promise, now));
            }
        }
        if (!updated.isEmpty()) {
            predictions.save(updated);
        }
    }

    private static ShipmentPrediction done(Order order, Shipment shipment, Instant now) {
        return new ShipmentPrediction(shipment.getId().value(), order.getId().value(), order.orderNumber(), shipment.carrier().value(),
                shipment.carrierTrackingNumber().value(), shipment.status().name(), null, null, "journey over",
                DelayRisk.Level.NONE.name(), List.of(), null, null, order.promise().map(DeliveryPromise::latest).orElse(null), now);
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
        checkpoints.sort(java.util.Comparator.comparing(Checkpoint::at));
        return checkpoints;
    }

    static String region(String country, String city) {
        if (city == null) {
            return Lane.ANY;
        }
        return (country == null ? "" : country.toUpperCase(Locale.ROOT) + "-") + city.strip();
    }

    @Override
    public List<ShipmentPrediction> atRisk(String minimumLevel, int page, int size) {
        String level = minimumLevel == null ? "MEDIUM" : minimumLevel.toUpperCase(Locale.ROOT);
        try {
            DelayRisk.Level.valueOf(level);
        } catch (IllegalArgumentException e) {
            throw new io.waybill.domain.shared.InvalidValueException("level", "one of LOW, MEDIUM, HIGH (got " + minimumLevel + ")");
        }
        if (page < 0 || size < 1 || size > 500) {
            throw new io.waybill.domain.shared.InvalidValueException("size", "page from 0, size 1 to 500");
        }
        return predictions.atRisk(level, page * size, size);
    }

    @Override
    public Optional<ShipmentPrediction> prediction(UUID shipment) {
        return predictions.of(new ShipmentId(shipment));
    }

    @Override
    public List<ShipmentPrediction.RiskChange> history(UUID shipment) {
        return predictions.history(new ShipmentId(shipment));
    }

}
