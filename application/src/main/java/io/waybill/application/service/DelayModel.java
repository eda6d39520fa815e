package io.waybill.application.service;

import io.waybill.application.port.out.LearnedStatistics;
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
import io.waybill.domain.order.Shipment;
import io.waybill.domain.order.ShipmentStatus;
import io.waybill.domain.order.TimelineItem;
import io.waybill.domain.tracking.Location;
import io.waybill.domain.tracking.Milestone;
import io.waybill.domain.tracking.SourceType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The learned transit statistics and the delay predictor over them, shared by the live watch, the replay and the
 * learning: the one per-shipment computation ({@link #predict}) and the one place that teaches the statistics
 * ({@link #learn}). Guarded by one lock, because the delay-watch thread learns while request threads replay. Constant
 * work per shipment: a few statistics lookups, nothing of the history re-read beyond the order already in memory.
 */
public class DelayModel {

    private final TransitStatistics statistics = new TransitStatistics();
    private final DelayPredictor predictor = new DelayPredictor(new EtaEstimator(statistics));
    private final Map<String, PickupSchedule> pickups;
    private final Object lock = new Object();

    /**
     * @param stored  what was learned before (the model survives restarts)
     * @param pickups each carrier's pickup schedule at the warehouse, by carrier code (the warehouse cut-off); a carrier
     *                without one has no cut-off rule
     */
    public DelayModel(LearnedStatistics stored, Map<String, PickupSchedule> pickups) {
        this.pickups = Map.copyOf(pickups);
        stored.loadInto(statistics);
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

    /** A settled delivery to learn from, with the end of the carrier's estimate if it had given one before delivery. */
    record Delivery(Order order, Shipment shipment, Optional<Instant> carrierEstimate) {
    }

    /** What learning changed: each touched cell once, and the calibrations as they are now. */
    record Lesson(List<TransitStatistics.Touched> cells, List<TransitStatistics.Calibration> calibrations) {
    }

    /**
     * The one per-shipment computation, live ({@code asOf} now) and replayed ({@code asOf} past, with {@code standing}
     * and {@code checkpoints} as they were then): a finished journey has nothing left to predict; otherwise the ETA from
     * the latest checkpoint and the delay risk, {@code previous} keeping the first-detected time of a risk that goes on.
     *
     * @param carrierEstimate the latest end of the carrier's own estimate as known at {@code asOf} (see
     *                        {@link #carrierEstimateAsOf}): what the ETA rests on while the lane has too few deliveries
     *                        at the shipment's time of the week
     * @param conditionBreach the reason of the shipment's condition breach open at {@code asOf} (port ConditionAlarms),
     *                        if it has one
     * @return empty when there is nothing to predict from yet (no checkpoint)
     */
    Optional<ShipmentPrediction> predict(Order order, Shipment shipment, Standing standing, List<Checkpoint> checkpoints,
            Optional<Instant> carrierEstimate, List<DelayRules.Disruption> known, Optional<String> conditionBreach, Instant asOf,
            DelayRisk previous) {
        return predict(order, shipment, standing, checkpoints, carrierEstimate, known, conditionBreach, asOf, previous, Optional.empty());
    }

    /** {@link #predict} with the ETA from the shipment's tracker near the destination, which then stands instead of the lane's. */
    Optional<ShipmentPrediction> predict(Order order, Shipment shipment, Standing standing, List<Checkpoint> checkpoints,
            Optional<Instant> carrierEstimate, List<DelayRules.Disruption> known, Optional<String> conditionBreach, Instant asOf,
            DelayRisk previous, Optional<Eta> approach) {
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
                pickups.get(shipment.carrier().value()), approach);
        DelayPredictor.Prediction prediction;
        synchronized (lock) {
            prediction = predictor.predict(subject, known, conditionBreach.map(DelayRules::conditionBreach).stream().toList(), previous,
                    asOf);
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

    /**
     * Teaches the model these deliveries' remaining times, in the order given (the caller's order is what makes the same
     * history teach the same, whatever order it arrived in).
     */
    Lesson learn(Collection<Delivery> deliveries) {
        // a cell many deliveries touched is stored once per batch
        Set<TransitStatistics.Touched> touched = new LinkedHashSet<>();
        synchronized (lock) {
            for (Delivery delivery : deliveries) {
                Order order = delivery.order();
                Shipment shipment = delivery.shipment();
                String destination = region(order.address().countryCode(), order.address().city());
                touched.addAll(statistics.learn(shipment.carrier().value(), shipment.service().code(), destination,
                        checkpoints(order, shipment), shipment.deliveredAt(), delivery.carrierEstimate()));
            }
            return new Lesson(List.copyOf(touched), statistics.calibrations());
        }
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

    /**
     * The carrier's estimate as known at {@code asOf}: the latest end of its window, if it had been reported by then. Only
     * the latest report per shipment is stored, so replaying an instant before that report finds no carrier estimate at
     * all, even when an earlier report had given one then.
     */
    static Optional<Instant> carrierEstimateAsOf(CarrierEstimate estimate, Instant asOf) {
        return Optional.ofNullable(estimate).filter(e -> !e.reportedAt().isAfter(asOf)).map(CarrierEstimate::latest);
    }
}
