package io.waybill.application.service;

import static io.waybill.application.fakes.OrderTestData.DHL;
import static io.waybill.application.fakes.OrderTestData.T0;
import static io.waybill.application.fakes.OrderTestData.UPS;
import static io.waybill.application.fakes.OrderTestData.UPS_FEED;
import static io.waybill.application.fakes.OrderTestData.anOrder;
import static io.waybill.application.fakes.OrderTestData.carrierEvent;
import static io.waybill.application.fakes.OrderTestData.manifest;
import static io.waybill.application.fakes.OrderTestData.line;
import static io.waybill.application.fakes.OrderTestData.pack;
import static io.waybill.application.fakes.OrderTestData.uniqueCarrierTrackingNumber;
import static io.waybill.application.fakes.OrderTestData.uniqueEventId;
import static org.assertj.core.api.Assertions.assertThat;

import io.waybill.application.fakes.InMemoryOrders;
import io.waybill.application.fakes.InMemoryTrackingPolls;
import io.waybill.application.fakes.MutableClock;
import io.waybill.application.fakes.RecordingCarriers;
import io.waybill.application.fakes.RecordingNotifications;
import io.waybill.application.port.in.PollCarriers.Round;
import io.waybill.application.port.out.CarrierTracking;
import io.waybill.application.port.out.CarrierTracking.Scan;
import io.waybill.application.shared.CarrierEstimate;
import io.waybill.domain.order.CarrierCode;
import io.waybill.domain.order.CarrierTrackingNumber;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.Shipment;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.order.ShipmentStatus;
import io.waybill.domain.tracking.Milestone;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;

class CarrierPollingServiceTest {

    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final PollingPolicy POLICY = PollingPolicy.DEFAULT;

    private final MutableClock clock = new MutableClock(T0);
    private final InMemoryOrders store = new InMemoryOrders();
    private final EventIngestionService ingestion = new EventIngestionService(store, store, new RecordingCarriers(),
            new RecordingNotifications());
    private final Map<ShipmentId, Order> owners = new HashMap<>();
    private final InMemoryTrackingPolls polls = new InMemoryTrackingPolls(
            id -> store.byId(owners.get(id).getId()).orElseThrow().shipment(id).orElseThrow().status());
    private final ScriptedCarrier carrier = new ScriptedCarrier();
    private final List<CarrierEstimate> recordedEstimates = new ArrayList<>();
    private volatile RuntimeException estimatesFailing;
    private final CarrierPollingService poller = new CarrierPollingService(polls, carrier, new CarrierReportService(ingestion,
            estimates -> {
                if (estimatesFailing != null) {
                    throw estimatesFailing;
                }
                recordedEstimates.addAll(estimates);
            }), c -> POLICY, clock, Runnable::run, 100, LEASE);

    @Test
    void asksTheCarrierWhenDueRecordsItsNewsAndPollsMoreOftenOnceOutForDelivery() {
        Shipment shipment = handedToUps();
        assertThat(poller.pollDue()).isEqualTo(Round.NOTHING_DUE);

        clock.advance(POLICY.firstPoll());
        carrier.says(shipment.carrierTrackingNumber(), Milestone.HANDED_OVER, T0.plusSeconds(60));
        assertThat(poller.pollDue()).isEqualTo(new Round(1, 1, 0, 1, 0));
        assertThat(status(shipment)).isEqualTo(ShipmentStatus.SHIPPED);
        assertThat(polls.row(shipment.getId()).orElseThrow().dueAt()).isEqualTo(clock.instant().plus(POLICY.inTransit()));

        clock.advance(POLICY.inTransit());
        carrier.says(shipment.carrierTrackingNumber(), Milestone.OUT_FOR_DELIVERY, T0.plus(Duration.ofHours(2)));
        assertThat(poller.pollDue().accepted()).isEqualTo(1);
        assertThat(polls.row(shipment.getId()).orElseThrow().dueAt()).isEqualTo(clock.instant().plus(POLICY.outForDelivery()));

        clock.advance(POLICY.outForDelivery());
        assertThat(poller.pollDue().accepted()).as("the same answer again records nothing new").isZero();
        assertThat(carrier.requests).hasSize(3);
    }

