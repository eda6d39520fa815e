package io.waybill.adapters.persistence.changes;

import io.quarkus.runtime.ShutdownEvent;
import io.waybill.application.port.out.ExceptionChanges;
import io.waybill.application.port.out.OrderChanges;
import io.waybill.domain.order.OrderId;
import io.waybill.domain.tenant.TenantId;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Order changes from PostgreSQL's channel {@code waybill_order_changed} (migration V19 announces them by trigger, at
 * commit, with the order's id), and changes of a tenant's exceptions items from {@code waybill_exceptions_changed}
 * (V25, with the tenant's id). One connection per instance listens to both, started by the first watcher; each watcher
 * is told on a virtual thread of its own, so a slow one delays no other. After the connection is lost and found again
 * every watcher is told once, since changes in between were not heard.
 */
@ApplicationScoped
public class PgOrderChanges implements OrderChanges, ExceptionChanges {

    static final String CHANNEL = "waybill_order_changed";
    static final String EXCEPTIONS_CHANNEL = "waybill_exceptions_changed";
    private static final Logger LOG = Logger.getLogger(PgOrderChanges.class);
    private static final int POLL_MILLIS = 500;

    private final DataSource dataSource;
    private final Map<UUID, Set<Runnable>> watchers = new ConcurrentHashMap<>();
    private final Map<String, Set<Runnable>> queueWatchers = new ConcurrentHashMap<>();
    private final ExecutorService signals = Executors.newVirtualThreadPerTaskExecutor();
    private Thread listener;
    private volatile boolean stopped;

    PgOrderChanges(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Watch watch(OrderId order, Runnable changed) {
        startListening();
        watchers.computeIfAbsent(order.value(), id -> ConcurrentHashMap.newKeySet()).add(changed);
        return () -> watchers.computeIfPresent(order.value(), (id, set) -> {
            set.remove(changed);
            return set.isEmpty() ? null : set;
        });
    }

    @Override
    public Watch watch(TenantId tenant, Runnable changed) {
        startListening();
        queueWatchers.computeIfAbsent(tenant.value(), id -> ConcurrentHashMap.newKeySet()).add(changed);
        return () -> queueWatchers.computeIfPresent(tenant.value(), (id, set) -> {
            set.remove(changed);
            return set.isEmpty() ? null : set;
        });
    }

    /** How many orders are watched now (for tests and metrics). */
    public int watchedOrders() {
        return watchers.size();
    }

    private synchronized void startListening() {
        if (listener == null && !stopped) {
            listener = Thread.ofPlatform().daemon().name("waybill-order-changes").start(this::listen);
        }
    }

    private void listen() {
        boolean reconnecting = false;
        while (!stopped) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + CHANNEL);
                statement.execute("LISTEN " + EXCEPTIONS_CHANNEL);
                PGConnection pg = connection.unwrap(PGConnection.class);
                if (reconnecting) {
                    watchers.keySet().forEach(order -> tell(watchers, order));
                    queueWatchers.keySet().forEach(tenant -> tell(queueWatchers, tenant));
                }
                while (!stopped) {
                    PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
                    if (notifications != null) {
                        for (PGNotification n : notifications) {
                            if (n.getName().equals(EXCEPTIONS_CHANNEL)) {
                                tell(queueWatchers, n.getParameter());
                            } else {
                                tell(watchers, UUID.fromString(n.getParameter()));
                            }
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (stopped) {
                    return;
                }
                LOG.warnf("listening for order changes failed (%s); trying again in a second", e.getClass().getSimpleName());
                reconnecting = true;
                pause();
            }
        }
    }

    private <K> void tell(Map<K, Set<Runnable>> byKey, K key) {
        Set<Runnable> set = byKey.get(key);
        if (set != null) {
            for (Runnable changed : set) {
                signals.execute(changed);
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Before the data source closes at shutdown: the listener hands its connection back (within one poll) so that the
     * pool's closing is not reported as a lost connection.
     */
    void onShutdown(@Observes ShutdownEvent event) throws InterruptedException {
        stop();
        Thread running;
        synchronized (this) {
            running = listener;
        }
        if (running != null) {
            running.join(POLL_MILLIS * 4L);
        }
    }

    @PreDestroy
    void stop() {
        stopped = true;
        signals.shutdownNow();
    }
}
