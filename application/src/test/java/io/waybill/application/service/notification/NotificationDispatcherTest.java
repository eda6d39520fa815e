package io.waybill.application.service.notification;

import static io.waybill.application.fakes.OrderTestData.CUSTOMER_EMAIL;
import static io.waybill.application.fakes.OrderTestData.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.waybill.application.fakes.InMemoryNotificationOutbox;
import io.waybill.application.fakes.InMemoryNotificationOutbox.Status;
import io.waybill.application.fakes.InMemoryNotificationOutbox.Stored;
import io.waybill.application.fakes.InMemoryWebhookSubscriptions;
import io.waybill.application.fakes.MutableClock;
import io.waybill.application.fakes.RecordingCustomerChannels;
import io.waybill.application.fakes.RecordingWebhookSender;
import io.waybill.application.port.out.CustomerChannels;
import io.waybill.application.port.out.CustomerChannels.Kind;
import io.waybill.application.port.out.NotificationOutbox.Channel;
import io.waybill.application.port.out.NotificationOutbox.NewDelivery;
import io.waybill.application.port.out.NotificationOutbox.Relayed;
import io.waybill.application.port.out.WebhookSender.Call;
import io.waybill.application.service.notification.NotificationDispatcher.Retry;
import io.waybill.application.shared.WebhookSubscription;
import io.waybill.domain.order.OrderId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NotificationDispatcherTest {

    private static final Retry RETRY = new Retry(Duration.ofSeconds(10), Duration.ofMinutes(10), Duration.ofHours(1), 3);
    private static final Map<String, String> FACTS = Map.of("language", "fr", "orderNumber", "SO-1", "customerName", "Ada");

    private final MutableClock clock = new MutableClock(T0);
    private final InMemoryWebhookSubscriptions subscriptions = new InMemoryWebhookSubscriptions();
    private final InMemoryNotificationOutbox outbox = new InMemoryNotificationOutbox(subscriptions);
    private final RecordingCustomerChannels customers = new RecordingCustomerChannels();
    private final RecordingWebhookSender webhooks = new RecordingWebhookSender();
    // one thread: the test sees every send done when dispatch returns
    private final NotificationDispatcher dispatcher = new NotificationDispatcher(outbox, subscriptions, customers, webhooks, clock,
            RETRY, 100, Duration.ofMinutes(2), Runnable::run);

    @Test
    void anEmailGoesOutWithItsStoredFactsOnceAndIsMarkedSent() {
        plan(new NewDelivery("m1/email", OrderId.random(), Channel.EMAIL, CUSTOMER_EMAIL, null, "CANCELLED", FACTS, T0));

        assertThat(dispatcher.dispatch()).isEqualTo(1);

        assertThat(customers.sent()).singleElement().satisfies(m -> {
            assertThat(m.idempotencyKey()).isEqualTo("m1/email");
            assertThat(m.channel()).isEqualTo(CustomerChannels.Channel.EMAIL);
            assertThat(m.recipient()).isEqualTo(CUSTOMER_EMAIL);
            assertThat(m.kind()).isEqualTo(Kind.CANCELLED);
            assertThat(m.language()).isEqualTo(Locale.FRENCH);
            assertThat(m.customerName()).isEqualTo("Ada");
        });
        assertThat(stored("m1/email").status()).isEqualTo(Status.SENT);
        clock.advance(Duration.ofHours(1));
        assertThat(dispatcher.dispatch()).isZero();
    }

    @Test
    void aWebhookIsPostedToItsSubscriptionWithTheStoredDataAndThePlanningTime() {
        WebhookSubscription subscription = subscription();
        plan(webhook("m1", subscription));
        plan(webhook("m2", subscription));

        assertThat(dispatcher.dispatch()).isEqualTo(2);

        assertThat(webhooks.answered()).containsExactly(
                new Call(subscription.url(), subscription.secret(), "m1/webhook/" + subscription.id(), "order.cancelled", T0,
                        Map.of("orderNumber", "SO-1")),
                new Call(subscription.url(), subscription.secret(), "m2/webhook/" + subscription.id(), "order.cancelled", T0,
                        Map.of("orderNumber", "SO-1")));
        assertThat(subscriptions.successes()).as("once per subscription and round").containsExactly(subscription.id());
    }

    @Test
    void aFailureIsRetriedWithBackoffAndGivenUpAfterItsTime() {
        plan(new NewDelivery("m1/sms", OrderId.random(), Channel.SMS, "+4915112345678", null, "SHIPPED", FACTS, T0));
        customers.refuse("provider down", false);

        dispatcher.dispatch();
        Stored first = stored("m1/sms");
        assertThat(first.status()).isEqualTo(Status.PENDING);
        assertThat(first.attempts()).isEqualTo(1);
        assertThat(first.lastError()).isEqualTo("provider down");
        assertThat(first.nextAttemptAt()).isBetween(T0.plusMillis(7_500), T0.plusMillis(12_500));
        assertThat(dispatcher.dispatch()).as("not due before its retry time").isZero();

        clock.set(Instant.parse("2026-11-02T08:59:50Z")); // the next pause would end after the hour to give up after
        assertThat(dispatcher.dispatch()).isEqualTo(1);
        assertThat(stored("m1/sms").status()).isEqualTo(Status.DEAD);
    }

    @Test
    void aPermanentFailureIsDeadAtOnce() {
        plan(new NewDelivery("m1/email", OrderId.random(), Channel.EMAIL, "nobody@example.org", null, "DELIVERED", FACTS, T0));
        customers.refuse("address refused", true);

        dispatcher.dispatch();

        assertThat(stored("m1/email").status()).isEqualTo(Status.DEAD);
        assertThat(stored("m1/email").lastError()).isEqualTo("address refused");
    }

    @Test
    void aSubscriptionFailingTooOftenInARowIsSuspendedWithTheLastError() {
        WebhookSubscription subscription = subscription();
        webhooks.answer(503);
        for (int i = 0; i < RETRY.suspendAfter(); i++) {
            plan(webhook("m" + i, subscription, OrderId.random()));
        }

        dispatcher.dispatch();

        WebhookSubscription suspended = subscriptions.byId(subscription.id()).orElseThrow();
        assertThat(suspended.active()).isFalse();
        assertThat(suspended.suspendedReason()).isEqualTo("3 deliveries in a row failed; last: receiver answered 503");
        clock.advance(Duration.ofHours(1));
        assertThat(dispatcher.dispatch()).as("a suspended subscription's deliveries wait").isZero();
    }

    @Test
    void aDeliveryWhoseSubscriptionWasDeletedSinceTheClaimIsDead() {
        WebhookSubscription subscription = subscription();
        plan(webhook("m1", subscription));
        // the outbox still sees the subscription when it claims; the dispatcher's subscriptions no longer hold it
        NotificationDispatcher afterDeletion = new NotificationDispatcher(outbox, new InMemoryWebhookSubscriptions(), customers,
                webhooks, clock, RETRY, 100, Duration.ofMinutes(2), Runnable::run);

        afterDeletion.dispatch();

        assertThat(webhooks.answered()).isEmpty();
        assertThat(stored("m1/webhook/" + subscription.id()).status()).isEqualTo(Status.DEAD);
        assertThat(stored("m1/webhook/" + subscription.id()).lastError()).isEqualTo("the subscription was deleted");
    }

    private void plan(NewDelivery delivery) {
        outbox.relayed(List.of(new Relayed(0, List.of(delivery))), T0);
    }

    private static NewDelivery webhook(String message, WebhookSubscription subscription) {
        return webhook(message, subscription, OrderId.random());
    }

    private static NewDelivery webhook(String message, WebhookSubscription subscription, OrderId order) {
        return new NewDelivery(message + "/webhook/" + subscription.id(), order, Channel.WEBHOOK, subscription.url(),
                subscription.id(), "order.cancelled", Map.of("orderNumber", "SO-1"), T0);
    }

    private WebhookSubscription subscription() {
        UUID id = UUID.randomUUID();
        WebhookSubscription subscription = new WebhookSubscription(id, "shop-1", "https://hooks.example/" + id, "secret-" + id,
                Set.of("*"), true, null, 0, T0);
        subscriptions.create(subscription);
        return subscription;
    }

    private Stored stored(String key) {
        return outbox.delivery(key).orElseThrow();
    }
}
