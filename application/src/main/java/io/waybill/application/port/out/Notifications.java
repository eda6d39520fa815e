package io.waybill.application.port.out;

import java.util.List;
import org.jmolecules.event.types.DomainEvent;

/**
 * Where the domain events of a committed change go, for customer and integrator notifications. Called
 * after the change is stored. (The notifications issue replaces this hand-off with a transactional
 * outbox.)
 */
public interface Notifications {

    void publish(List<DomainEvent> events);
}
