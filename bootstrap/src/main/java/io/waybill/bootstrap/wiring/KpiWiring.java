package io.waybill.bootstrap.wiring;

import io.quarkus.scheduler.Scheduled;
import io.waybill.application.port.in.ReadKpis;
import io.waybill.application.port.in.RefreshKpis;
import io.waybill.application.port.out.KpiRollups;
import io.waybill.application.service.KpiService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * KPIs: the service over the stored daily sums, and the refresh that keeps them up to date (every
 * {@code waybill.kpis.refresh.every}, 30 s by default; off with {@code waybill.kpis.refresh.enabled=false}). The days
 * are cut in {@code waybill.kpis.zone} (UTC by default); changing it re-cuts every stored day at the next refresh.
 */
@ApplicationScoped
public class KpiWiring {

    private static final Logger LOG = Logger.getLogger(KpiWiring.class);

    @Produces
    @Singleton
    @Typed(KpiService.class)
    KpiService kpis(KpiRollups rollups, Clock clock, @ConfigProperty(name = "waybill.kpis.zone", defaultValue = "UTC") String zone) {
        ZoneId id;
        try {
            id = ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("waybill.kpis.zone must be a time zone like UTC or Europe/Berlin, not '" + zone
                    + "'", e);
        }
        return new KpiService(rollups, id, clock);
    }

    @Produces
    ReadKpis readKpis(KpiService service) {
        return service;
    }

    @Produces
    RefreshKpis refreshKpis(KpiService service) {
        return service;
    }

    /** The scheduled refresh; a failed run is logged and the next one takes up where it stopped. */
    @ApplicationScoped
    static class Refresh {

        private final RefreshKpis kpis;
        private final boolean enabled;

        Refresh(RefreshKpis kpis, @ConfigProperty(name = "waybill.kpis.refresh.enabled", defaultValue = "true") boolean enabled) {
            this.kpis = kpis;
            this.enabled = enabled;
        }

        @Scheduled(every = "${waybill.kpis.refresh.every:30s}", delayed = "5s",
                concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
        void refresh() {
            if (!enabled) {
                return;
            }
            try {
                int orders = kpis.refresh();
                if (orders > 0) {
                    LOG.debugf("KPIs: %d changed orders recomputed", orders);
                }
            } catch (RuntimeException e) {
                LOG.warnf(e, "KPIs: the refresh failed; the next one takes up where it stopped");
            }
        }
    }
}
