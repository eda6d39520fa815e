package io.waybill.bootstrap.wiring;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.waybill.application.port.in.DispatchNotifications;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Runs the outbox relay and the dispatcher on one background thread: relay everything waiting, send what is due,
 * then sleep for {@code waybill.notifications.tick} or until a committed change wakes it ({@link #wake()}). Every
 * instance runs one; they share the work through the database. Off with {@code waybill.notifications.enabled=false}.
 */
@ApplicationScoped
public class NotificationWorker {

    private static final Logger LOG = Logger.getLogger(NotificationWorker.class);

    private final DispatchNotifications notifications;
    private final boolean enabled;
    private final Duration tick;
    private final Semaphore wakeUp = new Semaphore(0);
    private volatile Thread worker;

    NotificationWorker(DispatchNotifications notifications,
            @ConfigProperty(name = "waybill.notifications.enabled", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "waybill.notifications.tick", defaultValue = "PT1S") Duration tick) {
        this.notifications = notifications;
        this.enabled = enabled;
        this.tick = tick;
    }

    void start(@Observes StartupEvent event) {
        if (!enabled) {
            LOG.info("notification worker off (waybill.notifications.enabled=false)");
            return;
        }
        worker = Thread.ofPlatform().name("notification-worker").daemon().start(this::run);
    }

    void stop(@Observes ShutdownEvent event) {
        Thread running = worker;
        worker = null;
        if (running != null) {
            running.interrupt();
        }
    }

    /** Something was committed: look at the outbox now rather than at the next tick. */
    public void wake() {
        if (wakeUp.availablePermits() == 0) {
            wakeUp.release();
        }
    }

    private void run() {
        while (worker != null) {
            try {
                int relayed = notifications.relay();
                int sent = notifications.dispatch();
                if (relayed > 0 || sent > 0) {
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
