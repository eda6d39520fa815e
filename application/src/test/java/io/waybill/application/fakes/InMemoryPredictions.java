package io.waybill.application.fakes;

import io.waybill.application.port.out.Orders;
import io.waybill.application.port.out.Predictions;
import io.waybill.application.shared.AtRiskSearch;
import io.waybill.application.shared.CarrierEstimate;
import io.waybill.application.shared.ShipmentPrediction;
import io.waybill.domain.eta.DelayRisk;
import io.waybill.domain.eta.TransitStatistics;
import io.waybill.domain.order.OrderId;
import io.waybill.domain.order.Shipment;
import io.waybill.domain.order.ShipmentId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Predictions in memory, for tests: like the PostgreSQL store, saving a prediction whose risk level differs from the
 * stored one (NONE when there is none) adds to the shipment's risk history, at the prediction's {@code asOf}; a carrier
 * estimate replaces the stored one only when reported later. Learned cells are kept as the last list saved. Carrier
 * estimates are matched to shipments through the orders given (none without). Thread-safe.
 */
public class InMemoryPredictions implements Predictions {

    private final Orders orders;
    private final Map<Map.Entry<String, String>, CarrierEstimate> estimates = new HashMap<>();
    private final Map<Map.Entry<String, String>, CarrierEstimate> firstEstimates = new HashMap<>();

    private final Map<UUID, ShipmentPrediction> current = new LinkedHashMap<>();
    private final Map<UUID, List<ShipmentPrediction.RiskChange>> history = new HashMap<>();
    private final List<TransitStatistics.Touched> cells = new ArrayList<>();
    private final List<TransitStatistics.Calibration> calibrations = new ArrayList<>();

    /** A store whose carrier estimates match no shipment (for tests that give none). */
    public InMemoryPredictions() {
        this(null);
    }

    /** @param orders where the shipments whose carrier estimates are asked for are found */
    public InMemoryPredictions(Orders orders) {
        this.orders = orders;
    }

    @Override
    public synchronized void loadStatistics(TransitStatistics into) {
        cells.forEach(t -> into.restore(t.lane(), t.stage(), t.slot(), t.cell()));
        calibrations.forEach(into::restore);
    }

    @Override
    public synchronized void saveCells(List<TransitStatistics.Touched> touched, List<TransitStatistics.Calibration> calibrated) {
        cells.addAll(touched);
        calibrations.addAll(calibrated);
    }

    @Override
    public synchronized Optional<ShipmentPrediction> of(ShipmentId shipment) {
        return Optional.ofNullable(current.get(shipment.value()));
    }

    @Override
    public synchronized Map<UUID, ShipmentPrediction> of(Collection<ShipmentId> shipments) {
        Map<UUID, ShipmentPrediction> found = new HashMap<>();
        shipments.forEach(s -> Optional.ofNullable(current.get(s.value())).ifPresent(p -> found.put(s.value(), p)));
        return found;
    }

    @Override
    public synchronized void save(List<ShipmentPrediction> predictions) {
        for (ShipmentPrediction p : predictions) {
            ShipmentPrediction was = current.put(p.shipmentId(), p);
            if (!(was == null ? "NONE" : was.riskLevel()).equals(p.riskLevel())) {
                history.computeIfAbsent(p.shipmentId(), k -> new ArrayList<>())
                        .add(new ShipmentPrediction.RiskChange(p.asOf(), p.riskLevel(), p.reasons()));
            }
        }
    }