    @Test
    void stopsPollingOnceDelivered() {
        Shipment shipment = handedToUps();
        clock.advance(POLICY.firstPoll());
        carrier.says(shipment.carrierTrackingNumber(), Milestone.HANDED_OVER, T0.plusSeconds(60));
        carrier.says(shipment.carrierTrackingNumber(), Milestone.DELIVERED, T0.plusSeconds(600));

        assertThat(poller.pollDue().stopped()).isEqualTo(1);
        assertThat(polls.row(shipment.getId())).isEmpty();
        assertThat(status(shipment)).isEqualTo(ShipmentStatus.DELIVERED);
    }

    @Test
    void pollsStaleShipmentsRarelyAndGivesUpOnSilentOnes() {
        Shipment shipment = handedToUps();
        clock.advance(POLICY.firstPoll());
        carrier.says(shipment.carrierTrackingNumber(), Milestone.HANDED_OVER, T0.plusSeconds(60));
        poller.pollDue();
        Instant news = clock.instant();

        clock.set(news.plus(POLICY.staleAfter()));
        poller.pollDue();
        assertThat(polls.row(shipment.getId()).orElseThrow().dueAt()).isEqualTo(clock.instant().plus(POLICY.stale()));

        clock.set(news.plus(POLICY.giveUpAfter()));
        assertThat(poller.pollDue().stopped()).isEqualTo(1);
        assertThat(polls.row(shipment.getId())).isEmpty();
    }

    @Test
    void backsOffExponentiallyWhileTheCarrierFailsAndHonoursRetryAfter() {
        Shipment shipment = handedToUps();
        clock.advance(POLICY.firstPoll());
        carrier.failing = new CarrierTracking.CarrierUnavailableException("503 Service Unavailable", null, null);
        List<Duration> pauses = new ArrayList<>();
        for (int failures = 1; failures <= 4; failures++) {
            Round round = poller.pollDue();
            assertThat(round.failedRequests()).isEqualTo(1);
            InMemoryTrackingPolls.Row row = polls.row(shipment.getId()).orElseThrow();
            assertThat(row.failures()).isEqualTo(failures);
            pauses.add(Duration.between(clock.instant(), row.dueAt()));
            clock.set(row.dueAt());
        }
        for (int i = 0; i < pauses.size(); i++) {
            Duration expected = POLICY.retryBase().multipliedBy(1L << i);
            assertThat(pauses.get(i)).isBetween(expected.multipliedBy(8).dividedBy(10), expected.multipliedBy(12).dividedBy(10));
        }

        Instant retryAfter = clock.instant().plus(Duration.ofHours(3));
        carrier.failing = new CarrierTracking.CarrierUnavailableException("429 Too Many Requests", retryAfter, null);
        poller.pollDue();
        assertThat(polls.row(shipment.getId()).orElseThrow().dueAt()).isEqualTo(retryAfter);

        carrier.failing = null;
        clock.set(retryAfter);
        carrier.says(shipment.carrierTrackingNumber(), Milestone.HANDED_OVER, T0.plusSeconds(60));
        assertThat(poller.pollDue().accepted()).isEqualTo(1);
        assertThat(polls.row(shipment.getId()).orElseThrow().failures()).as("a success resets the count").isZero();
    }

    @Test
    void asksForAsManyNumbersPerRequestAsTheCarrierAllows() {
        carrier.perRequest = 2;
        List<Shipment> shipments = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            shipments.add(handedToUps());
        }
        clock.advance(POLICY.firstPoll());

        Round round = poller.pollDue();

