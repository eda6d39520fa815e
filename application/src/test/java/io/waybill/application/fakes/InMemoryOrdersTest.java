package io.waybill.application.fakes;

import static io.waybill.application.fakes.OrderTestData.T0;
import static io.waybill.application.fakes.OrderTestData.anOrder;
import static io.waybill.application.fakes.OrderTestData.uniqueEventId;
import static io.waybill.application.fakes.OrderTestData.warehouseEvent;
import static org.assertj.core.api.Assertions.assertThat;

import io.waybill.application.shared.ConcurrentUpdateException;
import io.waybill.application.port.out.Orders;
import io.waybill.application.port.out.OrdersContract;
import io.waybill.application.port.out.Shipments;
import io.waybill.domain.order.Order;
import io.waybill.domain.tracking.Milestone;
import io.waybill.domain.tracking.TrackingEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The fake passes the same contract as the real stores, plus checks of its own bookkeeping. */
class InMemoryOrdersTest extends OrdersContract {

    private InMemoryOrders store;

    @Override
    protected void startFromEmptyStore() {
        store = new InMemoryOrders();
    }

    @Override
    protected Orders orders() {
        return store;
    }

    @Override
    protected Shipments shipments() {
        return store;
    }

    @Test
    void versionStartsAtOneAndGrowsWithEveryChangingSave() {
        Order order = anOrder().confirmed();
        assertThat(order.version()).isZero();
        store.save(List.of(order));
        assertThat(store.versionOf(order.getId())).isEqualTo(1);
        assertThat(store.byId(order.getId()).orElseThrow().version()).isEqualTo(1);

        Order unchanged = store.byId(order.getId()).orElseThrow();
        store.save(List.of(unchanged));
        assertThat(store.versionOf(order.getId())).as("a save without changes writes nothing").isEqualTo(1);

        Order changed = store.byId(order.getId()).orElseThrow();
        changed.record(warehouseEvent(uniqueEventId("alloc"), Milestone.ALLOCATED, T0.plusSeconds(3600)), null, null);
        store.save(List.of(changed));
        assertThat(store.versionOf(order.getId())).isEqualTo(2);
        assertThat(store.byId(order.getId()).orElseThrow().version()).isEqualTo(2);
        assertThat(store.count()).isEqualTo(1);
        assertThat(store.saves()).isEqualTo(3);
    }

    @Test
    void concurrentWritersThatRetryLoseNoEvent() throws Exception {
        Order order = anOrder().confirmed();
        store.save(List.of(order));
        int writers = 4;
        int eventsEach = 25;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<Integer>> conflicts = new ArrayList<>();
        List<TrackingEvent> all = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            List<TrackingEvent> mine = new ArrayList<>();
            for (int i = 0; i < eventsEach; i++) {
                mine.add(warehouseEvent(uniqueEventId("w" + w), Milestone.PICKED, T0.plusSeconds(60L * (w * eventsEach + i + 2))));
            }
            all.addAll(mine);
            conflicts.add(pool.submit(() -> {
                int lost = 0;
                for (TrackingEvent event : mine) {
                    while (true) {
                        Order loaded = store.byId(order.getId()).orElseThrow();
                        loaded.record(event, null, null);
                        try {
                            store.save(List.of(loaded));
                            break;
                        } catch (ConcurrentUpdateException e) {
                            lost++;
                        }
                    }
                }
                return lost;
            }));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        for (Future<Integer> f : conflicts) {
            f.get(); // rethrows what a writer failed with
        }

        Order stored = store.byId(order.getId()).orElseThrow();
        assertThat(all).allSatisfy(e -> assertThat(stored.hasRecorded(e.key())).isTrue());
        assertThat(stored.timeline()).hasSize(2 + writers * eventsEach);
        assertThat(store.versionOf(order.getId())).as("one version per successful save").isEqualTo(1 + writers * eventsEach);
        assertThat(store.saves()).isEqualTo(1 + writers * eventsEach);
    }
}
