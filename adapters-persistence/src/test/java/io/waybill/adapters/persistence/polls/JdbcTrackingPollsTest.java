package io.waybill.adapters.persistence.polls;

import io.waybill.application.shared.TenantScope;
import io.waybill.application.fakes.InDefaultTenant;
import static io.waybill.application.fakes.OrderTestData.T0;
import static io.waybill.application.fakes.OrderTestData.anOrder;
import static io.waybill.application.fakes.OrderTestData.line;
import static io.waybill.application.fakes.OrderTestData.manifest;
import static io.waybill.application.fakes.OrderTestData.pack;
import static io.waybill.application.fakes.OrderTestData.scan;
import static io.waybill.application.fakes.OrderTestData.uniqueCarrier;
import static io.waybill.application.fakes.OrderTestData.uniqueCarrierTrackingNumber;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.waybill.adapters.persistence.orders.JpaOrders;
import io.waybill.adapters.persistence.testing.PostgresTestResource;
import io.waybill.application.port.out.TrackingPolls.Claimed;
import io.waybill.domain.order.CarrierCode;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.Shipment;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.order.ShipmentStatus;
import io.waybill.domain.tracking.Milestone;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The polling schedule on a real PostgreSQL: claims are exclusive, leases expire, lost hand-overs are caught up. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class JdbcTrackingPollsTest implements InDefaultTenant {

    private static final Duration LEASE = Duration.ofMinutes(5);

    @Inject
    JdbcTrackingPolls polls;

    @Inject
    JpaOrders orders;

    @Test
    void aClaimedShipmentIsOutOfEveryOtherClaimUntilRescheduledOrItsLeaseRunsOut() {
        CarrierCode carrier = uniqueCarrier();
        Shipment shipment = storedShipment(carrier, false);
        polls.schedule(shipment.getId(), carrier, shipment.carrierTrackingNumber(), T0);
        polls.schedule(shipment.getId(), carrier, shipment.carrierTrackingNumber(), T0.plusSeconds(999));

        assertThat(polls.claimDue(Set.of(carrier), T0.minusSeconds(1), LEASE, 10)).as("not yet due").isEmpty();
        List<Claimed> claimed = polls.claimDue(Set.of(carrier), T0, LEASE, 10);
        assertThat(claimed).singleElement().satisfies(c -> {
            assertThat(c.shipment()).isEqualTo(shipment.getId());
            assertThat(c.number()).isEqualTo(shipment.carrierTrackingNumber());
            assertThat(c.status()).isEqualTo(ShipmentStatus.PACKED);
            assertThat(c.lastNewsAt()).isEqualTo(T0);
            assertThat(c.failures()).isZero();
        });
        assertThat(polls.claimDue(Set.of(carrier), T0.plus(LEASE).minusSeconds(1), LEASE, 10)).as("claimed").isEmpty();
        assertThat(polls.claimDue(Set.of(carrier), T0.plus(LEASE), LEASE, 10)).as("lease ran out: the claimer died").hasSize(1);

        Instant later = T0.plus(LEASE).plusSeconds(30);
        polls.reschedule(shipment.getId(), later.plus(Duration.ofHours(1)), later, 2);
        assertThat(polls.claimDue(Set.of(carrier), later.plus(Duration.ofHours(1)), LEASE, 10)).singleElement()
                .satisfies(c -> {
                    assertThat(c.lastNewsAt()).isEqualTo(later);
                    assertThat(c.failures()).isEqualTo(2);
                });

        polls.stop(shipment.getId());
        assertThat(polls.claimDue(Set.of(carrier), T0.plus(Duration.ofDays(365)), LEASE, 10)).isEmpty();
    }

    @Test
    void concurrentClaimersNeverGetTheSameShipment() throws Exception {
        CarrierCode carrier = uniqueCarrier();
        List<ShipmentId> scheduled = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            Shipment shipment = storedShipment(carrier, false);
            polls.schedule(shipment.getId(), carrier, shipment.carrierTrackingNumber(), T0.plusMillis(i));
            scheduled.add(shipment.getId());
        }
        ConcurrentLinkedQueue<ShipmentId> claimed = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService claimers = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                running.add(claimers.submit(() -> {
                    start.await();
                    List<Claimed> batch;
                    do { // the poller claims in the platform's scope: every tenant's due polls
                        batch = TenantScope.platform(() -> polls.claimDue(Set.of(carrier), T0.plusSeconds(1), LEASE, 7));
                        batch.forEach(c -> claimed.add(c.shipment()));
                    } while (!batch.isEmpty());
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            claimers.shutdownNow();
        }
        assertThat(claimed).hasSize(scheduled.size()).containsExactlyInAnyOrderElementsOf(scheduled);
    }

    @Test
    void catchesUpWithShipmentsUnderWayThatAreNotOnTheSchedule() {
        CarrierCode carrier = uniqueCarrier();
        Shipment underWay = storedShipment(carrier, false);
        Shipment delivered = storedShipment(carrier, true);
        Shipment scheduled = storedShipment(carrier, false);
        polls.schedule(scheduled.getId(), carrier, scheduled.carrierTrackingNumber(), T0.plus(Duration.ofDays(2)));

        assertThat(polls.scheduleMissing(Set.of(carrier), T0)).isEqualTo(1);
        assertThat(polls.scheduleMissing(Set.of(carrier), T0)).isZero();
        assertThat(polls.claimDue(Set.of(carrier), T0, LEASE, 10)).extracting(Claimed::shipment)
                .containsExactly(underWay.getId());
        assertThat(delivered.status()).isEqualTo(ShipmentStatus.DELIVERED);
    }

    private Shipment storedShipment(CarrierCode carrier, boolean delivered) {
        Order order = anOrder().confirmed();
        ShipmentId id = pack(order, manifest(carrier, uniqueCarrierTrackingNumber(), line("MUG-BLUE", 2)), T0);
        if (delivered) {
            scan(order, id, Milestone.HANDED_OVER, T0.plusSeconds(60));
            scan(order, id, Milestone.DELIVERED, T0.plusSeconds(600));
        }
        orders.save(List.of(order));
        return order.shipment(id).orElseThrow();
    }
}
