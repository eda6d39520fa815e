package io.waybill.bootstrap.wiring;

import io.waybill.domain.order.OrderEvents.OrderCancelled;
import io.micrometer.core.instrument.MeterRegistry;
import io.waybill.application.port.out.Notifications;
import java.util.List;
import org.jboss.logging.Logger;
import org.jmolecules.event.types.DomainEvent;

/**
 * The after-commit hand-off of domain events. Delivery itself goes through the transactional outbox (the orders store
 * writes every event with the change that raised it; {@link NotificationWorker} relays and sends); here each event is
 * only counted (metric {@code waybill.domain.events}, tagged by type), logged at DEBUG, and the worker is woken so
 * customers hear of a change within moments rather than at the next tick.
 */
final class DomainEventLog implements Notifications {

    private static final Logger LOG = Logger.getLogger(DomainEventLog.class);
    private final MeterRegistry registry;
    private final Runnable wake;

    DomainEventLog(MeterRegistry registry, Runnable wake) {
        this.registry = registry;
        this.wake = wake;
    }

    @Override
    public void publish(List<DomainEvent> events) {
        for (DomainEvent event : events) {
            registry.counter("waybill.domain.events", "type", event.getClass().getSimpleName()).increment();
            // a cancellation's reason is free text an operator typed (it may name the customer): left out of the log
            LOG.debugf("domain event %s", event instanceof OrderCancelled c ? "OrderCancelled[order=" + c.order() + ", at=" + c.at() + "]"
                    : event);
        }
        if (!events.isEmpty()) {
            wake.run();
        }
    }
}
