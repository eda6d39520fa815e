package io.waybill.adapters.rest.fakes;

import io.waybill.application.port.in.WatchDelays;
import io.waybill.application.shared.AtRiskSearch;
import io.waybill.application.shared.ShipmentPrediction;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.shared.InvalidValueException;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Predictions and risk histories a test puts in place. The at-risk list is every stored prediction in insertion
 * order, paged as asked; the query is kept so a test can check how the resource read the query string.
 */
@Singleton
public class InMemoryDelayWatch implements WatchDelays {

    private final Map<UUID, ShipmentPrediction> predictions = new ConcurrentHashMap<>();
    private final Map<UUID, List<ShipmentPrediction.RiskChange>> histories = new ConcurrentHashMap<>();
    private final List<ShipmentPrediction> atRisk = new CopyOnWriteArrayList<>();
    private final Clock clock;
    private volatile AtRiskSearch.Query lastQuery;

    InMemoryDelayWatch(Clock clock) {
        this.clock = clock;
    }

    public void reset() {
        predictions.clear();
        histories.clear();
        atRisk.clear();
        lastQuery = null;
    }

    public void add(ShipmentPrediction prediction, List<ShipmentPrediction.RiskChange> history) {
        predictions.put(prediction.shipmentId(), prediction);
        histories.put(prediction.shipmentId(), List.copyOf(history));
        atRisk.add(prediction);
    }

    public AtRiskSearch.Query lastQuery() {
        return lastQuery;
    }

    @Override
    public AtRiskSearch.Page atRisk(AtRiskSearch.Query query) {
        lastQuery = query;
        List<ShipmentPrediction> page = atRisk.stream().skip(query.offset()).limit(query.size()).toList();
        return new AtRiskSearch.Page(page, query.page(), query.size(), atRisk.size());
    }

    @Override
    public Optional<ShipmentPrediction> prediction(ShipmentId shipment) {
        return Optional.ofNullable(predictions.get(shipment.value()));
    }

    /** As the real one: refuses a future instant; the stored prediction stands in for the recomputed one. */
    @Override
    public Optional<ShipmentPrediction> predictionAsOf(ShipmentId shipment, Instant asOf) {
        if (asOf.isAfter(clock.instant())) {
            throw new InvalidValueException("asOf", "is in the future (" + asOf + ")");
        }
        return prediction(shipment);
    }

    @Override
    public List<ShipmentPrediction.RiskChange> history(ShipmentId shipment) {
        return histories.getOrDefault(shipment.value(), List.of());
    }
}