    @Override
    public synchronized AtRiskSearch.Page atRisk(AtRiskSearch.Query query) {
        Comparator<Instant> instants = Comparator.nullsLast(Comparator.naturalOrder());
        Comparator<ShipmentPrediction> order = switch (query.sort()) {
            case LEAD_TIME -> Comparator.comparing(ShipmentPrediction::leadTimeHours, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(ShipmentPrediction::firstDetectedAt, instants);
            case LEAD_TIME_DESCENDING -> Comparator.comparing(ShipmentPrediction::leadTimeHours,
                    Comparator.nullsLast(Comparator.<Long>reverseOrder())).thenComparing(ShipmentPrediction::firstDetectedAt, instants);
            case PROMISE -> Comparator.comparing(ShipmentPrediction::promisedLatest, instants);
            case FIRST_DETECTED -> Comparator.comparing(ShipmentPrediction::firstDetectedAt, instants);
            case FIRST_DETECTED_DESCENDING -> Comparator.comparing(ShipmentPrediction::firstDetectedAt,
                    Comparator.nullsLast(Comparator.<Instant>reverseOrder()));
            case ETA -> Comparator.comparing(ShipmentPrediction::p50, instants);
        };
        List<ShipmentPrediction> matching = current.values().stream()
                .filter(p -> DelayRisk.Level.valueOf(p.riskLevel()).compareTo(query.minimumLevel()) >= 0)
                .filter(p -> query.carrier() == null || query.carrier().value().equals(p.carrier()))
                .filter(p -> query.service() == null || query.service().code().equals(p.service()))
                .filter(p -> query.status() == null || query.status().name().equals(p.status()))
                .filter(p -> query.promisedBefore() == null || (p.promisedLatest() != null && p.promisedLatest().isBefore(query.promisedBefore())))
                .sorted(order.thenComparing(ShipmentPrediction::shipmentId))
                .toList();
        return new AtRiskSearch.Page(matching.stream().skip(query.offset()).limit(query.size()).toList(), query.page(), query.size(),
                matching.size());
    }

    @Override
    public synchronized List<ShipmentPrediction.RiskChange> history(ShipmentId shipment) {
        return List.copyOf(history.getOrDefault(shipment.value(), List.of()));
    }

    @Override
    public synchronized void saveCarrierEstimates(List<CarrierEstimate> reported) {
        for (CarrierEstimate estimate : reported) {
            estimates.merge(Map.entry(estimate.carrier().value(), estimate.number().value()), estimate,
                    (stored, next) -> next.newerThan(stored) ? next : stored);
            firstEstimates.merge(Map.entry(estimate.carrier().value(), estimate.number().value()),
                    new CarrierEstimate(estimate.carrier(), estimate.number(), null, estimate.latest(), estimate.reportedAt()),
                    (stored, next) -> stored.newerThan(next) ? next : stored);
        }
    }

    @Override
    public synchronized int forgetCarrierEstimates(Instant reportedBefore, int limit) {
        List<Map.Entry<String, String>> old = estimates.entrySet().stream()
                .filter(e -> e.getValue().reportedAt().isBefore(reportedBefore)).map(Map.Entry::getKey).limit(limit).toList();
        old.forEach(key -> {
            estimates.remove(key);
            firstEstimates.remove(key);
        });
        return old.size();
    }

    @Override
    public synchronized Map<UUID, CarrierEstimate> carrierEstimates(Collection<ShipmentId> shipments) {
        return estimates(estimates, shipments);
    }

    @Override
    public synchronized Map<UUID, CarrierEstimate> firstCarrierEstimates(Collection<ShipmentId> shipments) {
        return estimates(firstEstimates, shipments);
    }

    private Map<UUID, CarrierEstimate> estimates(Map<Map.Entry<String, String>, CarrierEstimate> estimates,
            Collection<ShipmentId> shipments) {
        Map<UUID, CarrierEstimate> found = new HashMap<>();
        if (orders == null) {
            return found;
        }
        for (ShipmentId id : shipments) {
            Optional<Shipment> shipment = orders.byShipment(id).flatMap(o -> o.shipment(id));
            shipment.map(s -> estimates.get(Map.entry(s.carrier().value(), s.carrierTrackingNumber().value())))
                    .ifPresent(e -> found.put(id.value(), e));
        }
        return found;
    }

    @Override
    public synchronized List<OrderId> staleOrders(Instant before, int limit) {
        Map<UUID, Instant> oldest = new LinkedHashMap<>();
        current.values().stream().filter(p -> p.asOf().isBefore(before))
                .filter(p -> !"DELIVERED".equals(p.status()) && !"RETURNED_TO_SENDER".equals(p.status()))
                .forEach(p -> oldest.merge(p.orderId(), p.asOf(), (a, b) -> a.isBefore(b) ? a : b));
        return oldest.entrySet().stream().sorted(Map.Entry.comparingByValue()).limit(limit).map(Map.Entry::getKey)
                .map(OrderId::new).toList();
    }

    /** Every cell learning changed, in the order saved (for assertions). */
    private final Map<UUID, DeliveryToLearn> toLearn = new LinkedHashMap<>();
    private final java.util.Set<UUID> claimed = new java.util.HashSet<>();

    @Override
    public synchronized void queueLearning(List<DeliveryToLearn> deliveries, Instant at) {
        deliveries.forEach(d -> toLearn.putIfAbsent(d.shipment().value(), d));
    }

    @Override
    public synchronized List<DeliveryToLearn> claimDeliveriesToLearn(Instant deliveredBefore, int limit, Instant at) {
        List<DeliveryToLearn> due = toLearn.values().stream().filter(d -> !claimed.contains(d.shipment().value()))
                .filter(d -> d.deliveredAt().isBefore(deliveredBefore))
                .sorted(java.util.Comparator.comparing(DeliveryToLearn::deliveredAt).thenComparing(d -> d.shipment().value()))
                .limit(limit).toList();
        due.forEach(d -> claimed.add(d.shipment().value()));
        return due;
    }

    public synchronized List<TransitStatistics.Touched> learned() {
        return List.copyOf(cells);
    }

    /** Every stored prediction, by shipment id (for assertions). */
    public synchronized Map<UUID, ShipmentPrediction> all() {
        return Map.copyOf(current);
    }
}
