package io.waybill.adapters.warehouse.simulated;

import io.waybill.application.port.in.EventOutcome;
import io.waybill.application.port.in.RecordWarehouseEvents;
import io.waybill.domain.tracking.Milestone;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records what the warehouse reports and answers every event with one fixed result. */
final class RecordingWarehouseEvents implements RecordWarehouseEvents {

    private final List<Event> recorded = new CopyOnWriteArrayList<>();
    private final EventOutcome.Result answer;

    RecordingWarehouseEvents() {
        this(EventOutcome.Result.ACCEPTED);
    }

    RecordingWarehouseEvents(EventOutcome.Result answer) {
        this.answer = answer;
    }

    @Override
    public List<EventOutcome> record(List<Event> events) {
        recorded.addAll(events);
        List<EventOutcome> outcomes = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            outcomes.add(answer == EventOutcome.Result.REJECTED
                    ? EventOutcome.rejected(i, "rejected by the test")
                    : new EventOutcome(i, answer, null, events.get(i).order()));
        }
        return outcomes;
    }

    List<Event> events() {
        return List.copyOf(recorded);
    }

    List<Milestone> milestones() {
        return recorded.stream().map(e -> e.event().milestone()).toList();
    }

    List<Event> of(Milestone milestone) {
        return recorded.stream().filter(e -> e.event().milestone() == milestone).toList();
    }
}
