package io.waybill.application.port.out;

import io.waybill.application.fakes.InDefaultTenant;
import io.waybill.application.shared.ConcurrentUpdateException;
import static io.waybill.application.fakes.OrderTestData.DHL;
import static io.waybill.application.fakes.OrderTestData.T0;
import static io.waybill.application.fakes.OrderTestData.UPS;
import static io.waybill.application.fakes.OrderTestData.anOrder;
import static io.waybill.application.fakes.OrderTestData.line;
import static io.waybill.application.fakes.OrderTestData.manifest;
import static io.waybill.application.fakes.OrderTestData.pack;
import static io.waybill.application.fakes.OrderTestData.scan;
import static io.waybill.application.fakes.OrderTestData.uniqueCarrier;
import static io.waybill.application.fakes.OrderTestData.uniqueCarrierTrackingNumber;
import static io.waybill.application.fakes.OrderTestData.uniqueEventId;
import static io.waybill.application.fakes.OrderTestData.uniqueHour;
import static io.waybill.application.fakes.OrderTestData.uniqueOrderNumber;
import static io.waybill.application.fakes.OrderTestData.warehouseEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.waybill.application.shared.OrderNumberTakenException;
import io.waybill.application.shared.OrderSearch.Lookup;
import io.waybill.application.shared.OrderSearch.Page;
import io.waybill.application.shared.OrderSearch.Query;
import io.waybill.application.shared.OrderSearch.Summary;
import io.waybill.application.port.out.Shipments.CarrierReference;
import io.waybill.application.port.out.Shipments.Located;
import io.waybill.domain.order.CarrierCode;
import io.waybill.domain.order.CarrierTrackingNumber;
import io.waybill.domain.order.Customer;
import io.waybill.domain.order.DeliveryAddress;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.OrderId;
import io.waybill.domain.order.OrderStatus;
import io.waybill.domain.order.Shipment;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.order.ShipmentStatus;
import io.waybill.domain.order.TimelineEntry;
import io.waybill.domain.tracking.EventKey;
import io.waybill.domain.tracking.Milestone;
import io.waybill.domain.tracking.TrackingEvent;
import io.waybill.domain.tracking.TrackingId;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every store of orders must do, whatever its technology: the contract of the {@link Orders} and
 * {@link Shipments} ports. Run against the in-memory fake and against the JPA adapter (H2 and
 * PostgreSQL). Extend it, return the store from {@link #orders()} and {@link #shipments()}.
 *
 * <p>The tests use the ports only, and share nothing: every order number, carrier tracking number,
 * event id, carrier searched for and placement hour searched in is fresh, so the tests pass in any
 * order against a database other tests write to at the same time. All instants are whole seconds.
 */
public abstract class OrdersContract implements InDefaultTenant {

    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Duration HOUR = Duration.ofHours(1);

    /** The store under test. */
    protected abstract Orders orders();

    /** The same store, seen as the shipments it holds. */
    protected abstract Shipments shipments();

    /**
     * Runs before each test. A store that can start empty cheaply (the fake) does so here; a shared
     * database need not: no test depends on it.
     */
    protected void startFromEmptyStore() {
    }

    @BeforeEach
    final void emptyStoreIfCheap() {
        startFromEmptyStore();
    }

    // ---- storing and loading -------------------------------------------------------------------

    @Test
    void anOrderRoundTripsWithItsWholeTimelineShipmentsStatusesTrackingIdAndPromise() {
        Order order = anOrder().placedAt(T0).confirmed();
        order.record(warehouseEvent(uniqueEventId("alloc"), Milestone.ALLOCATED, T0.plus(MINUTE.multipliedBy(10))), null, null);
        order.record(warehouseEvent(uniqueEventId("pick"), Milestone.PICKED, T0.plus(MINUTE.multipliedBy(20))), null, null);
        ShipmentId mugs = pack(order, manifest(UPS, uniqueCarrierTrackingNumber(), line("MUG-BLUE", 2)), T0.plus(MINUTE.multipliedBy(30)));
        ShipmentId tea = pack(order, manifest(UPS, uniqueCarrierTrackingNumber(), line("TEA-EARL", 1)), T0.plus(MINUTE.multipliedBy(31)));
        scan(order, mugs, Milestone.HANDED_OVER, T0.plus(HOUR.multipliedBy(2)));
        scan(order, mugs, Milestone.DELIVERED, T0.plus(HOUR.multipliedBy(26)));
        scan(order, tea, Milestone.HANDED_OVER, T0.plus(HOUR.multipliedBy(2)));
        scan(order, tea, Milestone.HELD, T0.plus(HOUR.multipliedBy(5)));
        assertThat(order.status()).isEqualTo(OrderStatus.HELD);

        orders().save(List.of(order));
        Order loaded = orders().byId(order.getId()).orElseThrow();

        assertSameState(loaded, order);
        assertThat(loaded.status()).isEqualTo(OrderStatus.HELD);
        assertThat(loaded.statusReason()).isEqualTo("customs inspection");
        assertThat(loaded.timeline()).hasSize(10);
        assertThat(loaded.shipment(mugs).orElseThrow().proofOfDelivery()).isNotNull();
        assertThat(loaded.unsavedEntries()).as("nothing is unsaved after a load").isEmpty();
        assertThat(loaded.domainEvents()).as("loading raises no domain events").isEmpty();
    }

    @Test
    void aRetractionRoundTripsAndTheStoredStatusFollowsIt() {
        Order order = anOrder().placedAt(T0).confirmed();
        ShipmentId parcel = pack(order, manifest(UPS, uniqueCarrierTrackingNumber(), line("MUG-BLUE", 2), line("TEA-EARL", 1)),
                T0.plus(MINUTE.multipliedBy(30)));
        scan(order, parcel, Milestone.HANDED_OVER, T0.plus(HOUR.multipliedBy(2)));
        TrackingEvent departing = scan(order, parcel, Milestone.IN_TRANSIT, T0.plus(HOUR.multipliedBy(3)));
        orders().save(List.of(order));
        Order loaded = orders().byId(order.getId()).orElseThrow();
        assertThat(loaded.status()).isEqualTo(OrderStatus.IN_TRANSIT);

        assertThat(loaded.retract(departing.key(), T0.plus(HOUR.multipliedBy(5)), "declared wrong (did_not_occur)")).isTrue();
        orders().save(List.of(loaded));
        Order again = orders().byId(order.getId()).orElseThrow();

        assertSameState(again, loaded);
        assertThat(again.status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(again.version()).as("a retraction is a change of the order").isGreaterThan(loaded.version());
        assertThat(again.timeline()).filteredOn(i -> i.entry().event().key().equals(departing.key())).singleElement()
                .satisfies(i -> {
                    assertThat(i.applied()).isFalse();
                    assertThat(i.entry().retraction())
                            .isEqualTo(new TimelineEntry.Retraction(T0.plus(HOUR.multipliedBy(5)), "declared wrong (did_not_occur)"));
                });
        assertThat(orders().search(new Query(Set.of(OrderStatus.SHIPPED), null, null, null, 0, 10,
                new Lookup(order.orderNumber(), null, null, null))).items()).extracting(Summary::id).containsExactly(order.getId());
        assertThat(again.unsavedRetractions()).as("nothing is unsaved after a load").isEmpty();
        assertThat(again.retract(departing.key(), T0.plus(HOUR.multipliedBy(6)), "again")).isFalse();
    }

    @Test
    void anEntryRetractedBeforeItWasEverSavedIsStoredRetracted() {
        Order order = anOrder().placedAt(T0).confirmed();
        ShipmentId parcel = pack(order, manifest(UPS, uniqueCarrierTrackingNumber(), line("MUG-BLUE", 2), line("TEA-EARL", 1)),
                T0.plus(MINUTE.multipliedBy(30)));
        TrackingEvent handedOver = scan(order, parcel, Milestone.HANDED_OVER, T0.plus(HOUR.multipliedBy(2)));
        order.retract(handedOver.key(), T0.plus(HOUR.multipliedBy(3)), "declared wrong");

        orders().save(List.of(order));
        Order loaded = orders().byId(order.getId()).orElseThrow();

        assertSameState(loaded, order);
        assertThat(loaded.status()).isEqualTo(OrderStatus.PACKED);
    }

    @Test
    void anOrderWithoutOptionalPartsRoundTripsWithThemAbsent() {
        Order order = anOrder()
                .customer(new Customer("Grace Hopper", null, "+1 202 555 0143"))
                .address(new DeliveryAddress("1 Cobol Street", null, null, "Arlington", null, "us"))
                .lines(line("NANOSECOND-WIRE", 1))
                .withoutPromise()
                .placed();

        orders().save(List.of(order));
        Order loaded = orders().byId(order.getId()).orElseThrow();

        assertSameState(loaded, order);
        assertThat(loaded.promise()).isEmpty();
        assertThat(loaded.trackingId()).isEmpty();
        assertThat(loaded.customer().email()).isNull();
        assertThat(loaded.address().line2()).isNull();
        assertThat(loaded.status()).isEqualTo(OrderStatus.PLACED);
    }

    @Test
    void anUnknownIdIsNotFound() {
        assertThat(orders().byId(OrderId.random())).isEmpty();
        assertThat(orders().byTrackingId(TrackingId.generate())).isEmpty();
    }

    @Test
    void findsAnOrderByItsTrackingId() {
        Order order = stored(anOrder().confirmed());

        Order found = orders().byTrackingId(order.trackingId().orElseThrow()).orElseThrow();

        assertThat(found.getId()).isEqualTo(order.getId());
        assertThat(found.trackingId()).isEqualTo(order.trackingId());
    }

    @Test
    void loadsSeveralOrdersLeavingOutMissingIds() {
        Order first = stored(anOrder().placed());
        Order second = stored(anOrder().confirmed());

        List<Order> found = orders().byIds(List.of(first.getId(), OrderId.random(), second.getId()));

        assertThat(found).extracting(Order::getId).containsExactlyInAnyOrder(first.getId(), second.getId());
        assertThat(found).filteredOn(o -> o.getId().equals(second.getId())).singleElement()
                .satisfies(o -> assertThat(o.status()).isEqualTo(OrderStatus.CONFIRMED));
        assertThat(orders().byIds(List.of(OrderId.random()))).isEmpty();
    }

    @Test
    void mapsOrderNumbersToIdsLeavingOutUnknownNumbers() {
        Order first = stored(anOrder().placed());
        Order second = stored(anOrder().placed());
        String unknown = uniqueOrderNumber();

        Map<String, OrderId> ids = orders().idsByOrderNumbers(List.of(first.orderNumber(), second.orderNumber(), unknown));

        assertThat(ids).containsOnly(Map.entry(first.orderNumber(), first.getId()), Map.entry(second.orderNumber(), second.getId()));
    }

    @Test
    void mapsTrackingIdsToIdsLeavingOutUnknownOnes() {
        Order first = stored(anOrder().confirmed());
        Order second = stored(anOrder().confirmed());
        TrackingId firstId = first.trackingId().orElseThrow();
        TrackingId secondId = second.trackingId().orElseThrow();

        Map<TrackingId, OrderId> ids = orders().idsByTrackingIds(List.of(firstId, secondId, TrackingId.generate()));

        assertThat(ids).containsOnly(Map.entry(firstId, first.getId()), Map.entry(secondId, second.getId()));
    }

    @Test
    void tellsWhichOrderHoldsEachRecordedEventKey() {
        Order first = anOrder().confirmed();
        TrackingEvent allocated = warehouseEvent(uniqueEventId("alloc"), Milestone.ALLOCATED, T0.plus(HOUR));
        first.record(allocated, null, null);
        stored(first);
        Order second = anOrder().confirmed();
        TrackingEvent picked = warehouseEvent(uniqueEventId("pick"), Milestone.PICKED, T0.plus(HOUR));
        second.record(picked, null, null);
        stored(second);
        EventKey unknown = warehouseEvent(uniqueEventId("never"), Milestone.PICKED, T0).key();

        Map<EventKey, OrderId> holders = orders().ordersHolding(List.of(allocated.key(), picked.key(), unknown));

        assertThat(holders).containsOnly(Map.entry(allocated.key(), first.getId()), Map.entry(picked.key(), second.getId()));
    }

    @Test
    void savingAChangedOrderAppendsItsNewEventsAndUpdatesItsStatus() {
        Instant hour = uniqueHour();
        Order order = stored(anOrder().placedAt(hour).confirmed());
        TrackingEvent original = order.timeline().getLast().entry().event();

        Order loaded = orders().byId(order.getId()).orElseThrow();
        TrackingEvent allocated = warehouseEvent(uniqueEventId("alloc"), Milestone.ALLOCATED, hour.plus(HOUR));
        TrackingEvent picked = warehouseEvent(uniqueEventId("pick"), Milestone.PICKED, hour.plus(HOUR.multipliedBy(2)));
        loaded.record(picked, null, null);
        loaded.record(allocated, null, null);
        orders().save(List.of(loaded));

        Order reloaded = orders().byId(order.getId()).orElseThrow();
        assertThat(reloaded.status()).isEqualTo(OrderStatus.PICKED);
        assertThat(reloaded.timeline()).extracting(i -> i.entry().event()).containsExactly(
                order.timeline().getFirst().entry().event(), original, allocated, picked);
        assertThat(searchIn(hour, Set.of(OrderStatus.PICKED))).extracting(Summary::id).containsExactly(order.getId());
        assertThat(searchIn(hour, Set.of(OrderStatus.CONFIRMED))).isEmpty();
    }

    @Test
    void anOrderCanBeLoadedChangedAndSavedAgainAndAgain() {
        Order order = stored(anOrder().confirmed());
        Milestone[] steps = {Milestone.ALLOCATION_FAILED, Milestone.ALLOCATED, Milestone.PICKED};
        for (int i = 0; i < steps.length; i++) {
            Order loaded = orders().byId(order.getId()).orElseThrow();
            loaded.record(warehouseEvent(uniqueEventId("step"), steps[i], T0.plus(HOUR.multipliedBy(i + 1))), null, null);
            orders().save(List.of(loaded));
        }

        Order reloaded = orders().byId(order.getId()).orElseThrow();
        assertThat(reloaded.timeline()).extracting(i -> i.entry().event().milestone()).containsExactly(Milestone.PLACED,
                Milestone.CONFIRMED, Milestone.ALLOCATION_FAILED, Milestone.ALLOCATED, Milestone.PICKED);
        assertThat(reloaded.status()).isEqualTo(OrderStatus.PICKED);
    }

    @Test
    void whatIsNotSavedIsNotStoredAndASavedOrderIsACopy() {
        Order order = anOrder().confirmed();
        orders().save(List.of(order));
        TrackingEvent afterSave = warehouseEvent(uniqueEventId("after-save"), Milestone.ALLOCATED, T0.plus(HOUR));
        order.record(afterSave, null, null);

        Order loaded = orders().byId(order.getId()).orElseThrow();
        TrackingEvent unsaved = warehouseEvent(uniqueEventId("unsaved"), Milestone.PICKED, T0.plus(HOUR));
        loaded.record(unsaved, null, null);

        Order reloaded = orders().byId(order.getId()).orElseThrow();
        assertThat(reloaded.hasRecorded(afterSave.key())).isFalse();
        assertThat(reloaded.hasRecorded(unsaved.key())).isFalse();
        assertThat(reloaded.status()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(orders().ordersHolding(List.of(afterSave.key(), unsaved.key()))).isEmpty();
    }

    // ---- conflicts -----------------------------------------------------------------------------

    @Test
    void theSecondOfTwoConcurrentChangesFailsAndNothingOfItIsStored() {
        Order order = stored(anOrder().confirmed());
        Order first = orders().byId(order.getId()).orElseThrow();
        Order second = orders().byId(order.getId()).orElseThrow();
        TrackingEvent allocated = warehouseEvent(uniqueEventId("alloc"), Milestone.ALLOCATED, T0.plus(HOUR));
        TrackingEvent failed = warehouseEvent(uniqueEventId("short"), Milestone.ALLOCATION_FAILED, T0.plus(HOUR))
                .withReason("MUG-BLUE short by 2");
        first.record(allocated, null, null);
        second.record(failed, null, null);

        orders().save(List.of(first));

        assertThatThrownBy(() -> orders().save(List.of(second))).isInstanceOf(ConcurrentUpdateException.class);
        Order stored = orders().byId(order.getId()).orElseThrow();
        assertThat(stored.hasRecorded(allocated.key())).isTrue();
        assertThat(stored.hasRecorded(failed.key())).isFalse();
        assertThat(stored.status()).isEqualTo(OrderStatus.ALLOCATED);
        assertThat(orders().ordersHolding(List.of(failed.key()))).isEmpty();
    }

    @Test
    void aSaveWithOneStaleOrderStoresNoneOfItsOrders() {
        Order stale = stored(anOrder().confirmed());
        Order fresh = stored(anOrder().confirmed());
        Order staleCopy = orders().byId(stale.getId()).orElseThrow();
        Order winner = orders().byId(stale.getId()).orElseThrow();
        winner.record(warehouseEvent(uniqueEventId("win"), Milestone.ALLOCATED, T0.plus(HOUR)), null, null);
        orders().save(List.of(winner));

        Order freshLoaded = orders().byId(fresh.getId()).orElseThrow();
        TrackingEvent freshEvent = warehouseEvent(uniqueEventId("fresh"), Milestone.ALLOCATED, T0.plus(HOUR));
        freshLoaded.record(freshEvent, null, null);
        TrackingEvent staleEvent = warehouseEvent(uniqueEventId("stale"), Milestone.PICKED, T0.plus(HOUR));
        staleCopy.record(staleEvent, null, null);
        Order brandNew = anOrder().placed();

        assertThatThrownBy(() -> orders().save(List.of(freshLoaded, brandNew, staleCopy)))
                .isInstanceOf(ConcurrentUpdateException.class);

        assertThat(orders().byId(fresh.getId()).orElseThrow().hasRecorded(freshEvent.key())).isFalse();
        assertThat(orders().byId(brandNew.getId())).isEmpty();
        assertThat(orders().byId(stale.getId()).orElseThrow().hasRecorded(staleEvent.key())).isFalse();
        assertThat(orders().ordersHolding(List.of(freshEvent.key(), staleEvent.key()))).isEmpty();
    }

    @Test
    void theVersionByTrackingIdChangesWithEverySavedChange() {
        Order order = anOrder().confirmed();
        orders().save(List.of(order));
        TrackingId trackingId = order.trackingId().orElseThrow();
        long first = orders().versionByTrackingId(trackingId).orElseThrow();

        Order loaded = orders().byId(order.getId()).orElseThrow();
        loaded.cancel("customer request", loaded.placedAt().plusSeconds(60));
        orders().save(List.of(loaded));

        assertThat(orders().versionByTrackingId(trackingId).orElseThrow()).isNotEqualTo(first);
        assertThat(orders().versionByTrackingId(TrackingId.generate())).isEmpty();
    }

    @Test
    void anOrderNumberCanBeUsedOnce() {
        String number = uniqueOrderNumber();
        Order first = stored(anOrder().number(number).placed());
        Order second = anOrder().number(number).placed();
        Order bystander = anOrder().placed();

        assertThatThrownBy(() -> orders().save(List.of(bystander, second)))
                .isInstanceOfSatisfying(OrderNumberTakenException.class, e -> assertThat(e.existing())
                        .as("the holder of the number, where the store can tell").isIn(null, first.getId()));

        assertThat(orders().byId(second.getId())).isEmpty();
        assertThat(orders().byId(bystander.getId())).as("all or nothing").isEmpty();
        assertThat(orders().idsByOrderNumbers(List.of(number))).containsOnly(Map.entry(number, first.getId()));
    }

    /**
     * Event keys are unique across orders. The ingestion service checks {@link Orders#ordersHolding}
     * before recording, so a clash at save time means another writer got there first: the store says
     * so with {@link ConcurrentUpdateException}, and the retry then rejects the event.
     */
    @Test
    void anEventKeyHeldByAnotherOrderIsAConflict() {
        TrackingEvent allocated = warehouseEvent(uniqueEventId("alloc"), Milestone.ALLOCATED, T0.plus(HOUR));
        Order holder = anOrder().confirmed();
        holder.record(allocated, null, null);
        stored(holder);
        Order other = stored(anOrder().confirmed());
        Order otherLoaded = orders().byId(other.getId()).orElseThrow();
        otherLoaded.record(allocated, null, null);

        assertThatThrownBy(() -> orders().save(List.of(otherLoaded))).isInstanceOf(ConcurrentUpdateException.class);

        assertThat(orders().byId(other.getId()).orElseThrow().hasRecorded(allocated.key())).isFalse();
        assertThat(orders().ordersHolding(List.of(allocated.key()))).containsOnly(Map.entry(allocated.key(), holder.getId()));
    }

    /** A carrier's tracking number names one shipment; another order packing it is a conflict, as above. */
    @Test
    void aCarrierTrackingNumberHeldByAnotherOrderIsAConflictButAnotherCarrierMayUseIt() {
        CarrierTrackingNumber number = uniqueCarrierTrackingNumber();
        Order holder = anOrder().confirmed();
        ShipmentId held = pack(holder, manifest(UPS, number, line("MUG-BLUE", 2)), T0.plus(HOUR));
        stored(holder);
        Order clash = anOrder().confirmed();
        pack(clash, manifest(UPS, number, line("MUG-BLUE", 2)), T0.plus(HOUR));

        assertThatThrownBy(() -> orders().save(List.of(clash))).isInstanceOf(ConcurrentUpdateException.class);
        assertThat(orders().byId(clash.getId())).isEmpty();

        Order otherCarrier = anOrder().confirmed();
        ShipmentId sameNumber = pack(otherCarrier, manifest(DHL, number, line("MUG-BLUE", 2)), T0.plus(HOUR));
        orders().save(List.of(otherCarrier));
        assertThat(shipments().locate(List.of(new CarrierReference(UPS, number), new CarrierReference(DHL, number)))).containsOnly(
                Map.entry(new CarrierReference(UPS, number), new Located(holder.getId(), held)),
                Map.entry(new CarrierReference(DHL, number), new Located(otherCarrier.getId(), sameNumber)));
    }

    // ---- shipments -----------------------------------------------------------------------------

    @Test
    void locatesAShipmentByCarrierAndTrackingNumberOncePacked() {
        Order order = stored(anOrder().confirmed());
        CarrierTrackingNumber number = uniqueCarrierTrackingNumber();
        CarrierReference reference = new CarrierReference(UPS, number);
        assertThat(shipments().locate(List.of(reference))).isEmpty();

        Order loaded = orders().byId(order.getId()).orElseThrow();
        ShipmentId shipment = pack(loaded, manifest(UPS, number, line("MUG-BLUE", 2), line("TEA-EARL", 1)), T0.plus(HOUR));
        orders().save(List.of(loaded));

        Map<CarrierReference, Located> located = shipments().locate(List.of(reference,
                new CarrierReference(DHL, number), new CarrierReference(UPS, uniqueCarrierTrackingNumber())));
        assertThat(located).containsOnly(Map.entry(reference, new Located(order.getId(), shipment)));
    }

    @Test
    void loadsTheOrderHoldingAShipment() {
        Order order = anOrder().confirmed();
        ShipmentId first = pack(order, manifest(UPS, uniqueCarrierTrackingNumber(), line("MUG-BLUE", 2)), T0.plus(HOUR));
        ShipmentId second = pack(order, manifest(UPS, uniqueCarrierTrackingNumber(), line("TEA-EARL", 1)), T0.plus(HOUR));
        scan(order, second, Milestone.HANDED_OVER, T0.plus(HOUR.multipliedBy(2)));
        stored(anOrder().confirmed());
        orders().save(List.of(order));

        assertThat(orders().byShipment(first).map(Order::getId)).contains(order.getId());
        Order loaded = orders().byShipment(second).orElseThrow();
        assertThat(loaded.getId()).isEqualTo(order.getId());
        assertThat(loaded.shipment(second).orElseThrow().status()).isEqualTo(ShipmentStatus.SHIPPED);
        assertThat(loaded.timeline()).hasSize(order.timeline().size());
        assertThat(orders().byShipment(new ShipmentId(java.util.UUID.randomUUID()))).isEmpty();
    }

    @Test
    void locatesShipmentsByTrackingNumberAloneAcrossCarriers() {
        CarrierTrackingNumber shared = uniqueCarrierTrackingNumber();
        CarrierTrackingNumber single = uniqueCarrierTrackingNumber();
        CarrierTrackingNumber unknown = uniqueCarrierTrackingNumber();
        Order ups = anOrder().confirmed();
        ShipmentId upsShipment = pack(ups, manifest(UPS, shared, line("MUG-BLUE", 2)), T0.plus(HOUR));
        ShipmentId singleShipment = pack(ups, manifest(UPS, single, line("TEA-EARL", 1)), T0.plus(HOUR));
        Order dhl = anOrder().confirmed();
        ShipmentId dhlShipment = pack(dhl, manifest(DHL, shared, line("MUG-BLUE", 1)), T0.plus(HOUR));
        orders().save(List.of(ups, dhl));

        Map<CarrierTrackingNumber, List<Located>> found = shipments().locateByNumber(List.of(shared, single, unknown));

        assertThat(found.get(shared)).containsExactlyInAnyOrder(new Located(ups.getId(), upsShipment),
                new Located(dhl.getId(), dhlShipment));
        assertThat(found.get(single)).containsExactly(new Located(ups.getId(), singleShipment));
        assertThat(found.getOrDefault(unknown, List.of())).isEmpty();
    }

    // ---- search --------------------------------------------------------------------------------

    @Test
    void searchesByStatusWithinAPlacementRangeNewestFirst() {
        Instant hour = uniqueHour();
        Order placed = anOrder().placedAt(hour.plus(MINUTE)).placed();
        Order confirmed = anOrder().placedAt(hour.plus(MINUTE.multipliedBy(2))).confirmed();
        Order packed = anOrder().placedAt(hour.plus(MINUTE.multipliedBy(3))).confirmed();
        pack(packed, manifest(UPS, uniqueCarrierTrackingNumber(), line("MUG-BLUE", 2), line("TEA-EARL", 1)), hour.plus(MINUTE.multipliedBy(10)));
        Order shipped = anOrder().placedAt(hour.plus(MINUTE.multipliedBy(4))).confirmed();
        ShipmentId s = pack(shipped, manifest(UPS, uniqueCarrierTrackingNumber(), line("MUG-BLUE", 2), line("TEA-EARL", 1)),
                hour.plus(MINUTE.multipliedBy(10)));
        scan(shipped, s, Milestone.HANDED_OVER, hour.plus(MINUTE.multipliedBy(20)));
        orders().save(List.of(placed, confirmed, packed, shipped));

        assertThat(searchIn(hour, Set.of(OrderStatus.CONFIRMED, OrderStatus.PACKED))).extracting(Summary::id)
                .containsExactly(packed.getId(), confirmed.getId());
        assertThat(searchIn(hour, Set.of(OrderStatus.SHIPPED))).extracting(Summary::id).containsExactly(shipped.getId());
        assertThat(searchIn(hour, Set.of(OrderStatus.DELIVERED))).isEmpty();
        assertThat(searchIn(hour, Set.of())).as("no status filters nothing").extracting(Summary::id)
                .containsExactly(shipped.getId(), packed.getId(), confirmed.getId(), placed.getId());
    }

    @Test
    void countsPerStatusAgreeWithTheSearchAndCountEveryStatusAsked() {
        Instant hour = uniqueHour();
        Order packed = anOrder().placedAt(hour.plus(MINUTE)).confirmed();
        pack(packed, manifest(UPS, uniqueCarrierTrackingNumber(), line("MUG-BLUE", 2), line("TEA-EARL", 1)), hour.plus(MINUTE.multipliedBy(10)));
        orders().save(List.of(anOrder().placedAt(hour).placed(), anOrder().placedAt(hour).confirmed(), packed));
        Set<OrderStatus> asked = Set.of(OrderStatus.PLACED, OrderStatus.CONFIRMED, OrderStatus.PACKED, OrderStatus.LOST);

        Map<OrderStatus, Long> counts = orders().countByStatus(asked);

        assertThat(counts).containsOnlyKeys(asked);
        for (OrderStatus status : asked) {
            assertThat(counts.get(status)).as("%s", status)
                    .isEqualTo(orders().search(new Query(Set.of(status), null, null, null, 0, 1)).total());
        }
        assertThat(counts.get(OrderStatus.PLACED)).isPositive();
        assertThat(counts.get(OrderStatus.PACKED)).isPositive();
        assertThat(orders().countByStatus(Set.of())).isEmpty();
    }

    @Test
    void thePlacementRangeIncludesItsStartAndExcludesItsEnd() {
        Instant hour = uniqueHour();
        Order justBefore = anOrder().placedAt(hour.minusSeconds(1)).placed();
        Order atStart = anOrder().placedAt(hour).placed();
        Order inside = anOrder().placedAt(hour.plus(MINUTE.multipliedBy(59))).placed();
        Order atEnd = anOrder().placedAt(hour.plus(HOUR)).placed();
        orders().save(List.of(justBefore, atStart, inside, atEnd));

        Page page = orders().search(new Query(Set.of(), hour, hour.plus(HOUR), null, 0, 10));

        assertThat(page.items()).extracting(Summary::id).containsExactly(inside.getId(), atStart.getId());
        assertThat(page.total()).isEqualTo(2);
        assertThat(orders().search(new Query(Set.of(), hour.minusSeconds(1), hour, null, 0, 10)).items())
                .extracting(Summary::id).containsExactly(justBefore.getId());
    }

    @Test
    void searchesByCarrierOfAnyShipment() {
        CarrierCode carrier = uniqueCarrier();
        Order both = anOrder().placedAt(T0.plus(HOUR)).confirmed();
        pack(both, manifest(carrier, uniqueCarrierTrackingNumber(), line("MUG-BLUE", 2)), T0.plus(HOUR.multipliedBy(2)));
        pack(both, manifest(UPS, uniqueCarrierTrackingNumber(), line("TEA-EARL", 1)), T0.plus(HOUR.multipliedBy(2)));
        Order only = anOrder().placedAt(T0).confirmed();
        pack(only, manifest(carrier, uniqueCarrierTrackingNumber(), line("MUG-BLUE", 2)), T0.plus(HOUR));
        Order other = anOrder().placedAt(T0).confirmed();
        pack(other, manifest(UPS, uniqueCarrierTrackingNumber(), line("MUG-BLUE", 2), line("TEA-EARL", 1)), T0.plus(HOUR));
        orders().save(List.of(both, only, other));

        Page page = orders().search(new Query(null, null, null, carrier, 0, 10));

        assertThat(page.items()).extracting(Summary::id).containsExactly(both.getId(), only.getId());
        assertThat(page.total()).isEqualTo(2);
        assertThat(page.items().get(0).carriers()).containsExactlyInAnyOrder(carrier, UPS);
        assertThat(page.items().get(1).carriers()).containsExactly(carrier);
        assertThat(orders().search(new Query(Set.of(OrderStatus.PARTIALLY_PACKED), null, null, carrier, 0, 10)).items())
                .extracting(Summary::id).containsExactly(only.getId());
    }

    @Test
    void looksAnOrderUpByOrderNumberTrackingIdCarrierTrackingNumberOrCustomerEmail() {
        String email = "lookup-" + uniqueOrderNumber().toLowerCase(Locale.ROOT) + "@example.org";
        Order wanted = anOrder().customer(new Customer("Grace Hopper", email, null)).confirmed();
        CarrierTrackingNumber parcel = uniqueCarrierTrackingNumber();
        pack(wanted, manifest(DHL, parcel, line("MUG-BLUE", 1)), T0.plus(HOUR));
        Order sameCustomer = anOrder().customer(new Customer("Grace Hopper", email.toUpperCase(Locale.ROOT), null))
                .placedAt(T0.minus(HOUR)).placed();
        Order bystander = anOrder().confirmed();
        orders().save(List.of(wanted, sameCustomer, bystander));

        assertThat(lookUp(new Lookup(wanted.orderNumber(), null, null, null))).containsExactly(wanted.getId());
        assertThat(lookUp(new Lookup(null, wanted.trackingId().orElseThrow(), null, null))).containsExactly(wanted.getId());
        assertThat(lookUp(new Lookup(null, null, parcel, null))).containsExactly(wanted.getId());
        assertThat(lookUp(new Lookup(null, null, null, email.toUpperCase(Locale.ROOT))))
                .as("the e-mail address ignoring case, newest first").containsExactly(wanted.getId(), sameCustomer.getId());
        assertThat(lookUp(new Lookup(wanted.orderNumber(), null, null, email))).as("every set field must match")
                .containsExactly(wanted.getId());
        assertThat(lookUp(new Lookup(bystander.orderNumber(), null, parcel, null))).isEmpty();
        assertThat(lookUp(new Lookup(null, TrackingId.generate(), null, null))).isEmpty();
        assertThat(orders().search(new Query(Set.of(OrderStatus.PLACED), null, null, null, 0, 10, new Lookup(null, null, null, email)))
                .items()).extracting(Summary::id).as("combined with the other criteria").containsExactly(sameCustomer.getId());
    }

    @Test
    void searchesAPageAtATimeWithTheTotalCount() {
        Instant hour = uniqueHour();
        Order[] newestFirst = new Order[5];
        for (int i = 0; i < newestFirst.length; i++) {
            newestFirst[i] = anOrder().placedAt(hour.plus(MINUTE.multipliedBy(50 - i * 10L))).placed();
        }
        orders().save(List.of(newestFirst[3], newestFirst[0], newestFirst[4], newestFirst[2], newestFirst[1]));

        Page first = orders().search(new Query(Set.of(), hour, hour.plus(HOUR), null, 0, 2));
        Page second = orders().search(new Query(Set.of(), hour, hour.plus(HOUR), null, 1, 2));
        Page third = orders().search(new Query(Set.of(), hour, hour.plus(HOUR), null, 2, 2));
        Page beyond = orders().search(new Query(Set.of(), hour, hour.plus(HOUR), null, 3, 2));

        assertThat(first.items()).extracting(Summary::id).containsExactly(newestFirst[0].getId(), newestFirst[1].getId());
        assertThat(second.items()).extracting(Summary::id).containsExactly(newestFirst[2].getId(), newestFirst[3].getId());
        assertThat(third.items()).extracting(Summary::id).containsExactly(newestFirst[4].getId());
        assertThat(beyond.items()).isEmpty();
        assertThat(List.of(first, second, third, beyond)).allSatisfy(p -> {
            assertThat(p.total()).isEqualTo(5);
            assertThat(p.size()).isEqualTo(2);
        });
        assertThat(second.page()).isEqualTo(1);
    }

    @Test
    void aSummaryNamesTheOrderItsTrackingIdStatusPlacementAndCarriers() {
        Instant hour = uniqueHour();
        Order order = anOrder().placedAt(hour.plus(MINUTE)).confirmed();
        pack(order, manifest(DHL, uniqueCarrierTrackingNumber(), line("MUG-BLUE", 1)), hour.plus(MINUTE.multipliedBy(5)));
        stored(order);

        Summary summary = orders().search(new Query(Set.of(), hour, hour.plus(HOUR), null, 0, 10)).items().getFirst();

        assertThat(summary).isEqualTo(new Summary(order.getId(), order.orderNumber(), order.trackingId().orElseThrow(),
                OrderStatus.PARTIALLY_PACKED, hour.plus(MINUTE), List.of(DHL)));
    }

    // ---- helpers -------------------------------------------------------------------------------

    private Order stored(Order order) {
        orders().save(List.of(order));
        return order;
    }

    private List<OrderId> lookUp(Lookup lookup) {
        return orders().search(new Query(null, null, null, null, 0, 10, lookup)).items().stream().map(Summary::id).toList();
    }

    private List<Summary> searchIn(Instant hour, Set<OrderStatus> statuses) {
        return orders().search(new Query(statuses, hour, hour.plus(HOUR), null, 0, 50)).items();
    }

    private static void assertSameState(Order actual, Order expected) {
        assertThat(actual.getId()).isEqualTo(expected.getId());
        assertThat(actual.orderNumber()).isEqualTo(expected.orderNumber());
        assertThat(actual.customer()).isEqualTo(expected.customer());
        assertThat(actual.address()).isEqualTo(expected.address());
        assertThat(actual.lines()).isEqualTo(expected.lines());
        assertThat(actual.promise()).isEqualTo(expected.promise());
        assertThat(actual.placedAt()).isEqualTo(expected.placedAt());
        assertThat(actual.trackingId()).isEqualTo(expected.trackingId());
        assertThat(actual.status()).isEqualTo(expected.status());
        assertThat(actual.statusReason()).isEqualTo(expected.statusReason());
        assertThat(actual.shipments()).map(OrdersContract::state)
                .containsExactlyElementsOf(expected.shipments().stream().map(OrdersContract::state).toList());
        assertThat(actual.timeline()).as("the timeline, with every field of every event (offsets included)")
                .isEqualTo(expected.timeline());
    }

    private static List<Object> state(Shipment s) {
        return Arrays.asList(s.getId(), s.manifest(), s.status(), s.statusReason(), s.lastEventAt(), s.deliveredAt(),
                s.proofOfDelivery());
    }
}
