package io.waybill.bootstrap.wiring;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.waybill.application.port.in.DispatchNotifications;
import io.waybill.application.port.in.RelayNotifications;
import io.waybill.application.shared.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Runs the outbox relay and the dispatcher, each on its own background thread so that planning the next deliveries
 * overlaps sending the current ones: each works while there is work, then sleeps for
 * {@code waybill.notifications.tick} or until a committed change wakes it ({@link #wake()}). Every instance runs
 * both; they share the work through the database. Off with {@code waybill.notifications.enabled=false}.
 */
@ApplicationScoped
public class NotificationWorker {

    private static final Logger LOG = Logger.getLogger(NotificationWorker.class);

    private final RelayNotifications relayNotifications;
    private final DispatchNotifications dispatchNotifications;
    private final boolean enabled;
    private final Duration tick;
    private final Semaphore relayWakeUp = new Semaphore(0);
    private final Semaphore dispatchWakeUp = new Semaphore(0);
    private volatile Thread relay;
    private volatile Thread dispatcher;
    private volatile boolean running;

    NotificationWorker(RelayNotifications relayNotifications, DispatchNotifications dispatchNotifications,
            @ConfigProperty(name = "waybill.notifications.enabled", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "waybill.notifications.tick", defaultValue = "PT1S") Duration tick) {
        this.relayNotifications = relayNotifications;
        this.dispatchNotifications = dispatchNotifications;
        this.enabled = enabled;
        this.tick = tick;
    }

    void start(@Observes StartupEvent event) {
        if (!enabled) {
            LOG.info("notification worker off (waybill.notifications.enabled=false)");
            return;
        }
        running = true;
        relay = Thread.ofPlatform().name("notification-relay").daemon()
                .start(() -> loop(() -> TenantScope.platform(relayNotifications::relay), relayWakeUp, dispatchWakeUp));
        dispatcher = Thread.ofPlatform().name("notification-dispatcher").daemon()
                .start(() -> loop(() -> TenantScope.platform(dispatchNotifications::dispatch), dispatchWakeUp, null));
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        for (Thread thread : new Thread[] {relay, dispatcher}) {
            if (thread != null) {
                thread.interrupt();
            }
        }
    }

    /** Something was committed: look at the outbox now rather than at the next tick. */
    public void wake() {
        if (relayWakeUp.availablePermits() == 0) {
            relayWakeUp.release();
        }
    }

    /** Does {@code step} while it finds work (waking {@code next} after each productive round), else waits. */
    private void loop(IntSupplier step, Semaphore wakeUp, Semaphore next) {
        while (running) {
            try {
                int done = step.getAsInt();
                if (done > 0) {
                    if (next != null && next.availablePermits() == 0) {
                        next.release();
                    }
                    continue; // more may be waiting: no pause while there is work
                }
                wakeUp.tryAcquire(tick.toMillis(), TimeUnit.MILLISECONDS);
                wakeUp.drainPermits();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warn("notification round failed; retrying after a pause", e);
                try {
                    Thread.sleep(tick.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
