package io.waybill.application.service.notification;

import static io.waybill.application.fakes.OrderTestData.CUSTOMER_EMAIL;
import static io.waybill.application.fakes.OrderTestData.CUSTOMER_PHONE;
import static io.waybill.application.fakes.OrderTestData.T0;
import static io.waybill.application.fakes.OrderTestData.anOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.waybill.application.fakes.InMemoryCustomerPreferences;
import io.waybill.application.fakes.InMemoryNotificationOutbox;
import io.waybill.application.fakes.InMemoryOrders;
import io.waybill.application.fakes.InMemoryWebhookSubscriptions;
import io.waybill.application.fakes.MutableClock;
import io.waybill.application.port.out.NotificationOutbox.Channel;
import io.waybill.application.port.out.NotificationOutbox.NewDelivery;
import io.waybill.application.shared.NotificationPreferences;
import io.waybill.application.shared.WebhookSubscription;
import io.waybill.domain.exceptions.ExceptionEscalated;
import io.waybill.domain.exceptions.ExceptionId;
import io.waybill.domain.exceptions.ExceptionKind;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.OrderEvents.OrderCancelled;
import io.waybill.domain.order.OrderEvents.OrderConfirmed;
import io.waybill.domain.order.OrderEvents.OrderPlaced;
import io.waybill.domain.order.OrderId;
import io.waybill.domain.order.ShipmentId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jmolecules.event.types.DomainEvent;
import org.junit.jupiter.api.Test;

class NotificationRelayTest {

    private static final Instant LATE_EVENING = Instant.parse("2026-11-25T22:30:00Z"); // 23:30 in Berlin

    private final MutableClock clock = new MutableClock(LATE_EVENING);
    private final InMemoryOrders orders = new InMemoryOrders();
    private final InMemoryCustomerPreferences preferences = new InMemoryCustomerPreferences();
    private final InMemoryWebhookSubscriptions subscriptions = new InMemoryWebhookSubscriptions();
    private final InMemoryNotificationOutbox outbox = new InMemoryNotificationOutbox(subscriptions);
    private final NotificationRelay relay = new NotificationRelay(outbox, orders, preferences, subscriptions, clock,
            new MessageLinks("https://shop.example/track/{trackingId}", "https://waybill.example/feedback/{token}", id -> "tok"),
            100, Duration.ofMinutes(2));

    @Test
    void aConfirmationBecomesAnEmailAndAWebhookPerSubscriptionThatWantsIt() {
        Order order = stored(anOrder().confirmed());
        WebhookSubscription all = subscription(Set.of("*"));
        WebhookSubscription confirmations = subscription(Set.of("order.confirmed"));
        subscription(Set.of("order.cancelled"));
        UUID message = outbox.append(confirmed(order), T0);

        assertThat(relay.relay()).isEqualTo(1);

        assertThat(outbox.deliveries()).map(s -> s.planned().idempotencyKey()).containsExactlyInAnyOrder(
                message + "/webhook/" + all.id(), message + "/webhook/" + confirmations.id(), message + "/email");
        NewDelivery email = planned(message + "/email");
        assertThat(email.channel()).isEqualTo(Channel.EMAIL);
        assertThat(email.recipient()).isEqualTo(CUSTOMER_EMAIL);
        assertThat(email.kind()).isEqualTo("ORDER_CONFIRMED");
        assertThat(email.notBefore()).isEqualTo(LATE_EVENING);
        assertThat(email.facts()).contains(entry("language", "en"), entry("orderNumber", order.orderNumber()));
        NewDelivery hook = planned(message + "/webhook/" + all.id());
        assertThat(hook.recipient()).isEqualTo(all.url());
        assertThat(hook.subscription()).isEqualTo(all.id());
        assertThat(hook.kind()).isEqualTo("order.confirmed");
        assertThat(hook.facts()).contains(entry("orderId", order.getId().value().toString()), entry("occurredAt", T0.toString()))
                .doesNotContainKey("customerName");
        assertThat(outbox.relayed(message)).isTrue();
    }

    @Test
    void theSameEventRelayedTwicePlansNothingNew() {
        Order order = stored(anOrder().confirmed());
        subscription(Set.of("*"));
        UUID message = outbox.append(confirmed(order), T0);
        relay.relay();
        int planned = outbox.deliveries().size();

        outbox.append(message, confirmed(order), T0);
        assertThat(relay.relay()).isEqualTo(1);

        assertThat(outbox.deliveries()).hasSize(planned);
        assertThat(relay.relay()).as("nothing left to relay").isZero();
    }

