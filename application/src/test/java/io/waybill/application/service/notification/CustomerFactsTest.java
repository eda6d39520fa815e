package io.waybill.application.service.notification;

import static io.waybill.application.fakes.OrderTestData.CUSTOMER_EMAIL;
import static io.waybill.application.fakes.OrderTestData.CUSTOMER_NAME;
import static io.waybill.application.fakes.OrderTestData.RECEIVER_NAME;
import static io.waybill.application.fakes.OrderTestData.T0;
import static io.waybill.application.fakes.OrderTestData.anOrder;
import static io.waybill.application.fakes.OrderTestData.line;
import static io.waybill.application.fakes.OrderTestData.manifest;
import static io.waybill.application.fakes.OrderTestData.pack;
import static io.waybill.application.fakes.OrderTestData.scan;
import static io.waybill.application.fakes.OrderTestData.uniqueCarrierTrackingNumber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.waybill.application.fakes.OrderTestData;
import io.waybill.application.port.out.CustomerChannels;
import io.waybill.application.port.out.CustomerChannels.CustomerMessage;
import io.waybill.application.port.out.CustomerChannels.Kind;
import io.waybill.application.port.out.NotificationOutbox.Channel;
import io.waybill.application.port.out.NotificationOutbox.DueDelivery;
import io.waybill.application.port.out.NotificationOutbox.PendingEvent;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.OrderEvents.DelayPredicted;
import io.waybill.domain.order.OrderEvents.OrderCancelled;
import io.waybill.domain.order.OrderEvents.OrderConfirmed;
import io.waybill.domain.order.OrderEvents.OrderPlaced;
import io.waybill.domain.order.OrderEvents.ShipmentStatusChanged;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.order.ShipmentStatus;
import io.waybill.domain.tracking.Milestone;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.event.types.DomainEvent;
import org.junit.jupiter.api.Test;

class CustomerFactsTest {

    private static final MessageLinks LINKS = new MessageLinks("https://shop.example/track/{trackingId}",
            "https://waybill.example/feedback/{token}", order -> "token-of-" + order.value());

    @Test
    void customersHearOfConfirmationShippingDeliveryExceptionsAndCancellationNotOfEveryStep() {
        Order order = anOrder().confirmed();
        ShipmentId first = pack(order, manifest(OrderTestData.UPS, uniqueCarrierTrackingNumber(), line("MUG-BLUE", 2)), T0);
        ShipmentId second = pack(order, manifest(OrderTestData.UPS, uniqueCarrierTrackingNumber(), line("TEA-EARL", 1)), T0);

        assertThat(CustomerFacts.kindOf(new OrderPlaced(order.getId(), T0), order)).isEmpty();
        assertThat(CustomerFacts.kindOf(new OrderConfirmed(order.getId(), order.trackingId().orElseThrow(), T0), order))
                .contains(Kind.ORDER_CONFIRMED);
        assertThat(CustomerFacts.kindOf(new OrderCancelled(order.getId(), "changed mind", T0), order))
                .contains(Kind.CANCELLED);
        assertThat(kind(order, first, ShipmentStatus.PACKED, ShipmentStatus.SHIPPED)).contains(Kind.SHIPPED);
        assertThat(kind(order, first, ShipmentStatus.SHIPPED, ShipmentStatus.IN_TRANSIT)).isEmpty();
        assertThat(kind(order, first, ShipmentStatus.IN_TRANSIT, ShipmentStatus.OUT_FOR_DELIVERY)).contains(Kind.OUT_FOR_DELIVERY);
        assertThat(kind(order, first, ShipmentStatus.OUT_FOR_DELIVERY, ShipmentStatus.DELIVERY_ATTEMPT_FAILED))
                .contains(Kind.EXCEPTION);
        assertThat(kind(order, first, ShipmentStatus.OUT_FOR_DELIVERY, ShipmentStatus.DELIVERED)).contains(Kind.DELIVERED);

        OrderTestData.scan(order, first, Milestone.HANDED_OVER, T0.plusSeconds(3600));
        assertThat(kind(order, second, ShipmentStatus.PACKED, ShipmentStatus.SHIPPED))
                .as("'shipped' is said once per order, for its first shipment").isEmpty();
    }

    @Test
    void aConfirmationNamesTheCustomerTheOrderAndWhereToFollowItInTheCustomersLanguage() {
        Order order = anOrder().confirmed();
        String trackingId = order.trackingId().orElseThrow().formatted();

        Map<String, String> facts = facts(new OrderConfirmed(order.getId(), order.trackingId().orElseThrow(), T0), order,
                Kind.ORDER_CONFIRMED, Locale.GERMAN);

        assertThat(facts).containsOnly(entry("language", "de"), entry("customerName", CUSTOMER_NAME),
                entry("orderNumber", order.orderNumber()), entry("trackingId", trackingId),
                entry("trackingLink", "https://shop.example/track/" + trackingId));
    }

