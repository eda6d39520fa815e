package io.waybill.application.service.notification;

import static io.waybill.application.fakes.OrderTestData.CUSTOMER_EMAIL;
import static io.waybill.application.fakes.OrderTestData.CUSTOMER_NAME;
import static io.waybill.application.fakes.OrderTestData.CUSTOMER_PHONE;
import static io.waybill.application.fakes.OrderTestData.T0;
import static io.waybill.application.fakes.OrderTestData.anOrder;
import static io.waybill.application.fakes.OrderTestData.line;
import static io.waybill.application.fakes.OrderTestData.manifest;
import static io.waybill.application.fakes.OrderTestData.pack;
import static io.waybill.application.fakes.OrderTestData.uniqueCarrierTrackingNumber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.waybill.application.fakes.OrderTestData;
import io.waybill.application.port.out.NotificationOutbox.PendingEvent;
import io.waybill.domain.exceptions.ConditionBreached;
import io.waybill.domain.exceptions.ExceptionEscalated;
import io.waybill.domain.exceptions.ExceptionId;
import io.waybill.domain.exceptions.ExceptionKind;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.OrderEvents.DelayCleared;
import io.waybill.domain.order.OrderEvents.DelayPredicted;
import io.waybill.domain.order.OrderEvents.OrderCancelled;
import io.waybill.domain.order.OrderEvents.OrderConfirmed;
import io.waybill.domain.order.OrderEvents.OrderPlaced;
import io.waybill.domain.order.OrderEvents.OrderStatusChanged;
import io.waybill.domain.order.OrderEvents.ShipmentStatusChanged;
import io.waybill.domain.order.OrderStatus;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.order.ShipmentStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jmolecules.event.types.DomainEvent;
import org.junit.jupiter.api.Test;

class WebhookPayloadTest {

    private static final Instant OCCURRED = Instant.parse("2026-11-25T18:00:00Z");

    @Test
    void everyOrderEventHasOneOfTheSubscribableTypes() {
        Order order = anOrder().confirmed();
        ShipmentId shipment = aShipment(order);
        List<DomainEvent> events = List.of(new OrderPlaced(order.getId(), T0),
                new OrderConfirmed(order.getId(), order.trackingId().orElseThrow(), T0),
                new OrderCancelled(order.getId(), "changed mind", T0),
                new OrderStatusChanged(order.getId(), OrderStatus.PLACED, OrderStatus.CONFIRMED),
                new ShipmentStatusChanged(order.getId(), shipment, ShipmentStatus.PACKED, ShipmentStatus.SHIPPED),
                new DelayPredicted(order.getId(), shipment, "storm", T0), new DelayCleared(order.getId(), shipment, T0),
                new ExceptionEscalated(order.getId(), shipment, ExceptionId.random(), ExceptionKind.HELD, 1, "customs", T0),
                new ConditionBreached(order.getId(), shipment, ExceptionId.random(), "too warm", T0));

        assertThat(events.stream().map(WebhookPayload::typeOf).toList()).isEqualTo(WebhookPayload.EVENT_TYPES);
        assertThat(WebhookPayload.of(pending(events.get(4)), order).type()).isEqualTo("shipment.status_changed");
    }

    @Test
    void aConditionBreachSaysWhichExceptionOfWhichShipmentAndWhyInWordsWithoutPersonalData() {
        Order order = anOrder().confirmed();
        ShipmentId shipment = aShipment(order);
        ExceptionId exception = ExceptionId.random();

        assertThat(data(new ConditionBreached(order.getId(), shipment, exception,
                "Out of its condition profile: Temperature above 8 °C for 40 min in total (allowed 30 min)", T0), order)).containsOnly(
                entry("orderId", order.getId().value().toString()), entry("orderNumber", order.orderNumber()),
                entry("trackingId", order.trackingId().orElseThrow().formatted()), entry("occurredAt", "2026-11-25T18:00:00Z"),
                entry("exceptionId", exception.value().toString()), entry("shipmentId", shipment.value().toString()),
                entry("reason", "Out of its condition profile: Temperature above 8 °C for 40 min in total (allowed 30 min)"));
    }

