package io.waybill.application.port.out;

import java.util.List;
import org.jmolecules.event.types.DomainEvent;

/**
 * Told of the domain events of a committed change, after it is stored. Delivery does not depend on this hand-off: the
 * {@link Orders} store writes every event to the {@link NotificationOutbox} in the change's own transaction. This is
 * for counting and for waking the dispatcher early.
 */
public interface Notifications {

    void publish(List<DomainEvent> events);
}
