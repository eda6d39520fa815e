package io.waybill.adapters.persistence.changes;

import static io.waybill.application.fakes.OrderTestData.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.waybill.adapters.persistence.orders.JpaOrders;
import io.waybill.adapters.persistence.testing.PostgresTestResource;
import io.waybill.application.fakes.InDefaultTenant;
import io.waybill.application.port.out.OrderChanges.Watch;
import io.waybill.domain.order.Order;
import io.waybill.domain.tenant.TenantId;
import io.waybill.domain.tracking.TrackingId;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import javax.sql.DataSource;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Changes announced by PostgreSQL at commit reach the watchers of that order, and only them, until they stop watching. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class PgOrderChangesTest implements InDefaultTenant {

    @Inject
    JpaOrders orders;
    @Inject
    PgOrderChanges changes;
    @Inject
    DataSource dataSource;

    @Test
    void aCommittedChangeReachesTheOrdersWatchersOnlyAndStopsWhenTheyClose() throws Exception {
        Order watched = anOrder().placed();
        Order other = anOrder().placed();
        orders.save(List.of(watched, other));
        LinkedBlockingQueue<String> heard = new LinkedBlockingQueue<>();
        Watch following = changes.watch(watched.getId(), () -> heard.add("watched"));
        try (Watch second = changes.watch(other.getId(), () -> heard.add("other"))) {
            awaitListening(watched);
            // the saves above were announced before the probe, but each watcher is told on a thread of its own: a
            // listener already running (another test started it) may tell of them just after the probe
            Thread.sleep(300);
            heard.clear();

            Order confirmed = orders.byId(watched.getId()).orElseThrow();
            confirmed.confirm(TrackingId.generate(), Instant.now());
            orders.save(List.of(confirmed));

            assertThat(heard.poll(10, TimeUnit.SECONDS)).isEqualTo("watched");
            Thread.sleep(300); // a late echo of the probe's announcements may still come: only the other order must stay silent
            assertThat(heard).as("the other order did not change").doesNotContain("other");
        }
        following.close();
        assertThat(changes.watchedOrders()).isZero();
        heard.clear();

        Order again = orders.byId(watched.getId()).orElseThrow();
        again.cancel("customer asked", Instant.now());
        orders.save(List.of(again));
        assertThat(heard.poll(1, TimeUnit.SECONDS)).as("nobody watches any more").isNull();
    }

    @Test
    void aTenantsQueueWatchersHearOnlyThatTenantsExceptionChanges() throws Exception {
        Order probe = anOrder().placed();
        orders.save(List.of(probe));
        awaitListening(probe);
        LinkedBlockingQueue<String> heard = new LinkedBlockingQueue<>();
        try (Watch mine = changes.watch(new TenantId("default"), () -> heard.add("default"));
                Watch theirs = changes.watch(new TenantId("other-shipper"), () -> heard.add("other"));
                Connection c = dataSource.getConnection();
                PreparedStatement notify = c.prepareStatement("select pg_notify(?, ?)")) {
            notify.setString(1, PgOrderChanges.EXCEPTIONS_CHANNEL);
            notify.setString(2, "default");
            notify.execute();
            assertThat(heard.poll(10, TimeUnit.SECONDS)).isEqualTo("default");
            Thread.sleep(300);
            assertThat(heard).as("the other tenant's queue did not change").isEmpty();
        }
    }

    /** The listener starts with the first watcher: announce the order by hand until the announcement is heard. */
    private void awaitListening(Order order) throws Exception {
        LinkedBlockingQueue<Boolean> ready = new LinkedBlockingQueue<>();
        boolean heard = false;
        try (Watch probe = changes.watch(order.getId(), () -> ready.add(true));
                Connection c = dataSource.getConnection();
                PreparedStatement notify = c.prepareStatement("select pg_notify(?, ?)")) {
            for (int i = 0; i < 50 && !heard; i++) {
                notify.setString(1, PgOrderChanges.CHANNEL);
                notify.setString(2, order.getId().value().toString());
                notify.execute();
                heard = ready.poll(200, TimeUnit.MILLISECONDS) != null;
            }
        }
        assertThat(heard).as("the listener heard an announcement within 10 s").isTrue();
    }
}