    @Test
    void aDeliveryCarriesTheCarrierTheProofAndTheSignedFeedbackLink() {
        Order order = anOrder().confirmed();
        ShipmentId shipment = shippedShipment(order);
        scan(order, shipment, Milestone.DELIVERED, T0.plusSeconds(7200));
        String number = order.shipment(shipment).orElseThrow().carrierTrackingNumber().value();

        Map<String, String> facts = facts(changed(order, shipment, ShipmentStatus.OUT_FOR_DELIVERY, ShipmentStatus.DELIVERED), order,
                Kind.DELIVERED, Locale.ENGLISH);

        assertThat(facts).contains(entry("carrier", "ups"), entry("carrierTrackingNumber", number),
                entry("proofOfDelivery", "received by " + RECEIVER_NAME),
                entry("feedbackLink", "https://waybill.example/feedback/token-of-" + order.getId().value()));
        assertThat(facts).doesNotContainKey("detail");
        assertThat(CustomerFacts.of(pending(changed(order, shipment, ShipmentStatus.OUT_FOR_DELIVERY, ShipmentStatus.DELIVERED)),
                order, Kind.DELIVERED, Locale.ENGLISH, new MessageLinks("t/{trackingId}", "f/{token}", null)))
                .as("without feedback tokens there is no feedback link").doesNotContainKey("feedbackLink");
    }

    @Test
    void anExceptionSaysWhatWentWrongInTheCarriersWordsOrInPlainOnes() {
        Order order = anOrder().confirmed();
        ShipmentId shipment = shippedShipment(order);
        scan(order, shipment, Milestone.HELD, T0.plusSeconds(7200));

        assertThat(facts(changed(order, shipment, ShipmentStatus.IN_TRANSIT, ShipmentStatus.HELD), order, Kind.EXCEPTION,
                Locale.ENGLISH)).contains(entry("detail", "customs inspection")).doesNotContainKeys("proofOfDelivery", "feedbackLink");

        Order other = anOrder().confirmed();
        ShipmentId lost = shippedShipment(other);
        assertThat(facts(changed(other, lost, ShipmentStatus.IN_TRANSIT, ShipmentStatus.LOST), other, Kind.EXCEPTION, Locale.ENGLISH))
                .as("no reason from the carrier: the status in words").contains(entry("detail", "lost by the carrier"));
    }

    @Test
    void aCancellationAndADelayCarryTheirReasonAsDetail() {
        Order order = anOrder().confirmed();
        ShipmentId shipment = shippedShipment(order);

        assertThat(facts(new OrderCancelled(order.getId(), "changed mind", T0), order, Kind.CANCELLED, Locale.ENGLISH))
                .contains(entry("detail", "changed mind")).doesNotContainKeys("carrier", "carrierTrackingNumber");
        assertThat(facts(new DelayPredicted(order.getId(), shipment, "storm over the hub", T0), order, Kind.DELAY_PREDICTED,
                Locale.ENGLISH)).contains(entry("detail", "storm over the hub"));
        assertThat(facts(new OrderCancelled(order.getId(), null, T0), order, Kind.CANCELLED, Locale.ENGLISH))
                .as("an unknown fact is left out, never stored as null").doesNotContainKey("detail");
    }

    @Test
    void theMessageSentSaysWhatTheStoredFactsSay() {
        Order order = anOrder().confirmed();
        ShipmentId shipment = shippedShipment(order);
        scan(order, shipment, Milestone.DELIVERED, T0.plusSeconds(7200));
        Map<String, String> facts = facts(changed(order, shipment, ShipmentStatus.OUT_FOR_DELIVERY, ShipmentStatus.DELIVERED), order,
                Kind.DELIVERED, Locale.FRENCH);

        CustomerMessage message = CustomerFacts.message(new DueDelivery(7, "key/sms", order.getId(), Channel.SMS,
                OrderTestData.CUSTOMER_PHONE, null, Kind.DELIVERED.name(), facts, 0, T0));

        assertThat(message).isEqualTo(new CustomerMessage("key/sms", CustomerChannels.Channel.SMS, OrderTestData.CUSTOMER_PHONE,
                Locale.FRENCH, Kind.DELIVERED, CUSTOMER_NAME, order.orderNumber(), facts.get("trackingId"), facts.get("trackingLink"),
                "ups", facts.get("carrierTrackingNumber"), null, "received by " + RECEIVER_NAME, null, facts.get("feedbackLink")));
        assertThat(CustomerFacts.message(new DueDelivery(8, "key/email", order.getId(), Channel.EMAIL, CUSTOMER_EMAIL, null,
                Kind.CANCELLED.name(), Map.of("orderNumber", "SO-1"), 0, T0)).language())
                .as("facts stored without a language are read in English").isEqualTo(Locale.ENGLISH);
    }

    private static Optional<Kind> kind(Order order, ShipmentId shipment, ShipmentStatus from, ShipmentStatus to) {
        return CustomerFacts.kindOf(new ShipmentStatusChanged(order.getId(), shipment, from, to), order);
    }

    private static ShipmentId shippedShipment(Order order) {
        ShipmentId shipment = pack(order, manifest(OrderTestData.UPS, uniqueCarrierTrackingNumber(), line("MUG-BLUE", 2)), T0);
        scan(order, shipment, Milestone.HANDED_OVER, T0.plusSeconds(3600));
        return shipment;
    }

    private static ShipmentStatusChanged changed(Order order, ShipmentId shipment, ShipmentStatus from, ShipmentStatus to) {
        return new ShipmentStatusChanged(order.getId(), shipment, from, to);
    }

    private static Map<String, String> facts(DomainEvent event, Order order, Kind kind, Locale language) {
        return CustomerFacts.of(pending(event), order, kind, language, LINKS);
    }

    private static PendingEvent pending(DomainEvent event) {
        return new PendingEvent(1, UUID.randomUUID(), event, T0);
    }
}
