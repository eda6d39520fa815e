package io.waybill.bootstrap.wiring;

import io.waybill.application.port.in.ReportDisruptions;
import io.waybill.application.port.out.AuditTrail;
import io.waybill.application.port.out.DisruptionSignals;
import io.waybill.application.port.out.ReportedDisruptions;
import io.waybill.application.service.DisruptionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * Disruptions: those reported through the API (kept in the {@link ReportedDisruptions}) and those of an outside source
 * (the simulated weather service with the demo); the delay watch sees both.
 */
@ApplicationScoped
public class DisruptionWiring {

    @Produces
    @Singleton
    @Typed(DisruptionService.class)
    DisruptionService disruptions(ReportedDisruptions store, @Named(DelayWatch.OUTSIDE_DISRUPTIONS) DisruptionSignals outside,
            Clock clock, AuditTrail audit) {
        return new DisruptionService(store, outside, clock, audit);
    }

    @Produces
    ReportDisruptions reportDisruptions(DisruptionService service) {
        return service;
    }
}
