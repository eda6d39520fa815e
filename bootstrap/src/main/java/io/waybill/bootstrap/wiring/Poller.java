package io.waybill.bootstrap.wiring;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.waybill.application.port.in.PollCarriers;
import io.waybill.application.shared.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Runs the poller: one round after another, a {@code waybill.poller.tick} apart while nothing is due, back to back
 * while rounds come back full. Off with {@code waybill.poller.enabled=false} (another instance polls, or none of the
 * carriers must be asked). At start it schedules shipments whose hand-over to the schedule was lost in a crash.
 */
@ApplicationScoped
public class Poller {

    private static final Logger LOG = Logger.getLogger(Poller.class);

    private final PollCarriers poller;
    private final boolean enabled;
    private final Duration tick;
    private ScheduledExecutorService loop;

    Poller(PollCarriers poller, @ConfigProperty(name = "waybill.poller.enabled", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "waybill.poller.tick", defaultValue = "PT1S") Duration tick) {
        this.poller = poller;
        this.enabled = enabled;
        this.tick = tick;
    }

    void start(@Observes StartupEvent event) {
        if (!enabled) {
            LOG.info("carrier poller off (waybill.poller.enabled=false)");
            return;
        }
        loop = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "carrier-poller");
            thread.setDaemon(true);
            return thread;
        });
        loop.schedule(this::catchUp, tick.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (loop != null) {
            loop.shutdownNow();
        }
    }

    private void catchUp() {
        try {
            int added = TenantScope.platform(poller::catchUp); // shipments of every tenant
            if (added > 0) {
                LOG.infof("put %d shipments under way back on the polling schedule", added);
            }
        } catch (RuntimeException e) {
            LOG.warn("catching up the polling schedule failed; retrying with the next round", e);
        }
        round();
    }

    private void round() {
        long pause = tick.toMillis();
        try {
            PollCarriers.Round round = TenantScope.platform(poller::pollDue); // due polls of every tenant
            if (round.shipments() > 0) {
                LOG.debugf("poll round: %s", round);
                pause = 0;
            }
        } catch (RuntimeException e) {
            LOG.warn("poll round failed", e);
        }
        try {
            loop.schedule(this::round, pause, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopped) {
            LOG.debug("carrier poller stopped");
        }
    }
}
