package io.waybill.application.service;

import static io.waybill.application.fakes.OrderTestData.DHL;
import static io.waybill.application.fakes.OrderTestData.HUB_OFFSET;
import static io.waybill.application.fakes.OrderTestData.T0;
import static io.waybill.application.fakes.OrderTestData.UPS;
import static io.waybill.application.fakes.OrderTestData.UPS_FEED;
import static io.waybill.application.fakes.OrderTestData.anOrder;
import static io.waybill.application.fakes.OrderTestData.carrierEvent;
import static io.waybill.application.fakes.OrderTestData.line;
import static io.waybill.application.fakes.OrderTestData.manifest;
import static io.waybill.application.fakes.OrderTestData.packed;
import static io.waybill.application.fakes.OrderTestData.tracking;
import static io.waybill.application.fakes.OrderTestData.uniqueCarrierTrackingNumber;
import static io.waybill.application.fakes.OrderTestData.uniqueEventId;
import static io.waybill.application.fakes.OrderTestData.uniqueOrderNumber;
import static io.waybill.application.fakes.OrderTestData.warehouse;
import static io.waybill.application.fakes.OrderTestData.warehouseEvent;
import static io.waybill.application.fakes.OrderTestData.wholeOrderManifest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.waybill.application.fakes.InMemoryOrders;
import io.waybill.application.fakes.InterferingOrders;
import io.waybill.application.fakes.RecordingCarriers;
import io.waybill.application.fakes.RecordingCarriers.Ready;
import io.waybill.application.fakes.RecordingNotifications;
import io.waybill.application.port.in.EventOutcome;
import io.waybill.application.port.in.EventOutcome.Result;
import io.waybill.application.port.in.RecordTrackingEvents;
import io.waybill.application.shared.ConcurrentUpdateException;
import io.waybill.application.port.out.Orders;
import io.waybill.domain.order.CarrierTrackingNumber;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.OrderEvents.OrderStatusChanged;
import io.waybill.domain.order.OrderEvents.ShipmentStatusChanged;
import io.waybill.domain.order.OrderId;
import io.waybill.domain.order.OrderStatus;
import io.waybill.domain.order.PackingManifest;
import io.waybill.domain.order.Shipment;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.order.ShipmentStatus;
import io.waybill.domain.tracking.Milestone;
import io.waybill.domain.tracking.TrackingEvent;
import io.waybill.domain.tracking.TrackingId;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EventIngestionServiceTest {

    private static final Duration HOUR = Duration.ofHours(1);

    private final InMemoryOrders store = new InMemoryOrders();
    private final RecordingCarriers carriers = new RecordingCarriers();
    private final RecordingNotifications notifications = new RecordingNotifications();
    private final EventIngestionService ingestion = new EventIngestionService(store, store, carriers, notifications);

    // ---- warehouse events ----------------------------------------------------------------------

    @Test
    void answersEveryEventOfAWarehouseBatchByIndexAndStoresTheAcceptedOnes() {
        Order order = storedConfirmedOrder();
        TrackingEvent allocated = warehouseEvent(uniqueEventId("alloc"), Milestone.ALLOCATED, T0.plus(HOUR));
        TrackingEvent picked = warehouseEvent(uniqueEventId("pick"), Milestone.PICKED, T0.plus(HOUR.multipliedBy(2)));
        TrackingEvent wrongPack = warehouseEvent(uniqueEventId("pack"), Milestone.PACKED, T0.plus(HOUR.multipliedBy(3)));
        String unknownNumber = uniqueOrderNumber();

        List<EventOutcome> outcomes = ingestion.record(List.of(
                warehouse(order.getId(), allocated),
                warehouse(order.orderNumber(), allocated),
                packed(order.getId(), wrongPack, manifest(UPS, uniqueCarrierTrackingNumber(), line("SPOON", 1))),
                warehouse(unknownNumber, warehouseEvent(uniqueEventId("alloc"), Milestone.ALLOCATED, T0.plus(HOUR))),
                warehouse(order.orderNumber(), picked)));

        assertThat(outcomes).containsExactly(
                new EventOutcome(0, Result.ACCEPTED, null, order.getId()),
                new EventOutcome(1, Result.DUPLICATE, null, order.getId()),
                EventOutcome.rejected(2, "SKU SPOON is not on order " + order.orderNumber()),
                EventOutcome.rejected(3, "no order with number " + unknownNumber),
                new EventOutcome(4, Result.ACCEPTED, null, order.getId()));
        Order stored = load(order);
        assertThat(stored.status()).isEqualTo(OrderStatus.PICKED);
        assertThat(stored.timeline()).extracting(i -> i.entry().event())
                .containsSubsequence(allocated, picked).doesNotContain(wrongPack);
        assertThat(notifications.published(OrderStatusChanged.class)).extracting(OrderStatusChanged::to)
                .containsExactly(OrderStatus.ALLOCATED, OrderStatus.PICKED);
    }

    @Test
    void tellsTheCarrierOnceAboutEachNewShipment() {
        Order order = storedConfirmedOrder();
        CarrierTrackingNumber mugsNumber = uniqueCarrierTrackingNumber();
        CarrierTrackingNumber teaNumber = uniqueCarrierTrackingNumber();
        TrackingEvent mugsPacked = warehouseEvent(uniqueEventId("pack"), Milestone.PACKED, T0.plus(HOUR));
        TrackingEvent teaPacked = warehouseEvent(uniqueEventId("pack"), Milestone.PACKED, T0.plus(HOUR));
        var batch = List.of(
                warehouse(order.getId(), warehouseEvent(uniqueEventId("pick"), Milestone.PICKED, T0.plus(HOUR))),
                packed(order.getId(), mugsPacked, manifest(UPS, mugsNumber, line("MUG-BLUE", 2))),
                packed(order.getId(), teaPacked, manifest(DHL, teaNumber, line("TEA-EARL", 1))));

        assertThat(ingestion.record(batch)).extracting(EventOutcome::result).containsOnly(Result.ACCEPTED);
        assertThat(ingestion.record(batch)).as("the warehouse sends the batch again").extracting(EventOutcome::result)
                .containsOnly(Result.DUPLICATE);
        ingestion.recordTracking(List.of(tracking(UPS, mugsNumber, carrierEvent(uniqueEventId("ho"), Milestone.HANDED_OVER,
                T0.plus(HOUR.multipliedBy(2))))));

        assertThat(carriers.ready()).containsExactlyInAnyOrder(
                new Ready(order.getId(), ShipmentId.of(mugsPacked.key()), UPS, mugsNumber),
                new Ready(order.getId(), ShipmentId.of(teaPacked.key()), DHL, teaNumber));
        assertThat(load(order).status()).isEqualTo(OrderStatus.PARTIALLY_SHIPPED);
    }

    @Test
    void refusesToPackAnOrderThatWasNeverConfirmedAndWritesNothing() {
        Order unpaid = anOrder().placed();
        store.save(List.of(unpaid));
        Order paid = storedConfirmedOrder();
        int savesBefore = store.saves();

        List<EventOutcome> outcomes = ingestion.record(List.of(
                packed(unpaid.getId(), warehouseEvent(uniqueEventId("pack"), Milestone.PACKED, T0.plus(HOUR)), wholeOrderManifest()),
                packed(paid.getId(), warehouseEvent(uniqueEventId("pack"), Milestone.PACKED, T0.plus(HOUR)), wholeOrderManifest())));

        assertThat(outcomes.getFirst().result()).isEqualTo(Result.REJECTED);
        assertThat(outcomes.getFirst().reason()).startsWith("packed-before-confirmation: order " + unpaid.orderNumber()
                + " was never confirmed");
        assertThat(outcomes.get(1).result()).as("its confirmed sibling is packed").isEqualTo(Result.ACCEPTED);
        assertThat(load(unpaid).shipments()).isEmpty();
        assertThat(load(unpaid).timeline()).hasSize(1);
        assertThat(load(paid).shipments()).hasSize(1);
        assertThat(store.saves()).isEqualTo(savesBefore + 1);
        assertThat(carriers.ready()).extracting(Ready::order).containsExactly(paid.getId());
    }

    @Test
    void refusesAPackingWhoseCarrierTrackingNumberBelongsToAnotherOrder() {
        Order holder = storedConfirmedOrder();
        Order other = storedConfirmedOrder();
        PackingManifest manifest = wholeOrderManifest();
        ingestion.record(List.of(packed(holder.getId(), warehouseEvent(uniqueEventId("pack"), Milestone.PACKED, T0.plus(HOUR)), manifest)));

        List<EventOutcome> outcomes = ingestion.record(List.of(
                packed(other.getId(), warehouseEvent(uniqueEventId("pack"), Milestone.PACKED, T0.plus(HOUR)), manifest)));

        assertThat(outcomes).containsExactly(EventOutcome.rejected(0, "carrier tracking number " + manifest.carrierTrackingNumber()
                + " of ups belongs to another order"));
        assertThat(load(other).shipments()).isEmpty();
    }

    @Test
    void refusesAnEventAlreadyRecordedForAnotherOrder() {
        Order holder = storedConfirmedOrder();
        Order other = storedConfirmedOrder();
        TrackingEvent allocated = warehouseEvent(uniqueEventId("alloc"), Milestone.ALLOCATED, T0.plus(HOUR));
        ingestion.record(List.of(warehouse(holder.getId(), allocated)));

        List<EventOutcome> outcomes = ingestion.record(List.of(warehouse(other.getId(), allocated)));

        assertThat(outcomes).containsExactly(EventOutcome.rejected(0, "event " + allocated.key()
                + " was already recorded for another order"));
        assertThat(load(other).hasRecorded(allocated.key())).isFalse();
    }

    /** Within one batch too: the clash must not fail the whole batch (its accepted events are stored). */
    @Test
    void refusesTheSecondOfTwoOrdersClaimingOneEventInTheSameBatch() {
        Order first = storedConfirmedOrder();
        Order second = storedConfirmedOrder();
        TrackingEvent allocated = warehouseEvent(uniqueEventId("alloc"), Milestone.ALLOCATED, T0.plus(HOUR));
        TrackingEvent picked = warehouseEvent(uniqueEventId("pick"), Milestone.PICKED, T0.plus(HOUR));

        List<EventOutcome> outcomes = ingestion.record(List.of(
                warehouse(first.getId(), allocated), warehouse(second.getId(), allocated), warehouse(second.getId(), picked)));

        assertThat(outcomes).containsExactly(
                new EventOutcome(0, Result.ACCEPTED, null, first.getId()),
                EventOutcome.rejected(1, "event " + allocated.key() + " was already recorded for another order"),
                new EventOutcome(2, Result.ACCEPTED, null, second.getId()));
        assertThat(load(first).hasRecorded(allocated.key())).isTrue();
        assertThat(load(second).status()).isEqualTo(OrderStatus.PICKED);
    }

    @Test
    void refusesTheSecondOfTwoOrdersPackingOneCarrierTrackingNumberInTheSameBatch() {
        Order first = storedConfirmedOrder();
        Order second = storedConfirmedOrder();
        PackingManifest manifest = wholeOrderManifest();

        List<EventOutcome> outcomes = ingestion.record(List.of(
                packed(first.getId(), warehouseEvent(uniqueEventId("pack"), Milestone.PACKED, T0.plus(HOUR)), manifest),
                packed(second.getId(), warehouseEvent(uniqueEventId("pack"), Milestone.PACKED, T0.plus(HOUR)), manifest),
                warehouse(second.getId(), warehouseEvent(uniqueEventId("pick"), Milestone.PICKED, T0.plus(HOUR)))));

        assertThat(outcomes).containsExactly(
                new EventOutcome(0, Result.ACCEPTED, null, first.getId()),
                EventOutcome.rejected(1, "carrier tracking number " + manifest.carrierTrackingNumber()
                        + " of ups belongs to another order"),
                new EventOutcome(2, Result.ACCEPTED, null, second.getId()));
        assertThat(load(first).status()).isEqualTo(OrderStatus.PACKED);
        assertThat(load(second).status()).isEqualTo(OrderStatus.PICKED);
        assertThat(carriers.ready()).extracting(Ready::order).containsExactly(first.getId());
    }

    // ---- carrier events ------------------------------------------------------------------------

    @Test
    void answersEveryEventOfATrackingBatchAndSaysWhyAnUnknownShipmentIsRejected() {
        Order order = storedConfirmedOrder();
        CarrierTrackingNumber number = packWholeOrder(order);
        CarrierTrackingNumber unknown = uniqueCarrierTrackingNumber();
        TrackingId unknownTrackingId = TrackingId.generate();
        TrackingEvent handedOver = carrierEvent(uniqueEventId("ho"), Milestone.HANDED_OVER, T0.plus(HOUR.multipliedBy(2)));

        List<EventOutcome> outcomes = ingestion.recordTracking(List.of(
                tracking(UPS, unknown, carrierEvent(uniqueEventId("x"), Milestone.IN_TRANSIT, T0.plus(HOUR))),
                tracking(UPS, number, handedOver),
                tracking(DHL, number, carrierEvent(uniqueEventId("y"), Milestone.IN_TRANSIT, T0.plus(HOUR))),
                tracking(unknownTrackingId, carrierEvent(uniqueEventId("z"), Milestone.IN_TRANSIT, T0.plus(HOUR)))));

        assertThat(outcomes).containsExactly(
                EventOutcome.rejected(0, "no shipment with ups tracking number " + unknown + " (is the PACKED event recorded?)"),
                new EventOutcome(1, Result.ACCEPTED, null, order.getId()),
                EventOutcome.rejected(2, "no shipment with dhl tracking number " + number + " (is the PACKED event recorded?)"),
                EventOutcome.rejected(3, "no order with tracking ID " + unknownTrackingId));
        Order stored = load(order);
        assertThat(stored.status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(stored.timeline()).hasSize(4);
        assertThat(notifications.published(ShipmentStatusChanged.class)).extracting(ShipmentStatusChanged::from,
                ShipmentStatusChanged::to).containsExactly(
                        tuple(null, ShipmentStatus.PACKED),
                        tuple(ShipmentStatus.PACKED, ShipmentStatus.SHIPPED));
    }

    @Test
    void theSameEventTwiceInOneBatchIsStoredOnce() {
        Order order = storedConfirmedOrder();
        CarrierTrackingNumber number = packWholeOrder(order);
        TrackingEvent handedOver = carrierEvent(uniqueEventId("ho"), Milestone.HANDED_OVER, T0.plus(HOUR.multipliedBy(2)));
        TrackingEvent resentLater = new TrackingEvent(handedOver.key(), handedOver.milestone(), handedOver.rawCode(),
                handedOver.rawText(), handedOver.reason(), handedOver.occurredAt(), handedOver.receivedAt().plusSeconds(600),
                handedOver.location(), null);

        List<EventOutcome> outcomes = ingestion.recordTracking(List.of(
                tracking(UPS, number, handedOver), tracking(UPS, number, handedOver), tracking(UPS, number, resentLater)));

        assertThat(outcomes).extracting(EventOutcome::result).containsExactly(Result.ACCEPTED, Result.DUPLICATE, Result.DUPLICATE);
        assertThat(load(order).timeline()).filteredOn(i -> i.entry().event().key().equals(handedOver.key())).hasSize(1);
        assertThat(notifications.published(ShipmentStatusChanged.class)).filteredOn(c -> c.to() == ShipmentStatus.SHIPPED).hasSize(1);
    }

    @Test
    void refusesAnEventIdReusedForDifferentContent() {
        Order order = storedConfirmedOrder();
        CarrierTrackingNumber number = packWholeOrder(order);
        TrackingEvent handedOver = carrierEvent("ups-1", Milestone.HANDED_OVER, T0.plus(HOUR.multipliedBy(2)));
        TrackingEvent sameIdOtherMilestone = carrierEvent("ups-1", Milestone.IN_TRANSIT, T0.plus(HOUR.multipliedBy(3)));

        List<EventOutcome> outcomes = ingestion.recordTracking(List.of(
                tracking(UPS, number, handedOver), tracking(UPS, number, sameIdOtherMilestone)));

        assertThat(outcomes.get(0).result()).isEqualTo(Result.ACCEPTED);
        assertThat(outcomes.get(1)).isEqualTo(EventOutcome.rejected(1,
                "event " + handedOver.key() + " was already recorded with different content"));
    }

    @Test
    void shuffledCarrierEventsWithDuplicatesEndDeliveredWithTheSameTimeline() {
        List<TrackingEvent> journey = List.of(
                scanAt("ho", Milestone.HANDED_OVER, 2, HUB_OFFSET),
                scanAt("t1", Milestone.IN_TRANSIT, 6, ZoneOffset.ofHours(-5)),
                scanAt("t2", Milestone.IN_TRANSIT, 14, ZoneOffset.UTC),
                scanAt("o1", Milestone.OUT_FOR_DELIVERY, 20, ZoneOffset.UTC),
                scanAt("f1", Milestone.DELIVERY_ATTEMPT_FAILED, 23, ZoneOffset.UTC),
                scanAt("o2", Milestone.OUT_FOR_DELIVERY, 44, ZoneOffset.UTC),
                scanAt("d", Milestone.DELIVERED, 46, ZoneOffset.UTC),
                scanAt("late", Milestone.IN_TRANSIT, 47, ZoneOffset.ofHours(2)));
        Journey reference = new Journey();
        reference.ingest(List.of(journey));
        Order expected = reference.order();
        assertThat(expected.status()).isEqualTo(OrderStatus.DELIVERED);
        assertThat(expected.timeline().getLast().applied()).as("the late scan is kept but ignored").isFalse();

        for (long seed = 1; seed <= 40; seed++) {
            Random random = new Random(seed);
            List<TrackingEvent> arrivals = new ArrayList<>(journey);
            int duplicates = 1 + random.nextInt(journey.size());
            for (int d = 0; d < duplicates; d++) {
                arrivals.add(journey.get(random.nextInt(journey.size())));
            }
            Collections.shuffle(arrivals, random);
            Journey trial = new Journey();

            List<EventOutcome> outcomes = trial.ingest(randomBatches(arrivals, random));

            Order actual = trial.order();
            assertThat(actual.status()).as("seed %d", seed).isEqualTo(OrderStatus.DELIVERED);
            assertThat(actual.timeline()).as("seed %d", seed).isEqualTo(expected.timeline());
            assertThat(actual.shipments()).as("seed %d", seed).singleElement().satisfies(s -> {
                Shipment e = expected.shipments().getFirst();
                assertThat(Arrays.asList(s.getId(), s.status(), s.deliveredAt(), s.proofOfDelivery(), s.lastEventAt()))
                        .isEqualTo(Arrays.asList(e.getId(), e.status(), e.deliveredAt(), e.proofOfDelivery(), e.lastEventAt()));
            });
            assertThat(outcomes).as("seed %d", seed).filteredOn(o -> o.result() == Result.ACCEPTED).hasSize(journey.size());
            assertThat(outcomes).as("seed %d", seed).filteredOn(o -> o.result() == Result.DUPLICATE).hasSize(duplicates);
            assertThat(trial.carriers.ready()).as("seed %d", seed).hasSize(1);
        }
    }

    @Test
    void findsTheShipmentByTrackingIdWhenTheOrderHasOneAndAsksForTheNumberWhenItHasSeveral() {
        Order single = storedConfirmedOrder();
        packWholeOrder(single);
        Order split = storedConfirmedOrder();
        CarrierTrackingNumber mugs = uniqueCarrierTrackingNumber();
        ingestion.record(List.of(
                packed(split.getId(), warehouseEvent(uniqueEventId("pack"), Milestone.PACKED, T0.plus(HOUR)),
                        manifest(UPS, mugs, line("MUG-BLUE", 2))),
                packed(split.getId(), warehouseEvent(uniqueEventId("pack"), Milestone.PACKED, T0.plus(HOUR)),
                        manifest(UPS, uniqueCarrierTrackingNumber(), line("TEA-EARL", 1)))));
        Order unpacked = storedConfirmedOrder();
        TrackingId splitId = split.trackingId().orElseThrow();

        List<EventOutcome> outcomes = ingestion.recordTracking(List.of(
                tracking(single.trackingId().orElseThrow(), scanAt("a", Milestone.HANDED_OVER, 2, HUB_OFFSET)),
                tracking(splitId, scanAt("b", Milestone.HANDED_OVER, 2, HUB_OFFSET)),
                new RecordTrackingEvents.Event(splitId, null, mugs, scanAt("c", Milestone.HANDED_OVER, 2, HUB_OFFSET)),
                tracking(unpacked.trackingId().orElseThrow(), scanAt("d", Milestone.HANDED_OVER, 2, HUB_OFFSET))));

        assertThat(outcomes).containsExactly(
                new EventOutcome(0, Result.ACCEPTED, null, single.getId()),
                EventOutcome.rejected(1, "order " + split.orderNumber() + " has 2 shipments: name the carrierTrackingNumber"),
                new EventOutcome(2, Result.ACCEPTED, null, split.getId()),
                EventOutcome.rejected(3, "order " + unpacked.orderNumber() + " has no shipment yet"));
        assertThat(load(split).status()).isEqualTo(OrderStatus.PARTIALLY_SHIPPED);
    }

    @Test
    void aTrackingNumberWithoutCarrierMustNameOneShipment() {
        Order ups = storedConfirmedOrder();
        Order dhl = storedConfirmedOrder();
        CarrierTrackingNumber shared = uniqueCarrierTrackingNumber();
        ingestion.record(List.of(
                packed(ups.getId(), warehouseEvent(uniqueEventId("pack"), Milestone.PACKED, T0.plus(HOUR)),
                        manifest(UPS, shared, line("MUG-BLUE", 2), line("TEA-EARL", 1))),
                packed(dhl.getId(), warehouseEvent(uniqueEventId("pack"), Milestone.PACKED, T0.plus(HOUR)),
                        manifest(DHL, shared, line("MUG-BLUE", 2), line("TEA-EARL", 1)))));
        Order alone = storedConfirmedOrder();
        CarrierTrackingNumber own = packWholeOrder(alone);

        List<EventOutcome> outcomes = ingestion.recordTracking(List.of(
                new RecordTrackingEvents.Event(null, null, own, scanAt("a", Milestone.HANDED_OVER, 2, HUB_OFFSET)),
                new RecordTrackingEvents.Event(null, null, shared, scanAt("b", Milestone.HANDED_OVER, 2, HUB_OFFSET))));

        assertThat(outcomes).containsExactly(
                new EventOutcome(0, Result.ACCEPTED, null, alone.getId()),
                EventOutcome.rejected(1, "tracking number " + shared + " is used by several carriers: name the carrier"));
    }

    // ---- races ---------------------------------------------------------------------------------

    @Test
    void aBatchThatLostARaceIsRedoneFromAFreshLoad() {
        Order order = storedConfirmedOrder();
        TrackingEvent allocatedByOther = warehouseEvent(uniqueEventId("alloc"), Milestone.ALLOCATED, T0.plus(HOUR));
        Orders racing = new InterferingOrders(store, 1, () -> {
            Order other = store.byId(order.getId()).orElseThrow();
            other.record(allocatedByOther, null, null);
            store.save(List.of(other));
        });
        EventIngestionService service = new EventIngestionService(racing, store, carriers, notifications);
        TrackingEvent picked = warehouseEvent(uniqueEventId("pick"), Milestone.PICKED, T0.plus(HOUR.multipliedBy(2)));
        TrackingEvent packedEvent = warehouseEvent(uniqueEventId("pack"), Milestone.PACKED, T0.plus(HOUR.multipliedBy(3)));

        List<EventOutcome> outcomes = service.record(List.of(
                warehouse(order.getId(), picked), packed(order.getId(), packedEvent, wholeOrderManifest())));

        assertThat(outcomes).extracting(EventOutcome::result).containsExactly(Result.ACCEPTED, Result.ACCEPTED);
        Order stored = load(order);
        assertThat(stored.hasRecorded(allocatedByOther.key())).as("the winner's change survives").isTrue();
        assertThat(stored.hasRecorded(picked.key())).isTrue();
        assertThat(stored.status()).isEqualTo(OrderStatus.PACKED);
        assertThat(store.versionOf(order.getId())).isEqualTo(3);
        assertThat(carriers.ready()).as("told once, not once per attempt").hasSize(1);
        assertThat(notifications.calls()).isEqualTo(1);
    }

    @Test
    void anEventTheWinnerOfARaceAlreadyRecordedIsADuplicateOnRetry() {
        Order order = storedConfirmedOrder();
        TrackingEvent packedEvent = warehouseEvent(uniqueEventId("pack"), Milestone.PACKED, T0.plus(HOUR));
        PackingManifest manifest = wholeOrderManifest();
        Orders racing = new InterferingOrders(store, 1, () -> {
            Order other = store.byId(order.getId()).orElseThrow();
            other.record(packedEvent, null, manifest);
            store.save(List.of(other));
        });
        EventIngestionService service = new EventIngestionService(racing, store, carriers, notifications);

        List<EventOutcome> outcomes = service.record(List.of(packed(order.getId(), packedEvent, manifest)));

        assertThat(outcomes).containsExactly(new EventOutcome(0, Result.DUPLICATE, null, order.getId()));
        assertThat(load(order).shipments()).hasSize(1);
        assertThat(carriers.ready()).as("the winner tells the carrier, not the loser").isEmpty();
        assertThat(notifications.calls()).isZero();
    }

    @Test
    void givesUpAfterLosingEveryAttemptAndStoresAndTellsNothing() {
        Order order = storedConfirmedOrder();
        Orders alwaysLosing = new InterferingOrders(store, Integer.MAX_VALUE, () -> {
            Order other = store.byId(order.getId()).orElseThrow();
            other.record(warehouseEvent(uniqueEventId("other"), Milestone.ALLOCATED, T0.plus(HOUR)), null, null);
            store.save(List.of(other));
        });
        EventIngestionService service = new EventIngestionService(alwaysLosing, store, carriers, notifications);
        TrackingEvent packedEvent = warehouseEvent(uniqueEventId("pack"), Milestone.PACKED, T0.plus(HOUR));

        assertThatThrownBy(() -> service.record(List.of(packed(order.getId(), packedEvent, wholeOrderManifest()))))
                .isInstanceOf(ConcurrentUpdateException.class);

        assertThat(load(order).hasRecorded(packedEvent.key())).isFalse();
        assertThat(load(order).timeline()).hasSize(2 + Conflicts.ATTEMPTS);
        assertThat(carriers.ready()).isEmpty();
        assertThat(notifications.calls()).isZero();
    }

    // ---- helpers -------------------------------------------------------------------------------

    private Order storedConfirmedOrder() {
        Order order = anOrder().confirmed();
        store.save(List.of(order));
        return order;
    }

    private Order load(Order order) {
        return store.byId(order.getId()).orElseThrow();
    }

    /** Packs the whole order into one UPS shipment through the service; returns its tracking number. */
    private CarrierTrackingNumber packWholeOrder(Order order) {
        PackingManifest manifest = wholeOrderManifest();
        List<EventOutcome> outcomes = ingestion.record(List.of(
                packed(order.getId(), warehouseEvent(uniqueEventId("pack"), Milestone.PACKED, T0.plus(HOUR)), manifest)));
        assertThat(outcomes).extracting(EventOutcome::result).containsExactly(Result.ACCEPTED);
        return manifest.carrierTrackingNumber();
    }

    private static TrackingEvent scanAt(String id, Milestone milestone, long hoursAfterT0, ZoneOffset offset) {
        return carrierEvent(UPS_FEED, id, milestone, T0.plus(HOUR.multipliedBy(hoursAfterT0)), offset);
    }

    private static List<List<TrackingEvent>> randomBatches(List<TrackingEvent> arrivals, Random random) {
        List<List<TrackingEvent>> batches = new ArrayList<>();
        int from = 0;
        while (from < arrivals.size()) {
            int to = Math.min(arrivals.size(), from + 1 + random.nextInt(4));
            batches.add(arrivals.subList(from, to));
            from = to;
        }
        return batches;
    }

    /** One order, always the same, in a store of its own: its journey can be replayed in any order. */
    private static final class Journey {
        static final OrderId ID = OrderId.random();
        static final String NUMBER = uniqueOrderNumber();
        static final TrackingId TRACKING_ID = TrackingId.generate();
        static final CarrierTrackingNumber CARRIER_NUMBER = uniqueCarrierTrackingNumber();
        static final TrackingEvent PACKED = warehouseEvent("pack-journey", Milestone.PACKED, T0.plus(HOUR));

        final InMemoryOrders orders = new InMemoryOrders();
        final RecordingCarriers carriers = new RecordingCarriers();
        final EventIngestionService service = new EventIngestionService(orders, orders, carriers, new RecordingNotifications());

        Journey() {
            Order order = anOrder().id(ID).number(NUMBER).placedAt(T0).placed();
            order.confirm(TRACKING_ID, T0.plusSeconds(60));
            orders.save(List.of(order));
            service.record(List.of(packed(ID, PACKED, manifest(UPS, CARRIER_NUMBER, line("MUG-BLUE", 2), line("TEA-EARL", 1)))));
        }

        List<EventOutcome> ingest(List<List<TrackingEvent>> batches) {
            List<EventOutcome> outcomes = new ArrayList<>();
            for (List<TrackingEvent> batch : batches) {
                outcomes.addAll(service.recordTracking(batch.stream().map(e -> tracking(UPS, CARRIER_NUMBER, e)).toList()));
            }
            return outcomes;
        }

        Order order() {
            return orders.byId(ID).orElseThrow();
        }
    }
}
