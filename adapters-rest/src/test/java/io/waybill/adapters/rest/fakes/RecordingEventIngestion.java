package io.waybill.adapters.rest.fakes;

import io.waybill.application.port.in.EventOutcome;
import io.waybill.application.port.in.RecordTrackingEvents;
import io.waybill.application.port.in.RecordWarehouseEvents;
import io.waybill.domain.order.OrderId;
import io.waybill.domain.tracking.EventKey;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Keeps the commands the ingestion resource hands over, and answers like the application does for events it can
 * place: ACCEPTED the first time an event key is seen, DUPLICATE after that.
 */
@Singleton
public class RecordingEventIngestion implements RecordWarehouseEvents, RecordTrackingEvents {

    private final List<RecordWarehouseEvents.Event> warehouse = new ArrayList<>();
    private final List<RecordTrackingEvents.Event> tracking = new ArrayList<>();
    private final Set<EventKey> seen = new HashSet<>();

    public synchronized void reset() {
        warehouse.clear();
        tracking.clear();
        seen.clear();
    }

    public synchronized List<RecordWarehouseEvents.Event> warehouseEvents() {
        return List.copyOf(warehouse);
    }

    public synchronized List<RecordTrackingEvents.Event> trackingEvents() {
        return List.copyOf(tracking);
    }

    @Override
    public synchronized List<EventOutcome> record(List<RecordWarehouseEvents.Event> events) {
        warehouse.addAll(events);
        return outcomes(events, e -> e.event().key(), RecordWarehouseEvents.Event::order);
    }

    @Override
    public synchronized List<EventOutcome> recordTracking(List<RecordTrackingEvents.Event> events) {
        tracking.addAll(events);
        return outcomes(events, e -> e.event().key(), e -> null);
    }

    private <E> List<EventOutcome> outcomes(List<E> events, Function<E, EventKey> key,
            Function<E, OrderId> order) {
        List<EventOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            E event = events.get(i);
            EventOutcome.Result result = seen.add(key.apply(event)) ? EventOutcome.Result.ACCEPTED : EventOutcome.Result.DUPLICATE;
            outcomes.add(new EventOutcome(i, result, null, order.apply(event)));
        }
        return outcomes;
    }
}
