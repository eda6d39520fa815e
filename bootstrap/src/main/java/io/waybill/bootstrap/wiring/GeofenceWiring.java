package io.waybill.bootstrap.wiring;

import io.quarkus.scheduler.Scheduled;
import io.waybill.application.port.in.DeriveMilestones;
import io.waybill.application.port.in.ManageGeofences;
import io.waybill.application.port.in.RecordTrackingEvents;
import io.waybill.application.port.out.DeviceReadings;
import io.waybill.application.port.out.Devices;
import io.waybill.application.port.out.Geofences;
import io.waybill.application.port.out.Orders;
import io.waybill.application.service.GeofenceService;
import io.waybill.application.service.MilestoneSweep;
import io.waybill.application.service.RecentPositions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.jboss.logging.Logger;

/**
 * Geofences and the milestone sweep: the readings path notes in memory which devices reported positions
 * ({@link RecentPositions}), and every {@code waybill.geofences.sweep-interval} (default 30 s) the sweep turns their
 * fence crossings into derived steps, apart from ingestion.
 */
@ApplicationScoped
public class GeofenceWiring {

    @Produces
    @Singleton
    RecentPositions recentPositions() {
        return new RecentPositions();
    }

    @Produces
    @Singleton
    ManageGeofences manageGeofences(Geofences geofences) {
        return new GeofenceService(geofences);
    }

    @Produces
    @Singleton
    DeriveMilestones deriveMilestones(RecentPositions recent, Geofences geofences, Devices devices, DeviceReadings readings,
            Orders orders, Instance<RecordTrackingEvents> events, Clock clock) {
        RecordTrackingEvents lazy = batch -> events.get().recordTracking(batch);
        return new MilestoneSweep(recent, geofences, devices, readings, orders, lazy, clock);
    }

    /** Runs the sweep; a failed look gives its devices back for the next one. */
    @ApplicationScoped
    static class MilestoneTimer {

        private static final Logger LOG = Logger.getLogger(MilestoneTimer.class);

        private final DeriveMilestones sweep;

        MilestoneTimer(DeriveMilestones sweep) {
            this.sweep = sweep;
        }

        @Scheduled(every = "${waybill.geofences.sweep-interval:30s}", delayed = "10s",
                concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
        void look() {
            try {
                int steps = sweep.derive();
                if (steps > 0) {
                    LOG.debugf("derived %d steps from geofence crossings", steps);
                }
            } catch (RuntimeException e) {
                LOG.warnf("the milestone sweep failed, looked at again next time: %s", e.toString());
            }
        }
    }
}
