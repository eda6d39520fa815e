package io.waybill.application.fakes;

import io.waybill.application.port.out.ShipmentPredictions;
import io.waybill.application.shared.AtRiskSearch;
import io.waybill.application.shared.ShipmentPrediction;
import io.waybill.domain.eta.DelayRisk;
import io.waybill.domain.order.OrderId;
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
 * Shipment predictions in memory, for tests: like the PostgreSQL store, saving a prediction whose risk level differs
 * from the stored one (NONE when there is none) adds to the shipment's risk history, at the prediction's {@code asOf}.
 * Thread-safe.
 */
public class InMemoryShipmentPredictions implements ShipmentPredictions {

    private final Map<UUID, ShipmentPrediction> current = new LinkedHashMap<>();
    private final Map<UUID, List<ShipmentPrediction.RiskChange>> history = new HashMap<>();

    @Override
    public synchronized Optional<ShipmentPrediction> of(ShipmentId shipment) {
        return Optional.ofNullable(current.get(shipment.value()));
    }

    @Override
    public synchronized Map<ShipmentId, ShipmentPrediction> of(Collection<ShipmentId> shipments) {
        Map<ShipmentId, ShipmentPrediction> found = new HashMap<>();
        shipments.forEach(s -> Optional.ofNullable(current.get(s.value())).ifPresent(p -> found.put(s, p)));
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
        List<ShipmentPrediction> matching = current.values().stream()
                .filter(p -> DelayRisk.Level.valueOf(p.riskLevel()).compareTo(query.minimumLevel()) >= 0)
                .filter(p -> query.carrier() == null || query.carrier().value().equals(p.carrier()))
                .filter(p -> query.service() == null || query.service().code().equals(p.service()))
                .filter(p -> query.status() == null || query.status().name().equals(p.status()))
                .filter(p -> query.promisedBefore() == null || (p.promisedLatest() != null && p.promisedLatest().isBefore(query.promisedBefore())))
                .sorted(order(query.sort()).thenComparing(ShipmentPrediction::shipmentId))
                .toList();
        return new AtRiskSearch.Page(matching.stream().skip(query.offset()).limit(query.size()).toList(), query.page(), query.size(),
                matching.size());
    }

    private static Comparator<ShipmentPrediction> order(AtRiskSearch.Sort sort) {
        Comparator<Instant> instants = Comparator.nullsLast(Comparator.naturalOrder());
        return switch (sort) {
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
    }

    @Override
    public synchronized List<ShipmentPrediction.RiskChange> history(ShipmentId shipment) {
        return List.copyOf(history.getOrDefault(shipment.value(), List.of()));
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

    /** Every stored prediction, by shipment (for assertions). */
    public synchronized Map<ShipmentId, ShipmentPrediction> all() {
        Map<ShipmentId, ShipmentPrediction> all = new HashMap<>();
        current.forEach((id, p) -> all.put(new ShipmentId(id), p));
        return all;
    }
}
