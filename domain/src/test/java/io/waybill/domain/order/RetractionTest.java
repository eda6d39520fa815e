package io.waybill.domain.order;

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
import io.waybill.domain.tracking.EventKey;
import io.waybill.domain.tracking.EventSource;
import io.waybill.domain.tracking.Milestone;
import io.waybill.domain.tracking.TrackingId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Taking back a timeline entry its source declared wrong: the statuses are derived as if it had never happened. */
class RetractionTest {

    private static final Instant LATER = T0.plusSeconds(86_400);
    private static final EventKey DEPARTING = new EventKey(CARRIER, "c2");

    @Test
    void aRetractedDepartingScanMovesTheShipmentBackToWhatTheOtherStepsSay() {
        Order recorded = shippedOrder();
        recorded.record(event(CARRIER, "c2", Milestone.IN_TRANSIT, 120), shipment(recorded), null);
        Order order = loaded(recorded);
        assertThat(order.status()).isEqualTo(OrderStatus.IN_TRANSIT);
        int raised = order.domainEvents().size();

        assertThat(order.retract(DEPARTING, LATER, "declared wrong (did_not_occur)")).isTrue();

        assertThat(order.status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(order.shipments().getFirst().status()).isEqualTo(ShipmentStatus.SHIPPED);
        assertThat(order.shipments().getFirst().lastEventAt()).as("a retracted scan is no scan").isEqualTo(T0.plusSeconds(60 * 60));
        TimelineItem item = item(order, DEPARTING);
        assertThat(item.applied()).isFalse();
        assertThat(item.note()).isEqualTo("retracted: declared wrong (did_not_occur)");
        assertThat(item.entry().retraction()).isEqualTo(new TimelineEntry.Retraction(LATER, "declared wrong (did_not_occur)"));
        assertThat(order.domainEvents().subList(raised, order.domainEvents().size())).containsExactly(
                new OrderEvents.OrderStatusChanged(order.getId(), OrderStatus.IN_TRANSIT, OrderStatus.SHIPPED),
                new OrderEvents.ShipmentStatusChanged(order.getId(), shipment(order), ShipmentStatus.IN_TRANSIT, ShipmentStatus.SHIPPED));
        assertThat(order.unsavedRetractions()).extracting(e -> e.event().key()).containsExactly(DEPARTING);
    }

    @Test
    void retractingTwiceChangesNothingAndTheFirstRetractionStands() {
        Order recorded = shippedOrder();
        recorded.record(event(CARRIER, "c2", Milestone.IN_TRANSIT, 120), shipment(recorded), null);
        Order order = loaded(recorded);
        order.retract(DEPARTING, LATER, "first");
        int raised = order.domainEvents().size();

        assertThat(order.retract(DEPARTING, LATER.plusSeconds(60), "second")).isFalse();

        assertThat(order.domainEvents()).hasSize(raised);
        assertThat(order.unsavedRetractions()).hasSize(1);
        assertThat(item(order, DEPARTING).note()).isEqualTo("retracted: first");
        assertThat(order.status()).isEqualTo(OrderStatus.SHIPPED);
    }

    @Test
    void retractingAKeyTheOrderNeverRecordedIsANoOp() {
        Order order = shippedOrder();
        int raised = order.domainEvents().size();

        assertThat(order.retract(new EventKey(CARRIER, "never-sent"), LATER, "declared wrong")).isFalse();

        assertThat(order.status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(order.domainEvents()).hasSize(raised);
        assertThat(order.unsavedRetractions()).isEmpty();
        assertThat(order.timeline()).allMatch(TimelineItem::applied);
    }

    @Test
    void theOnlyHandOverRetractedLeavesTheShipmentPackedAndTheOrderCancellableAgain() {
        Order order = shippedOrder();

        order.retract(new EventKey(CARRIER, "c1"), LATER, "declared wrong");

        assertThat(order.status()).isEqualTo(OrderStatus.PACKED);
        order.cancel("customer request", LATER.plusSeconds(60));
        assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
    }

    @Test
    void aRetractedHandOverBeforeALaterScanLeavesTheLaterScanInCharge() {
        Order order = shippedOrder();
        order.record(event(CARRIER, "c2", Milestone.IN_TRANSIT, 120), shipment(order), null);

        order.retract(new EventKey(CARRIER, "c1"), LATER, "declared wrong");

        assertThat(order.status()).isEqualTo(OrderStatus.IN_TRANSIT);
        assertThat(item(order, DEPARTING).applied()).isTrue();
    }

    @Test
    void aRetractedDeliveryLetsTheScansAfterItCountAgain() {
        Order order = shippedOrder();
        order.record(event(CARRIER, "d1", Milestone.DELIVERED, 300), shipment(order), null);
        order.record(event(CARRIER, "c3", Milestone.OUT_FOR_DELIVERY, 400), shipment(order), null);
        assertThat(item(order, new EventKey(CARRIER, "c3")).applied()).isFalse();

        order.retract(new EventKey(CARRIER, "d1"), LATER, "declared wrong");

        assertThat(order.status()).isEqualTo(OrderStatus.OUT_FOR_DELIVERY);
        assertThat(order.shipments().getFirst().deliveredAt()).isNull();
        assertThat(item(order, new EventKey(CARRIER, "c3")).applied()).isTrue();
    }

    @Test
    void aRetractionSurvivesALoadAndTheSameEventSentAgainIsStillADuplicate() {
        Order order = shippedOrder();
        order.record(event(CARRIER, "c2", Milestone.IN_TRANSIT, 120), shipment(order), null);
        order.retract(DEPARTING, LATER, "declared wrong");

        Order loaded = loaded(order);

        assertThat(loaded.status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(item(loaded, DEPARTING).note()).isEqualTo("retracted: declared wrong");
        assertThat(loaded.record(event(CARRIER, "c2", Milestone.IN_TRANSIT, 120), shipment(loaded), null))
                .isEqualTo(Order.Recorded.DUPLICATE);
        assertThat(loaded.status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(loaded.unsavedRetractions()).isEmpty();
        assertThat(loaded.retract(DEPARTING, LATER, "declared wrong")).isFalse();
    }

    @Test
    void anEntryRecordedAndRetractedBeforeAnySaveIsSavedRetracted() {
        Order order = shippedOrder();
        order.record(event(CARRIER, "c2", Milestone.IN_TRANSIT, 120), shipment(order), null);

        order.retract(DEPARTING, LATER, "declared wrong");

        assertThat(order.unsavedRetractions()).isEmpty();
        assertThat(order.unsavedEntries()).filteredOn(e -> e.event().key().equals(DEPARTING)).singleElement()
                .satisfies(e -> assertThat(e.retracted()).isTrue());
    }

    @Test
    void packingAndWaybillsOwnEventsAreNeverTakenBack() {
        Order order = shippedOrder();

        assertThatThrownBy(() -> order.retract(new EventKey(WMS, "k1"), LATER, "declared wrong"))
                .isInstanceOf(EventRejectedException.class).hasMessageContaining("it created a shipment");
        assertThatThrownBy(() -> order.retract(new EventKey(EventSource.waybill(), "placed:" + order.getId()), LATER, "x"))
                .isInstanceOf(EventRejectedException.class).hasMessageContaining("Waybill's own");
        assertThat(order.status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(order.unsavedRetractions()).isEmpty();
    }

    private static Order shippedOrder() {
        Order order = placedOrder();
        order.confirm(TrackingId.generate(), T0);
        order.record(event(WMS, "k1", Milestone.PACKED, 30), null, manifest("1Z0001", line("MUG-BLUE", 2), line("TEA-EARL", 1)));
        order.record(event(CARRIER, "c1", Milestone.HANDED_OVER, 60), order.shipments().getFirst().getId(), null);
        return order;
    }

    /** The order as a store gives it back: its timeline as it stands, nothing unsaved, no domain events. */
    private static Order loaded(Order order) {
        return Order.reconstitute(order.tenant(), order.getId(), order.orderNumber(), order.customer(), order.address(),
                order.lines(), order.promise().orElse(null), order.placedAt(), order.trackingId().orElse(null),
                order.timeline().stream().map(TimelineItem::entry).toList(), 3);
    }

    private static ShipmentId shipment(Order order) {
        return order.shipments().getFirst().getId();
    }

    private static TimelineItem item(Order order, EventKey key) {
        return order.timeline().stream().filter(i -> i.entry().event().key().equals(key)).findFirst().orElseThrow();
    }
}