    @Test
    void anEscalationSaysWhichExceptionOfWhichKindAndLevelAndWhy() {
        Order order = anOrder().confirmed();
        ShipmentId shipment = aShipment(order);
        ExceptionId exception = ExceptionId.random();

        assertThat(data(new ExceptionEscalated(order.getId(), shipment, exception, ExceptionKind.DELIVERY_ATTEMPT_FAILED, 2,
                "Delivery attempt failed (ups 1Z1): nobody home", T0), order)).containsOnly(
                entry("orderId", order.getId().value().toString()), entry("orderNumber", order.orderNumber()),
                entry("trackingId", order.trackingId().orElseThrow().formatted()), entry("occurredAt", "2026-11-25T18:00:00Z"),
                entry("exceptionId", exception.value().toString()), entry("shipmentId", shipment.value().toString()),
                entry("kind", "DELIVERY_ATTEMPT_FAILED"), entry("level", "2"),
                entry("reason", "Delivery attempt failed (ups 1Z1): nobody home"));
    }

    @Test
    void aShipmentChangeSaysWhichShipmentFromWhatToWhatAndWithWhichCarrier() {
        Order order = anOrder().confirmed();
        ShipmentId shipment = aShipment(order);
        String number = order.shipment(shipment).orElseThrow().carrierTrackingNumber().value();

        WebhookPayload payload = WebhookPayload.of(pending(new ShipmentStatusChanged(order.getId(), shipment, ShipmentStatus.PACKED,
                ShipmentStatus.SHIPPED)), order);

        assertThat(payload.data()).containsOnly(entry("orderId", order.getId().value().toString()),
                entry("orderNumber", order.orderNumber()), entry("trackingId", order.trackingId().orElseThrow().formatted()),
                entry("occurredAt", "2026-11-25T18:00:00Z"), entry("shipmentId", shipment.value().toString()),
                entry("from", "PACKED"), entry("to", "SHIPPED"), entry("carrier", "ups"), entry("carrierTrackingNumber", number));
    }

    @Test
    void orderEventsCarryTheirStatesAndReasonsAndLeaveOutWhatIsUnknown() {
        Order order = anOrder().placed();
        ShipmentId shipment = new ShipmentId(UUID.randomUUID());

        assertThat(data(new OrderStatusChanged(order.getId(), null, OrderStatus.PLACED), order))
                .containsOnlyKeys("orderId", "orderNumber", "occurredAt", "to").containsEntry("to", "PLACED");
        assertThat(data(new OrderCancelled(order.getId(), "changed mind", T0), order)).containsEntry("reason", "changed mind");
        assertThat(data(new OrderCancelled(order.getId(), null, T0), order)).doesNotContainKey("reason");
        assertThat(data(new DelayPredicted(order.getId(), shipment, "storm", T0), order))
                .contains(entry("shipmentId", shipment.value().toString()), entry("reason", "storm"));
        assertThat(data(new DelayCleared(order.getId(), shipment, T0), order))
                .containsOnlyKeys("orderId", "orderNumber", "occurredAt", "shipmentId");
    }

    @Test
    void aWebhookCarriesNoPersonalData() {
        Order order = anOrder().confirmed();
        ShipmentId shipment = aShipment(order);

        for (DomainEvent event : List.of(new OrderConfirmed(order.getId(), order.trackingId().orElseThrow(), T0),
                new ShipmentStatusChanged(order.getId(), shipment, ShipmentStatus.PACKED, ShipmentStatus.SHIPPED))) {
            assertThat(data(event, order).values()).doesNotContain(CUSTOMER_NAME, CUSTOMER_EMAIL, CUSTOMER_PHONE)
                    .noneMatch(value -> value.contains("Lovelace") || value.contains("@"));
        }
    }

    private static ShipmentId aShipment(Order order) {
        return pack(order, manifest(OrderTestData.UPS, uniqueCarrierTrackingNumber(), line("MUG-BLUE", 2)), T0);
    }

    private static Map<String, String> data(DomainEvent event, Order order) {
        return WebhookPayload.of(pending(event), order).data();
    }

    private static PendingEvent pending(DomainEvent event) {
        return new PendingEvent(1, UUID.randomUUID(), event, OCCURRED);
    }
}
