package io.waybill.adapters.carriers.simulated;

import io.waybill.application.port.in.EventOutcome;
import io.waybill.application.port.in.RecordTrackingEvents;
import io.waybill.domain.tracking.Milestone;
import io.waybill.domain.tracking.TrackingEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records what the carrier reports and answers every event with one fixed result. */
final class RecordingTrackingEvents implements RecordTrackingEvents {

    private final List<Event> recorded = new CopyOnWriteArrayList<>();
    private final EventOutcome.Result answer;

    RecordingTrackingEvents() {
        this(EventOutcome.Result.ACCEPTED);
    }

    RecordingTrackingEvents(EventOutcome.Result answer) {
        this.answer = answer;
    }

    @Override
    public List<EventOutcome> recordTracking(List<Event> events) {
        recorded.addAll(events);
        List<EventOutcome> outcomes = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            outcomes.add(answer == EventOutcome.Result.REJECTED
                    ? EventOutcome.rejected(i, "rejected by the test")
                    : new EventOutcome(i, answer, null, null));
        }
        return outcomes;
    }

    List<Event> events() {
        return List.copyOf(recorded);
    }

    List<TrackingEvent> trackingEvents() {
        return recorded.stream().map(Event::event).toList();
    }

    boolean delivered() {
        return recorded.stream().anyMatch(e -> e.event().milestone() == Milestone.DELIVERED);
    }
}
