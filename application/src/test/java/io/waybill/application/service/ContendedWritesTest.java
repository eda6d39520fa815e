package io.waybill.application.service;

import static io.waybill.application.fakes.OrderTestData.T0;
import static io.waybill.application.fakes.OrderTestData.UPS;
import static io.waybill.application.fakes.OrderTestData.anOrder;
import static io.waybill.application.fakes.OrderTestData.carrierEvent;
import static io.waybill.application.fakes.OrderTestData.packed;
import static io.waybill.application.fakes.OrderTestData.tracking;
import static io.waybill.application.fakes.OrderTestData.uniqueCarrierTrackingNumber;
import static io.waybill.application.fakes.OrderTestData.uniqueEventId;
import static io.waybill.application.fakes.OrderTestData.warehouseEvent;
import static io.waybill.application.fakes.OrderTestData.wholeOrderManifest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.waybill.application.fakes.InMemoryOrders;
import io.waybill.application.fakes.InterferingOrders;
import io.waybill.application.fakes.RecordingCarriers;
import io.waybill.application.fakes.RecordingNotifications;
import io.waybill.application.port.in.CancelOrder;
import io.waybill.application.port.in.ConfirmOrder;
import io.waybill.application.port.in.EventOutcome;
import io.waybill.application.port.in.EventOutcome.Result;
import io.waybill.application.port.in.RecordTrackingEvents;
import io.waybill.application.port.in.RecordWarehouseEvents;
import io.waybill.application.service.ContendedWrites.Policy;
import io.waybill.application.shared.ConcurrentUpdateException;
import io.waybill.domain.order.CarrierTrackingNumber;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.PackingManifest;
import io.waybill.domain.tracking.EventKey;
import io.waybill.domain.tracking.Milestone;
import io.waybill.domain.tracking.TrackingEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Racing writers of one order: they take turns, the conflicts left are retried here, and nothing is lost or doubled. */
class ContendedWritesTest {

    private static final Policy TURNS_AND_RETRIES = new Policy(true, 5, Duration.ofMillis(5));
    private static final ConfirmOrder NO_CONFIRM = command -> {
        throw new AssertionError("not used");
    };
    private static final CancelOrder NO_CANCEL = command -> {
        throw new AssertionError("not used");
    };
    private static final RecordWarehouseEvents NO_WAREHOUSE = events -> {
        throw new AssertionError("not used");
    };

    private final InMemoryOrders store = new InMemoryOrders();
    private final RecordingCarriers carriers = new RecordingCarriers();
    private final RecordingNotifications notifications = new RecordingNotifications();

