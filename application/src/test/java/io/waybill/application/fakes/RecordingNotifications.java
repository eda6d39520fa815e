package io.waybill.application.fakes;

import io.waybill.application.port.out.Notifications;
import java.util.ArrayList;
import java.util.List;
import org.jmolecules.event.types.DomainEvent;

/** Notifications that only remember the domain events published, in order. Thread-safe. */
public class RecordingNotifications implements Notifications {

    private final List<DomainEvent> published = new ArrayList<>();
    private int calls;

    @Override
    public synchronized void publish(List<DomainEvent> events) {
        published.addAll(events);
        calls++;
    }

    /** Every event published, in order. */
    public synchronized List<DomainEvent> published() {
        return List.copyOf(published);
    }

    /** The events of one type, in order. */
    public synchronized <T extends DomainEvent> List<T> published(Class<T> type) {
        return published.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** How many times {@link #publish} was called. */
    public synchronized int calls() {
        return calls;
    }
}
