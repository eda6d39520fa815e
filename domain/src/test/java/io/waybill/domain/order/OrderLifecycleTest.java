package io.waybill.domain.order;

import io.waybill.domain.tenant.TenantId;
import static io.waybill.domain.order.OrderFixtures.CARRIER;
import static io.waybill.domain.order.OrderFixtures.T0;
import static io.waybill.domain.order.OrderFixtures.WMS;
import static io.waybill.domain.order.OrderFixtures.event;
import static io.waybill.domain.order.OrderFixtures.line;
import static io.waybill.domain.order.OrderFixtures.manifest;
import static io.waybill.domain.order.OrderFixtures.placedOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.waybill.domain.shared.EventRejectedException;
import io.waybill.domain.shared.IllegalTransitionException;
import io.waybill.domain.shared.InvalidValueException;
import io.waybill.domain.tracking.EventSource;
import io.waybill.domain.tracking.Milestone;
import io.waybill.domain.tracking.SourceType;
import io.waybill.domain.tracking.TrackingId;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderLifecycleTest {

    @Test
    void walksTheWholeLifecycleToDeliveredWithProof() {
        Order order = placedOrder();
        assertThat(order.status()).isEqualTo(OrderStatus.PLACED);

        TrackingId trackingId = order.confirm(TrackingId.generate(), T0.plusSeconds(60));
        assertThat(order.status()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(order.trackingId()).contains(trackingId);

        order.record(event(WMS, "a1", Milestone.ALLOCATED, 10), null, null);
        order.record(event(WMS, "p1", Milestone.PICKED, 20), null, null);
        assertThat(order.status()).isEqualTo(OrderStatus.PICKED);
        order.record(event(WMS, "k1", Milestone.PACKED, 30), null, manifest("1Z0001", line("MUG-BLUE", 2), line("TEA-EARL", 1)));
        assertThat(order.status()).isEqualTo(OrderStatus.PACKED);
        ShipmentId shipment = order.shipments().getFirst().getId();

        order.record(event(CARRIER, "c1", Milestone.HANDED_OVER, 60), shipment, null);
        assertThat(order.status()).isEqualTo(OrderStatus.SHIPPED);
        order.record(event(CARRIER, "c2", Milestone.IN_TRANSIT, 120), shipment, null);
        order.record(event(CARRIER, "c3", Milestone.OUT_FOR_DELIVERY, 600), shipment, null);
        assertThat(order.status()).isEqualTo(OrderStatus.OUT_FOR_DELIVERY);
        order.record(event(CARRIER, "c4", Milestone.DELIVERED, 700), shipment, null);

        assertThat(order.status()).isEqualTo(OrderStatus.DELIVERED);
        Shipment delivered = order.shipment(shipment).orElseThrow();
        assertThat(delivered.proofOfDelivery().receivedBy()).isEqualTo("A. Lovelace");
        assertThat(delivered.deliveredAt()).isEqualTo(T0.plusSeconds(700 * 60));
        assertThat(order.timeline()).extracting(i -> i.entry().event().milestone()).containsExactly(
                Milestone.PLACED, Milestone.CONFIRMED, Milestone.ALLOCATED, Milestone.PICKED, Milestone.PACKED,
                Milestone.HANDED_OVER, Milestone.IN_TRANSIT, Milestone.OUT_FOR_DELIVERY, Milestone.DELIVERED);
        assertThat(order.domainEvents()).hasAtLeastOneElementOfType(OrderEvents.OrderConfirmed.class);
    }

    @Test
    void cancellingAfterHandOverIsRefusedAndNamesTheTransition() {
        Order order = shippedOrder();
        assertThatThrownBy(() -> order.cancel("changed my mind", T0.plusSeconds(9000)))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessage("Illegal transition SHIPPED -> CANCELLED: an order can only be cancelled before it is handed to a carrier");
        assertThat(order.status()).isEqualTo(OrderStatus.SHIPPED);
    }

    @Test
    void cancelBeforeShippingThenConfirmIsRefused() {
        Order order = placedOrder();
        order.cancel("customer request", T0.plusSeconds(30));
        assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(order.statusReason()).isEqualTo("customer request");
        assertThatThrownBy(() -> order.confirm(TrackingId.generate(), T0.plusSeconds(60)))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("CANCELLED -> CONFIRMED");
    }

    @Test
    void cancellingAPackedOrderAnnouncesNoShipmentAsNew() {
        Order order = placedOrder();
        order.confirm(TrackingId.generate(), T0.plusSeconds(10));
        order.record(event(WMS, "pack-1", Milestone.PACKED, 30), null, manifest("1Z999AA10123456784", line("MUG-BLUE", 2),
                line("TEA-EARL", 1)));
        Order reloaded = Order.reconstitute(order.tenant(), order.getId(), order.orderNumber(), order.customer(), order.address(), order.lines(),
                order.promise().orElse(null), order.placedAt(), order.trackingId().orElseThrow(),
                order.timeline().stream().map(item -> item.entry()).toList(), order.version());

        reloaded.cancel("customer request", T0.plusSeconds(3600));

        assertThat(reloaded.domainEvents()).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("OrderCancelled", "OrderStatusChanged");
    }

    @Test
    void confirmingTwiceKeepsTheFirstTrackingId() {
        Order order = placedOrder();
        TrackingId first = order.confirm(TrackingId.generate(), T0);
        assertThat(order.confirm(TrackingId.generate(), T0.plusSeconds(5))).isEqualTo(first);
        assertThat(order.timeline()).hasSize(2);
    }

    @Test
    void sameEventTwiceIsRecordedOnceButSameIdWithOtherContentIsRejected() {
        Order order = placedOrder();
        assertThat(order.record(event(WMS, "a1", Milestone.ALLOCATED, 10), null, null)).isEqualTo(Order.Recorded.ACCEPTED);
        assertThat(order.record(event(WMS, "a1", Milestone.ALLOCATED, 10), null, null)).isEqualTo(Order.Recorded.DUPLICATE);
        assertThatThrownBy(() -> order.record(event(WMS, "a1", Milestone.PICKED, 10), null, null))
                .isInstanceOf(EventRejectedException.class).hasMessageContaining("different content");
        assertThat(order.timeline()).hasSize(2);
    }

    @Test
    void rejectsEventsThatCanNeverFit() {
        Order order = placedOrder();
        order.confirm(TrackingId.generate(), T0);
        assertThatThrownBy(() -> order.record(event(CARRIER, "x", Milestone.IN_TRANSIT, 10), null, null))
                .isInstanceOf(EventRejectedException.class).hasMessageContaining("no such shipment");
        assertThatThrownBy(() -> order.record(event(WMS, "x", Milestone.CONFIRMED, 10), null, null))
                .isInstanceOf(EventRejectedException.class).hasMessageContaining("order API");
        assertThatThrownBy(() -> order.record(event(WMS, "k", Milestone.PACKED, 10), null, manifest("1Z999", line("NOPE", 1))))
                .isInstanceOf(EventRejectedException.class).hasMessageContaining("SKU NOPE is not on order");
        assertThatThrownBy(() -> order.record(event(WMS, "k", Milestone.PACKED, 10), null, manifest("1Z999", line("MUG-BLUE", 3))))
                .isInstanceOf(EventRejectedException.class).hasMessageContaining("only 2 of 2 remain");
        assertThat(order.timeline()).as("placed and confirmed, nothing else").hasSize(2);
    }

    @Test
    void packingAnOrderThatWasNeverConfirmedIsRefusedNamingTheRule() {
        Order order = placedOrder();
        order.record(event(WMS, "a1", Milestone.ALLOCATED, 10), null, null);

        assertThatThrownBy(() -> order.record(event(WMS, "k1", Milestone.PACKED, 30), null, manifest("1Z0001", line("MUG-BLUE", 2))))
                .isInstanceOf(EventRejectedException.class)
                .hasMessageContaining("packed-before-confirmation").hasMessageContaining("never confirmed");

        assertThat(order.shipments()).as("no shipment for an unpaid order").isEmpty();
        assertThat(order.unsavedEntries()).as("nothing to write").noneMatch(e -> e.event().milestone() == Milestone.PACKED);
        assertThat(order.timeline()).extracting(i -> i.entry().event().milestone()).containsExactly(Milestone.PLACED, Milestone.ALLOCATED);
        assertThat(order.status()).isEqualTo(OrderStatus.ALLOCATED);

        order.confirm(TrackingId.generate(), T0.plusSeconds(40));
        assertThat(order.record(event(WMS, "k1", Milestone.PACKED, 50), null, manifest("1Z0001", line("MUG-BLUE", 2))))
                .as("the same event is accepted once the order is confirmed").isEqualTo(Order.Recorded.ACCEPTED);
        assertThat(order.shipments()).hasSize(1);
    }

    @Test
    void splitShipmentsDerivePartialStatuses() {
        Order order = placedOrder();
        order.confirm(TrackingId.generate(), T0);
        order.record(event(WMS, "k1", Milestone.PACKED, 30), null, manifest("1Z0001", line("MUG-BLUE", 2)));
        assertThat(order.status()).isEqualTo(OrderStatus.PARTIALLY_PACKED);
        ShipmentId first = order.shipments().getFirst().getId();
        order.record(event(CARRIER, "c1", Milestone.HANDED_OVER, 40), first, null);
        assertThat(order.status()).isEqualTo(OrderStatus.PARTIALLY_SHIPPED);
        order.record(event(WMS, "k2", Milestone.PACKED, 50), null, manifest("1Z0002", line("TEA-EARL", 1)));
        ShipmentId second = order.shipments().stream().filter(s -> !s.getId().equals(first)).findFirst().orElseThrow().getId();
        order.record(event(CARRIER, "c2", Milestone.HANDED_OVER, 60), second, null);
        assertThat(order.status()).isEqualTo(OrderStatus.SHIPPED);
        order.record(event(CARRIER, "c3", Milestone.DELIVERED, 600), first, null);
        assertThat(order.status()).isEqualTo(OrderStatus.PARTIALLY_DELIVERED);
        order.record(event(CARRIER, "c4", Milestone.HELD, 610), second, null);
        assertThat(order.status()).isEqualTo(OrderStatus.HELD);
        order.record(event(CARRIER, "c5", Milestone.DELIVERED, 900), second, null);
        assertThat(order.status()).isEqualTo(OrderStatus.DELIVERED);
    }

    @Test
    void failedAttemptThenPickupPointThenDelivered() {
        Order order = shippedOrder();
        ShipmentId s = order.shipments().getFirst().getId();
        order.record(event(CARRIER, "f1", Milestone.OUT_FOR_DELIVERY, 1000), s, null);
        order.record(event(CARRIER, "f2", Milestone.DELIVERY_ATTEMPT_FAILED, 1100), s, null);
        assertThat(order.status()).isEqualTo(OrderStatus.DELIVERY_ATTEMPT_FAILED);
        order.record(event(CARRIER, "f3", Milestone.AVAILABLE_FOR_PICKUP, 1200), s, null);
        assertThat(order.status()).isEqualTo(OrderStatus.AVAILABLE_FOR_PICKUP);
        order.record(event(CARRIER, "f4", Milestone.DELIVERED, 3000), s, null);
        assertThat(order.status()).isEqualTo(OrderStatus.DELIVERED);
    }

    @Test
    void lateScanAfterDeliveryStaysVisibleButDoesNotMoveTheStatus() {
        Order order = shippedOrder();
        ShipmentId s = order.shipments().getFirst().getId();
        order.record(event(CARRIER, "d", Milestone.DELIVERED, 2000), s, null);
        order.record(event(CARRIER, "t", Milestone.IN_TRANSIT, 2100), s, null);
        assertThat(order.status()).isEqualTo(OrderStatus.DELIVERED);
        TimelineItem last = order.timeline().getLast();
        assertThat(last.applied()).isFalse();
        assertThat(last.note()).contains("already DELIVERED");
    }

    @Test
    void aDerivedStepIsShownButNeverMovesTheStatusAndALaterScanWins() {
        Order order = shippedOrder();
        ShipmentId s = order.shipments().getFirst().getId();
        order.record(event(CARRIER, "o", Milestone.OUT_FOR_DELIVERY, 1000), s, null);
        order.record(event(EventSource.derivedFromPositions(), "arrival-1", Milestone.IN_TRANSIT, 1100), s, null);
        assertThat(order.status()).isEqualTo(OrderStatus.OUT_FOR_DELIVERY); // not back to IN_TRANSIT
        TimelineItem derived = order.timeline().getLast();
        assertThat(derived.applied()).isTrue();
        assertThat(derived.entry().event().derived()).isTrue();
        assertThat(order.shipments().getFirst().lastEventAt()).isEqualTo(T0.plusSeconds(1000 * 60)); // the carrier's silence stays

        Order justShipped = shippedOrder();
        ShipmentId t = justShipped.shipments().getFirst().getId();
        justShipped.record(event(EventSource.derivedFromPositions(), "arrival-2", Milestone.IN_TRANSIT, 1100), t, null);
        assertThat(justShipped.shipments().getFirst().status()).isEqualTo(ShipmentStatus.SHIPPED); // not past the carrier's scans
        justShipped.record(event(CARRIER, "t", Milestone.IN_TRANSIT, 1200), t, null);
        assertThat(justShipped.shipments().getFirst().status()).isEqualTo(ShipmentStatus.IN_TRANSIT);
    }

    @Test
    void allocationFailureHoldsTheOrderUntilStockArrives() {
        Order order = placedOrder();
        order.confirm(TrackingId.generate(), T0);
        order.record(event(WMS, "af", Milestone.ALLOCATION_FAILED, 5).withReason("MUG-BLUE short by 2"), null, null);
        assertThat(order.status()).isEqualTo(OrderStatus.ON_HOLD);
        assertThat(order.statusReason()).isEqualTo("MUG-BLUE short by 2");
        order.record(event(WMS, "a", Milestone.ALLOCATED, 50), null, null);
        assertThat(order.status()).isEqualTo(OrderStatus.ALLOCATED);
    }

    @Test
    void anOrderNeedsLinesAndOneLinePerSku() {
        assertThatThrownBy(() -> Order.place(TenantId.DEFAULT, OrderId.random(), "SO-2", placedOrder().customer(), placedOrder().address(),
                List.of(line("A", 1), line("A", 2)), null, T0)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("each SKU appears on one line only");
        assertThatThrownBy(() -> Order.place(TenantId.DEFAULT, OrderId.random(), "SO-2", placedOrder().customer(), placedOrder().address(),
                List.of(), null, T0)).hasMessageContaining("1 to 500 lines");
        assertThatThrownBy(() -> new EventSource(SourceType.CARRIER, "UPS Ground!")).hasMessageContaining("source.name");
    }

    @Test
    void aCarrierScanStampedBeforeThePackingStillCounts() {
        Order order = placedOrder();
        order.confirm(TrackingId.generate(), T0);
        order.record(event(WMS, "k1", Milestone.PACKED, 30), null, manifest("1Z0001", line("MUG-BLUE", 2), line("TEA-EARL", 1)));
        ShipmentId s = order.shipments().getFirst().getId();
        order.record(event(CARRIER, "early", Milestone.HANDED_OVER, 29), s, null);
        assertThat(order.status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(order.timeline()).allMatch(TimelineItem::applied);
    }

    @Test
    void aResentPackingWithAnotherManifestIsRejectedNotSwallowed() {
        Order order = placedOrder();
        order.confirm(TrackingId.generate(), T0);
        order.record(event(WMS, "k1", Milestone.PACKED, 30), null, manifest("1Z0001", line("MUG-BLUE", 2)));
        assertThat(order.record(event(WMS, "k1", Milestone.PACKED, 30), null, manifest("1Z0001", line("MUG-BLUE", 2))))
                .isEqualTo(Order.Recorded.DUPLICATE);
        assertThatThrownBy(() -> order.record(event(WMS, "k1", Milestone.PACKED, 30), null, manifest("1Z0001", line("MUG-BLUE", 1))))
                .isInstanceOf(EventRejectedException.class).hasMessageContaining("different content");
    }

    @Test
    void timesAreKeptToTheMicrosecondSoAResentEventStaysTheSame() {
        Order order = placedOrder();
        var precise = event(WMS, "a1", Milestone.ALLOCATED, 10);
        var nanos = new io.waybill.domain.tracking.TrackingEvent(precise.key(), precise.milestone(), precise.rawCode(),
                precise.rawText(), null, precise.occurredAt().withNano(123_456_789), precise.receivedAt(), precise.location(), null);
        assertThat(nanos.occurredAt().getNano()).isEqualTo(123_456_000);
        order.record(nanos, null, null);
        var micros = new io.waybill.domain.tracking.TrackingEvent(precise.key(), precise.milestone(), precise.rawCode(),
                precise.rawText(), null, precise.occurredAt().withNano(123_456_000), precise.receivedAt(), precise.location(), null);
        assertThat(order.record(micros, null, null)).isEqualTo(Order.Recorded.DUPLICATE);
    }

    @Test
    void thePaymentReferenceIsKeptOnTheConfirmation() {
        Order order = placedOrder();
        order.confirm(TrackingId.generate(), "psp-4711", T0);
        assertThat(order.timeline().getLast().entry().event().rawText()).isEqualTo("payment psp-4711");
    }

    private static Order shippedOrder() {
        Order order = placedOrder();
        order.confirm(TrackingId.generate(), T0);
        order.record(event(WMS, "k1", Milestone.PACKED, 30), null, manifest("1Z0001", line("MUG-BLUE", 2), line("TEA-EARL", 1)));
        order.record(event(CARRIER, "c1", Milestone.HANDED_OVER, 60), order.shipments().getFirst().getId(), null);
        return order;
    }
}