        assertThat(round.shipments()).isEqualTo(5);
        assertThat(round.requests()).isEqualTo(3);
        assertThat(carrier.requests).extracting(List::size).containsExactlyInAnyOrder(2, 2, 1);
        assertThat(carrier.requests.stream().flatMap(List::stream).toList())
                .containsExactlyInAnyOrderElementsOf(shipments.stream().map(Shipment::carrierTrackingNumber).toList());
    }

    @Test
    void recordsTheDeliveryEstimatesTheCarrierGaveAndItsEventsEvenWhenTheEstimatesCannotBeStored() {
        Shipment shipment = handedToUps();
        clock.advance(POLICY.firstPoll());
        CarrierEstimate estimate = new CarrierEstimate(UPS, shipment.carrierTrackingNumber(), T0.plus(Duration.ofHours(30)),
                T0.plus(Duration.ofHours(34)), clock.instant());
        carrier.estimates.add(estimate);
        carrier.says(shipment.carrierTrackingNumber(), Milestone.HANDED_OVER, T0.plusSeconds(60));

        assertThat(poller.pollDue().accepted()).isEqualTo(1);
        assertThat(recordedEstimates).containsExactly(estimate);

        clock.advance(POLICY.inTransit());
        estimatesFailing = new IllegalStateException("predictions store: connection refused");
        carrier.says(shipment.carrierTrackingNumber(), Milestone.IN_TRANSIT, T0.plus(Duration.ofHours(2)));
        assertThat(poller.pollDue()).as("the round goes on").isEqualTo(new Round(1, 1, 0, 1, 0));
        assertThat(status(shipment)).isEqualTo(ShipmentStatus.IN_TRANSIT);
    }

    @Test
    void schedulesOnlyShipmentsOfCarriersItPolls() {
        Order order = anOrder().confirmed();
        ShipmentId id = pack(order, manifest(DHL, uniqueCarrierTrackingNumber(), line("MUG-BLUE", 2)), T0);
        store.save(List.of(order));

        poller.track(order.getId(), order.shipment(id).orElseThrow());

        assertThat(poller.polls(DHL)).isFalse();
        assertThat(polls.size()).isZero();
    }

    private Shipment handedToUps() {
        Order order = anOrder().confirmed();
        ShipmentId id = pack(order, manifest(UPS, uniqueCarrierTrackingNumber(), line("MUG-BLUE", 2)), T0);
        store.save(List.of(order));
        owners.put(id, order);
        Shipment shipment = order.shipment(id).orElseThrow();
        poller.track(order.getId(), shipment);
        return shipment;
    }

    private ShipmentStatus status(Shipment shipment) {
        return store.byId(owners.get(shipment.getId()).getId()).orElseThrow().shipment(shipment.getId()).orElseThrow().status();
    }

    /** A carrier's tracking API that answers what the test told it, one event id per scan. */
    private static final class ScriptedCarrier implements CarrierTracking {

        final Map<CarrierTrackingNumber, List<Scan>> scans = new HashMap<>();
        final ConcurrentLinkedQueue<List<CarrierTrackingNumber>> requests = new ConcurrentLinkedQueue<>();
        final List<CarrierEstimate> estimates = new ArrayList<>();
        volatile CarrierUnavailableException failing;
        volatile int perRequest = 10;

        void says(CarrierTrackingNumber number, Milestone milestone, Instant at) {
            scans.computeIfAbsent(number, n -> new ArrayList<>())
                    .add(new Scan(number, carrierEvent(UPS_FEED, uniqueEventId("poll"), milestone, at, java.time.ZoneOffset.UTC)));
        }

        @Override
        public Set<CarrierCode> carriers() {
            return Set.of(UPS);
        }

        @Override
        public int maxNumbersPerRequest(CarrierCode carrier) {
            return perRequest;
        }

        @Override
        public Answer track(CarrierCode carrier, List<CarrierTrackingNumber> numbers) {
            requests.add(List.copyOf(numbers));
            if (failing != null) {
                throw failing;
            }
            List<Scan> events = new ArrayList<>();
            numbers.forEach(n -> events.addAll(scans.getOrDefault(n, List.of())));
            return new Answer(events, 0, List.of(), estimates.stream().filter(e -> numbers.contains(e.number())).toList());
        }
    }
}
