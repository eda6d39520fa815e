package io.waybill.application.fakes;

import io.waybill.application.port.out.CarrierEstimates;
import io.waybill.application.port.out.Orders;
import io.waybill.application.shared.CarrierEstimate;
import io.waybill.domain.order.Shipment;
import io.waybill.domain.order.ShipmentId;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Carrier estimates in memory, for tests: like the PostgreSQL store, an estimate replaces the stored one only when
 * reported later, and the earliest report is kept beside it. Estimates are matched to shipments through the orders given
 * (none without). Thread-safe.
 */
public class InMemoryCarrierEstimates implements CarrierEstimates {

    private final Orders orders;
    private final Map<Map.Entry<String, String>, CarrierEstimate> latest = new HashMap<>();
    private final Map<Map.Entry<String, String>, CarrierEstimate> first = new HashMap<>();

    /** A store whose estimates match no shipment (for tests that give none). */
    public InMemoryCarrierEstimates() {
        this(null);
    }

    /** @param orders where the shipments whose estimates are asked for are found */
    public InMemoryCarrierEstimates(Orders orders) {
        this.orders = orders;
    }

    @Override
    public synchronized void save(List<CarrierEstimate> reported) {
        for (CarrierEstimate estimate : reported) {
            latest.merge(Map.entry(estimate.carrier().value(), estimate.number().value()), estimate,
                    (stored, next) -> next.newerThan(stored) ? next : stored);
            first.merge(Map.entry(estimate.carrier().value(), estimate.number().value()),
                    new CarrierEstimate(estimate.carrier(), estimate.number(), null, estimate.latest(), estimate.reportedAt()),
                    (stored, next) -> stored.newerThan(next) ? next : stored);
        }
    }

    @Override
    public synchronized int forget(Instant reportedBefore, int limit) {
        List<Map.Entry<String, String>> old = latest.entrySet().stream()
                .filter(e -> e.getValue().reportedAt().isBefore(reportedBefore)).map(Map.Entry::getKey).limit(limit).toList();
        old.forEach(key -> {
            latest.remove(key);
            first.remove(key);
        });
        return old.size();
    }

    @Override
    public synchronized Map<ShipmentId, CarrierEstimate> latest(Collection<ShipmentId> shipments) {
        return matched(latest, shipments);
    }

    @Override
    public synchronized Map<ShipmentId, CarrierEstimate> first(Collection<ShipmentId> shipments) {
        return matched(first, shipments);
    }

    private Map<ShipmentId, CarrierEstimate> matched(Map<Map.Entry<String, String>, CarrierEstimate> estimates,
            Collection<ShipmentId> shipments) {
        Map<ShipmentId, CarrierEstimate> found = new HashMap<>();
        if (orders == null) {
            return found;
        }
        for (ShipmentId id : shipments) {
            Optional<Shipment> shipment = orders.byShipment(id).flatMap(o -> o.shipment(id));
            shipment.map(s -> estimates.get(Map.entry(s.carrier().value(), s.carrierTrackingNumber().value())))
                    .ifPresent(e -> found.put(id, e));
        }
        return found;
    }
}
