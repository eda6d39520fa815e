package io.waybill.adapters.persistence.webhooks;

import io.waybill.application.fakes.InDefaultTenant;
import static io.waybill.application.fakes.OrderTestData.T0;
import static io.waybill.application.fakes.OrderTestData.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.waybill.adapters.persistence.orders.JpaOrders;
import io.waybill.adapters.persistence.outbox.JdbcNotificationOutbox;
import io.waybill.adapters.persistence.testing.PostgresTestResource;
import io.waybill.application.port.out.NotificationOutbox.Channel;
import io.waybill.application.port.out.NotificationOutbox.DueDelivery;
import io.waybill.application.port.out.NotificationOutbox.NewDelivery;
import io.waybill.application.port.out.NotificationOutbox.PendingEvent;
import io.waybill.application.port.out.NotificationOutbox.Relayed;
import io.waybill.application.shared.WebhookSubscription;
import io.waybill.domain.order.Order;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Webhook subscriptions on a real PostgreSQL: listed per owner, failures counted until a success, suspended until the
 * owner reactivates them, and deleted with their pending deliveries. Owners are fresh in every test.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class JdbcWebhookSubscriptionsTest implements InDefaultTenant {

    private static final Duration LEASE = Duration.ofMinutes(1);

    @Inject
    JdbcWebhookSubscriptions store;

    @Inject
    JdbcNotificationOutbox outbox;

    @Inject
    JpaOrders orders;

    @Test
    void aSubscriptionKeepsEveryFieldAndItsOwnerListsThemOldestFirst() {
        String owner = uniqueOwner();
        WebhookSubscription newer = subscription(owner, T0.plusSeconds(60));
        WebhookSubscription older = new WebhookSubscription(UUID.randomUUID(), owner, "https://hooks.example.org/b", "other-secret",
                Set.of("order.cancelled", "shipment.delivered"), true, null, 0, T0);
        store.create(newer);
        store.create(older);
        store.create(subscription(uniqueOwner(), T0));

        assertThat(store.byId(older.id())).contains(older);
        assertThat(store.byId(UUID.randomUUID())).isEmpty();
        assertThat(store.byOwner(owner)).containsExactly(older, newer);
    }

    @Test
    void failuresCountUntilASuccessAndASuspendedOneWaitsUntilItsOwnerReactivatesIt() {
        String owner = uniqueOwner();
        WebhookSubscription s = subscription(owner, T0);
        store.create(s);

        assertThat(store.failed(s.id())).isEqualTo(1);
        assertThat(store.failed(s.id())).isEqualTo(2);
        store.succeeded(s.id());
        assertThat(store.failed(s.id())).as("counted again from a success").isEqualTo(1);
        assertThat(store.failed(UUID.randomUUID())).as("no such subscription").isZero();

        store.suspend(s.id(), "answered 410 Gone five times in a row");
        assertThat(store.byId(s.id()).orElseThrow()).satisfies(suspended -> {
            assertThat(suspended.active()).isFalse();
            assertThat(suspended.suspendedReason()).isEqualTo("answered 410 Gone five times in a row");
        });
        assertThat(store.active()).extracting(WebhookSubscription::id).doesNotContain(s.id());

        assertThat(store.reactivate(s.id(), uniqueOwner())).as("not the owner").isFalse();
        assertThat(store.reactivate(s.id(), owner)).isTrue();
        assertThat(store.byId(s.id())).contains(s);
        assertThat(store.active()).extracting(WebhookSubscription::id).contains(s.id());
    }

    @Test
    void onlyItsOwnerDeletesASubscriptionAndItsPendingDeliveriesGoWithIt() {
        String owner = uniqueOwner();
        WebhookSubscription s = subscription(owner, T0);
        store.create(s);
        Order order = anOrder().confirmed();
        orders.save(List.of(order));
        // any unrelayed event will do to hang a delivery on; due long ago, so no other test's delivery is due before it
        PendingEvent event = outbox.claimEvents(Instant.now(), LEASE, 1).getFirst();
        Instant longAgo = Instant.parse("2000-01-01T00:00:00Z");
        outbox.relayed(List.of(new Relayed(event.id(), List.of(new NewDelivery(event.messageId() + "/webhook/" + s.id(),
                order.getId(), Channel.WEBHOOK, s.url(), s.id(), "order.confirmed", Map.of(), longAgo)))), longAgo);
        assertThat(mine(outbox.claimDue(longAgo, LEASE, 10), s)).hasSize(1);

        assertThat(store.delete(s.id(), uniqueOwner())).as("not the owner").isFalse();
        assertThat(store.delete(s.id(), owner)).isTrue();

        assertThat(store.byId(s.id())).isEmpty();
        assertThat(store.byOwner(owner)).isEmpty();
        assertThat(mine(outbox.claimDue(longAgo.plus(LEASE.multipliedBy(2)), LEASE, 10), s)).as("its delivery went with it").isEmpty();
        assertThat(store.delete(s.id(), owner)).as("already gone").isFalse();
    }

    private static List<DueDelivery> mine(List<DueDelivery> due, WebhookSubscription subscription) {
        return due.stream().filter(d -> subscription.id().equals(d.subscription())).toList();
    }

    private static WebhookSubscription subscription(String owner, Instant createdAt) {
        return new WebhookSubscription(UUID.randomUUID(), owner, "https://hooks.example.org/a", "s3cret", Set.of("*"), true, null,
                0, createdAt);
    }

    private static String uniqueOwner() {
        return "owner-" + UUID.randomUUID();
    }
}