    @Test
    void smsWhenChosenWaitsForTheEndOfQuietHoursWhileEmailGoesNow() {
        Order order = stored(anOrder().confirmed());
        preferences.save(new NotificationPreferences(CUSTOMER_EMAIL.toUpperCase(Locale.ROOT), true, true, Locale.GERMAN, false,
                LocalTime.of(22, 0), LocalTime.of(7, 0), ZoneId.of("Europe/Berlin")));
        UUID message = outbox.append(confirmed(order), T0);

        relay.relay();

        NewDelivery sms = planned(message + "/sms");
        assertThat(sms.recipient()).isEqualTo(CUSTOMER_PHONE);
        assertThat(sms.notBefore()).isEqualTo(Instant.parse("2026-11-26T06:00:00Z"));
        assertThat(sms.facts()).containsEntry("language", "de").isEqualTo(planned(message + "/email").facts());
        assertThat(planned(message + "/email").notBefore()).isEqualTo(LATE_EVENING);
    }

    @Test
    void aCustomerWhoOptedOutHearsNothingWhileIntegratorsStillDo() {
        Order order = stored(anOrder().confirmed());
        preferences.save(new NotificationPreferences(CUSTOMER_EMAIL, true, true, Locale.ENGLISH, true, null, null, null));
        WebhookSubscription all = subscription(Set.of("*"));
        UUID message = outbox.append(confirmed(order), T0);

        relay.relay();

        assertThat(outbox.deliveries()).map(s -> s.planned().idempotencyKey()).containsExactly(message + "/webhook/" + all.id());
    }

    @Test
    void eventsCustomersDoNotCareAboutGoToIntegratorsOnly() {
        Order order = stored(anOrder().placed());
        subscription(Set.of("order.placed"));
        outbox.append(new OrderPlaced(order.getId(), T0), T0);

        relay.relay();

        assertThat(outbox.deliveries()).extracting(s -> s.planned().channel()).containsExactly(Channel.WEBHOOK);
    }

    @Test
    void preferencesAreLookedUpOncePerCustomerAndBatch() {
        Order order = stored(anOrder().confirmed());
        outbox.append(confirmed(order), T0);
        outbox.append(new OrderCancelled(order.getId(), "changed mind", T0), T0);

        assertThat(relay.relay()).isEqualTo(2);

        assertThat(preferences.lookups()).isEqualTo(1);
        assertThat(outbox.deliveries()).extracting(s -> s.planned().kind()).containsExactly("ORDER_CONFIRMED", "CANCELLED");
    }

    @Test
    void anEscalatedExceptionIsAWebhookToEachSubscriptionThatWantsItAndNoMessageToTheCustomer() {
        Order order = stored(anOrder().confirmed());
        WebhookSubscription escalations = subscription(Set.of("exception.escalated"));
        WebhookSubscription all = subscription(Set.of("*"));
        subscription(Set.of("order.confirmed"));
        ExceptionId exception = ExceptionId.random();
        UUID message = outbox.append(new ExceptionEscalated(order.getId(), new ShipmentId(UUID.randomUUID()), exception,
                ExceptionKind.LOST, 1, "Declared lost by the carrier (ups 1Z1)", T0), T0);

        assertThat(relay.relay()).isEqualTo(1);

        assertThat(outbox.deliveries()).map(s -> s.planned().idempotencyKey()).containsExactlyInAnyOrder(
                message + "/webhook/" + escalations.id(), message + "/webhook/" + all.id());
        NewDelivery hook = planned(message + "/webhook/" + escalations.id());
        assertThat(hook.kind()).isEqualTo("exception.escalated");
        assertThat(hook.facts()).contains(entry("exceptionId", exception.value().toString()), entry("kind", "LOST"),
                entry("level", "1"));
    }

    @Test
    void anEventOfAnUnknownOrderIsRelayedWithNothingToSend() {
        subscription(Set.of("*"));
        UUID message = outbox.append(new OrderCancelled(OrderId.random(), "gone", T0), T0);

        assertThat(relay.relay()).isEqualTo(1);

        assertThat(outbox.deliveries()).isEmpty();
        assertThat(outbox.relayed(message)).isTrue();
    }

    private Order stored(Order order) {
        orders.save(List.of(order));
        return orders.byId(order.getId()).orElseThrow();
    }

    private static DomainEvent confirmed(Order order) {
        return new OrderConfirmed(order.getId(), order.trackingId().orElseThrow(), T0);
    }

    private WebhookSubscription subscription(Set<String> types) {
        UUID id = UUID.randomUUID();
        WebhookSubscription subscription = new WebhookSubscription(id, "shop-1", "https://hooks.example/" + id, "secret-" + id, types,
                true, null, 0, T0);
        subscriptions.create(subscription);
        return subscription;
    }

    private NewDelivery planned(String key) {
        return outbox.delivery(key).orElseThrow().planned();
    }
}
