package io.waybill.bootstrap.wiring;

import io.micrometer.core.instrument.MeterRegistry;
import io.waybill.application.port.out.Notifications;
import java.util.List;
import org.jboss.logging.Logger;
import org.jmolecules.event.types.DomainEvent;

/**
 * The {@link Notifications} port until the notifications issue delivers e-mail, SMS and webhooks: every
 * domain event is counted (metric {@code waybill.domain.events}, tagged by type) and logged at DEBUG.
 * Nothing is sent to customers yet.
 */
final class DomainEventLog implements Notifications {

    private static final Logger LOG = Logger.getLogger(DomainEventLog.class);
    private final MeterRegistry registry;

    DomainEventLog(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void publish(List<DomainEvent> events) {
        for (DomainEvent event : events) {
            registry.counter("waybill.domain.events", "type", event.getClass().getSimpleName()).increment();
            LOG.debugf("domain event %s", event);
        }
    }
}
