package io.waybill.adapters.persistence.outbox;

import io.waybill.application.fakes.InDefaultTenant;
import static io.waybill.application.fakes.OrderTestData.T0;
import static io.waybill.application.fakes.OrderTestData.anOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.waybill.adapters.persistence.orders.JpaOrders;
import io.waybill.adapters.persistence.testing.PostgresTestResource;
import io.waybill.adapters.persistence.webhooks.JdbcWebhookSubscriptions;
import io.waybill.application.port.out.NotificationOutbox.Channel;
import io.waybill.application.port.out.NotificationOutbox.DueDelivery;
import io.waybill.application.port.out.NotificationOutbox.NewDelivery;
import io.waybill.application.port.out.NotificationOutbox.PendingEvent;
import io.waybill.application.port.out.NotificationOutbox.Relayed;
import io.waybill.application.shared.WebhookSubscription;
import io.waybill.application.shared.ConcurrentUpdateException;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.OrderEvents.OrderConfirmed;
import io.waybill.domain.order.OrderEvents.OrderPlaced;
import io.waybill.domain.order.OrderEvents.OrderStatusChanged;
import io.waybill.domain.tracking.TrackingId;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The outbox on a real PostgreSQL: written with the change that raised it, claimed by one instance, delivered in order. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class JdbcNotificationOutboxTest implements InDefaultTenant {

    private static final Duration LEASE = Duration.ofMinutes(1);

    @Inject
    JpaOrders orders;

    @Inject
    JdbcNotificationOutbox store;

    @Inject
    JdbcWebhookSubscriptions subscriptions;

    @Test
    void theOutboxHoldsExactlyTheEventsOfCommittedChanges() {
        Instant now = Instant.now();
        drain(now);
        Order order = anOrder().confirmed();
        orders.save(List.of(order));

        List<PendingEvent> events = store.claimEvents(now, LEASE, 100);
        assertThat(events).extracting(e -> e.event().getClass().getSimpleName()).contains("OrderPlaced", "OrderConfirmed",
                "OrderStatusChanged");
        assertThat(events).extracting(PendingEvent::event).filteredOn(OrderConfirmed.class::isInstance).singleElement()
                .satisfies(e -> assertThat(((OrderConfirmed) e).trackingId()).isEqualTo(order.trackingId().orElseThrow()));
        assertThat(store.claimEvents(now, LEASE, 100)).as("claimed for the lease").isEmpty();
        assertThat(store.claimEvents(now.plus(LEASE), LEASE, 100)).as("the claimer died: back after the lease").hasSize(events.size());

        Order stale = orders.byId(order.getId()).orElseThrow();
        Order fresh = orders.byId(order.getId()).orElseThrow();
        fresh.cancel("customer changed their mind", T0.plusSeconds(60));
        orders.save(List.of(fresh));
        stale.cancel("a second cancellation that loses the race", T0.plusSeconds(61));
        assertThatThrownBy(() -> orders.save(List.of(stale))).isInstanceOf(ConcurrentUpdateException.class);
        List<PendingEvent> afterCancel = store.claimEvents(now.plus(LEASE.multipliedBy(3)), LEASE, 100).stream()
                .filter(e -> e.event().toString().contains("customer changed") || e.event().toString().contains("loses the race"))
                .toList();
        assertThat(afterCancel).as("only the committed cancellation is in the outbox").singleElement()
                .satisfies(e -> assertThat(e.event().toString()).contains("customer changed their mind"));
    }

    @Test
    void webhookDeliveriesOfOneOrderGoOutOneAtATimeInOrderAndDeadOnesCanBeReplayed() {
        Instant now = Instant.now();
        drain(now);
        Order order = anOrder().confirmed();
        orders.save(List.of(order));
        String owner = "owner-" + UUID.randomUUID();
        WebhookSubscription subscription = new WebhookSubscription(UUID.randomUUID(), owner, "http://127.0.0.1:9/hook", "s3cret",
                Set.of("*"), true, null, 0, now);
        subscriptions.create(subscription);
        List<PendingEvent> events = store.claimEvents(now, LEASE, 100);
        assertThat(events).hasSizeGreaterThanOrEqualTo(2);
        for (PendingEvent e : events) {
            store.relayed(List.of(new Relayed(e.id(), List.of(new NewDelivery(
                    e.messageId() + "/webhook/" + subscription.id(), order.getId(), Channel.WEBHOOK, subscription.url(),
                    subscription.id(), "order.x", Map.of("n", String.valueOf(e.id())), now)))), now);
            // planning the same event again plans nothing new
            store.relayed(List.of(new Relayed(e.id(), List.of(new NewDelivery(
                    e.messageId() + "/webhook/" + subscription.id(), order.getId(), Channel.WEBHOOK, subscription.url(),
                    subscription.id(), "order.x", Map.of("n", "again"), now)))), now);
        }

        List<DueDelivery> first = mine(store.claimDue(now, LEASE, 100), subscription);
        assertThat(first).as("only the oldest delivery of the order is due").singleElement()
                .satisfies(d -> assertThat(d.facts()).containsEntry("n", String.valueOf(events.getFirst().id())));
        store.failed(first.getFirst().id(), "503", now.plusSeconds(10), now);
        assertThat(mine(store.claimDue(now.plusSeconds(5), LEASE, 100), subscription)).as("the next waits for the first").isEmpty();
        store.failed(first.getFirst().id(), "503 again", null, now.plusSeconds(10));
        assertThat(store.deadLetters(owner, 10)).singleElement().satisfies(dead -> {
            assertThat(dead.lastError()).isEqualTo("503 again");
            assertThat(dead.attempts()).isEqualTo(2);
        });
        List<DueDelivery> second = mine(store.claimDue(now.plusSeconds(11), LEASE, 100), subscription);
        assertThat(second).as("a dead delivery no longer holds the queue").singleElement()
                .satisfies(d -> assertThat(d.facts()).containsEntry("n", String.valueOf(events.get(1).id())));
        store.sent(List.of(second.getFirst().id()), now.plusSeconds(12));

        assertThat(store.replay(first.getFirst().id(), "someone-else", now.plusSeconds(13))).isFalse();
        assertThat(store.replay(first.getFirst().id(), owner, now.plusSeconds(13))).isTrue();
        assertThat(store.deadLetters(owner, 10)).isEmpty();
        assertThat(mine(store.claimDue(now.plusSeconds(13), LEASE, 100), subscription)).extracting(DueDelivery::id)
                .as("the replayed delivery is due again (a replay comes out of order: it was given up on)")
                .contains(first.getFirst().id());

        subscriptions.suspend(subscription.id(), "too many failures");
        assertThat(subscriptions.byId(subscription.id()).orElseThrow().suspendedReason()).isEqualTo("too many failures");
        assertThat(mine(store.claimDue(now.plus(LEASE).plusSeconds(20), LEASE, 100), subscription)).as("suspended: waits").isEmpty();
        assertThat(subscriptions.reactivate(subscription.id(), owner)).isTrue();
        assertThat(mine(store.claimDue(now.plus(LEASE).plusSeconds(20), LEASE, 100), subscription)).isNotEmpty();
    }

    private static List<DueDelivery> mine(List<DueDelivery> due, WebhookSubscription subscription) {
        return due.stream().filter(d -> subscription.id().equals(d.subscription())).toList();
    }

    /** Relays whatever other tests left in the shared outbox, so each test sees its own events. */
    private void drain(Instant now) {
        List<PendingEvent> left;
        do {
            left = store.claimEvents(now.plus(Duration.ofDays(1)), LEASE, 500);
            store.relayed(left.stream().map(e -> new Relayed(e.id(), List.of())).toList(), now);
        } while (!left.isEmpty());
    }
}