    @Test
    void manyWritersOnOneShipmentAllGetThroughAndEachEventIsStoredOnce() throws Exception {
        EventIngestionService ingestion = new EventIngestionService(store, store, carriers, notifications);
        ContendedWrites writes = new ContendedWrites(ingestion, ingestion, NO_CONFIRM, NO_CANCEL, TURNS_AND_RETRIES);
        Order order = anOrder().confirmed();
        store.save(List.of(order));
        PackingManifest manifest = wholeOrderManifest();
        writes.record(List.of(packed(order.getId(), warehouseEvent(uniqueEventId("pack"), Milestone.PACKED, T0), manifest)));
        CarrierTrackingNumber number = manifest.carrierTrackingNumber();

        int writers = 8;
        int perWriter = 25;
        List<EventKey> sent = new ArrayList<>();
        List<List<RecordTrackingEvents.Event>> requests = new ArrayList<>();
        for (int i = 0; i < writers * perWriter; i++) {
            TrackingEvent scan = carrierEvent(uniqueEventId("scan"), Milestone.IN_TRANSIT, T0.plusSeconds(60 + i));
            sent.add(scan.key());
            requests.add(List.of(tracking(UPS, number, scan)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<List<EventOutcome>>> answers = new ArrayList<>();
        for (List<RecordTrackingEvents.Event> request : requests) {
            answers.add(pool.submit(() -> writes.recordTracking(request)));
        }
        for (Future<List<EventOutcome>> answer : answers) {
            assertThat(answer.get(30, TimeUnit.SECONDS)).extracting(EventOutcome::result).containsExactly(Result.ACCEPTED);
        }
        pool.shutdown();

        Order stored = store.byId(order.getId()).orElseThrow();
        List<EventKey> recorded = stored.timeline().stream().map(i -> i.entry().event().key())
                .filter(sent::contains).toList();
        assertThat(recorded).hasSize(sent.size()).containsExactlyInAnyOrderElementsOf(sent);
        assertThat(writes.recordTracking(requests.getFirst())).extracting(EventOutcome::result).containsExactly(Result.DUPLICATE);
    }

    @Test
    void aConflictIsRetriedUntilTheWriteWins() {
        AtomicInteger calls = new AtomicInteger();
        RecordTrackingEvents losingTwice = events -> {
            if (calls.incrementAndGet() <= 2) {
                throw new ConcurrentUpdateException("lost the race");
            }
            return List.of(new EventOutcome(0, Result.ACCEPTED, null, null));
        };
        ContendedWrites writes = new ContendedWrites(losingTwice, NO_WAREHOUSE, NO_CONFIRM, NO_CANCEL, TURNS_AND_RETRIES);

        assertThat(writes.recordTracking(List.of(aScan()))).extracting(EventOutcome::result).containsExactly(Result.ACCEPTED);
        assertThat(calls).hasValue(3);
    }

    @Test
    void retriesAreBoundedAndALastConflictReachesTheCallerWithNothingStored() {
        Order order = anOrder().confirmed();
        store.save(List.of(order));
        InterferingOrders alwaysLosing = new InterferingOrders(store, Integer.MAX_VALUE, () -> {
            Order other = store.byId(order.getId()).orElseThrow();
            other.record(warehouseEvent(uniqueEventId("other"), Milestone.ALLOCATED, T0.plusSeconds(60)), null, null);
            store.save(List.of(other));
        });
        EventIngestionService ingestion = new EventIngestionService(alwaysLosing, store, carriers, notifications);
        ContendedWrites writes = new ContendedWrites(ingestion, ingestion, NO_CONFIRM, NO_CANCEL, new Policy(true, 3, Duration.ZERO));
        TrackingEvent packedEvent = warehouseEvent(uniqueEventId("pack"), Milestone.PACKED, T0.plusSeconds(60));

        assertThatThrownBy(() -> writes.record(List.of(packed(order.getId(), packedEvent, wholeOrderManifest()))))
                .isInstanceOf(ConcurrentUpdateException.class);

        Order stored = store.byId(order.getId()).orElseThrow();
        assertThat(stored.hasRecorded(packedEvent.key())).isFalse();
        // the service's own quick attempts, three times over: each lost to one interfering write
        assertThat(stored.timeline()).hasSize(2 + 3 * Conflicts.ATTEMPTS);
        assertThat(notifications.calls()).isZero();
    }

    @Test
    void writersOfOneShipmentTakeTurns() throws Exception {
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        RecordTrackingEvents slow = events -> {
            most.accumulateAndGet(inside.incrementAndGet(), Math::max);
            sleep(2);
            inside.decrementAndGet();
            return List.of();
        };
        ContendedWrites writes = new ContendedWrites(slow, NO_WAREHOUSE, NO_CONFIRM, NO_CANCEL, TURNS_AND_RETRIES);
        RecordTrackingEvents.Event scan = aScan();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            done.add(pool.submit(() -> writes.recordTracking(List.of(scan))));
        }
        for (Future<?> f : done) {
            f.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(most).hasValue(1);
    }

    @Test
    void writersOfDifferentShipmentsDoNotWaitForEachOther() throws Exception {
        CountDownLatch bothInside = new CountDownLatch(2);
        RecordTrackingEvents meeting = events -> {
            bothInside.countDown();
            try {
                assertThat(bothInside.await(10, TimeUnit.SECONDS)).as("the other writer got in meanwhile").isTrue();
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
            return List.of();
        };
        ContendedWrites writes = new ContendedWrites(meeting, NO_WAREHOUSE, NO_CONFIRM, NO_CANCEL, TURNS_AND_RETRIES);
        RecordTrackingEvents.Event one = aScan();
        RecordTrackingEvents.Event other = aScan();
        assertThat(one.carrierTrackingNumber()).isNotEqualTo(other.carrierTrackingNumber());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<?> first = pool.submit(() -> writes.recordTracking(List.of(one)));
        Future<?> second = pool.submit(() -> writes.recordTracking(List.of(other)));
        first.get(20, TimeUnit.SECONDS);
        second.get(20, TimeUnit.SECONDS);
        pool.shutdown();
    }

    private static RecordTrackingEvents.Event aScan() {
        return tracking(UPS, uniqueCarrierTrackingNumber(), carrierEvent(uniqueEventId("scan"), Milestone.IN_TRANSIT, T0));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
