package io.waybill.application.service.notification;

import io.waybill.application.port.in.DispatchNotifications;
import io.waybill.application.port.out.CustomerChannels;
import io.waybill.application.port.out.CustomerChannels.DeliveryFailedException;
import io.waybill.application.port.out.NotificationOutbox;
import io.waybill.application.port.out.NotificationOutbox.DueDelivery;
import io.waybill.application.port.out.WebhookSender;
import io.waybill.application.port.out.WebhookSubscriptions;
import io.waybill.application.shared.WebhookSubscription;
import io.waybill.application.shared.LogText;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import io.waybill.application.shared.TenantScope;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the deliveries the relay planned. At-least-once: a delivery is sent, then marked sent; a crash in between
 * sends it again with the same key. Failures are retried with exponential backoff and jitter ({@link Retry}) for at
 * least {@link Retry#giveUpAfter()}, then the delivery is dead (listed, replayable). A subscription failing
 * {@link Retry#suspendAfter()} times in a row is suspended with the last error as its reason. It sends what was
 * stored with the delivery, never what the order says now.
 */
public class NotificationDispatcher implements DispatchNotifications {

    private static final Logger LOG = Logger.getLogger(NotificationDispatcher.class.getName());

    /**
     * @param first        the pause after the first failure, doubled after each further one
     * @param longest      the longest pause
     * @param giveUpAfter  from planning to giving up (at least a day: receivers have outages)
     * @param suspendAfter failures in a row that suspend a webhook subscription
     */
    public record Retry(Duration first, Duration longest, Duration giveUpAfter, int suspendAfter) {

        public static final Retry DEFAULT = new Retry(Duration.ofSeconds(10), Duration.ofHours(1), Duration.ofHours(25), 50);

        Duration after(int attempts) {
            long millis = Math.min(first.toMillis() << Math.min(Math.max(attempts - 1, 0), 20), longest.toMillis());
            double jitter = 0.75 + 0.5 * ThreadLocalRandom.current().nextDouble();
            return Duration.ofMillis(Math.max(1, Math.round(millis * jitter)));
        }
    }

    private final NotificationOutbox outbox;
    private final WebhookSubscriptions subscriptions;
    private final CustomerChannels customers;
    private final WebhookSender webhooks;
    private final Clock clock;
    private final Retry retry;
    private final int batchSize;
    private final Duration lease;
    private final Executor senders;

    /**
     * @param batchSize the most deliveries sent in one round
     * @param lease     how long a claimed delivery is this instance's before another may take it
     * @param senders   sends the deliveries of one claim side by side; its size bounds the calls in flight
     */
    public NotificationDispatcher(NotificationOutbox outbox, WebhookSubscriptions subscriptions, CustomerChannels customers,
            WebhookSender webhooks, Clock clock, Retry retry, int batchSize, Duration lease, Executor senders) {
        this.outbox = outbox;
        this.subscriptions = subscriptions;
        this.customers = customers;
        this.webhooks = webhooks;
        this.clock = clock;
        this.retry = retry;
        this.batchSize = batchSize;
        this.lease = lease;
        this.senders = senders;
    }

    /**
     * Sends the due deliveries of one claim side by side on {@code senders}: they never include two deliveries of one
     * subscription about one order (the claim returns only the oldest of those), so order is kept.
     */
    @Override
    public int dispatch() {
        Instant now = clock.instant();
        List<DueDelivery> due = outbox.claimDue(now, lease, batchSize);
        if (due.isEmpty()) {
            return 0;
        }
        // the claim only returns deliveries of active subscriptions: one read of those serves the whole round
        Map<UUID, WebhookSubscription> bySubscription = new HashMap<>();
        if (due.stream().anyMatch(d -> d.subscription() != null)) {
            subscriptions.active().forEach(s -> bySubscription.put(s.id(), s));
        }
        List<CompletableFuture<DueDelivery>> sending = due.stream()
                .map(d -> CompletableFuture.supplyAsync(TenantScope.carried(() -> send(d, bySubscription) ? d : null), senders))
                .toList();
        List<Long> sent = new ArrayList<>();
        Set<UUID> answered = new HashSet<>();
        for (CompletableFuture<DueDelivery> s : sending) {
            DueDelivery delivery = s.join();
            if (delivery != null) {
                sent.add(delivery.id());
                if (delivery.subscription() != null) {
                    answered.add(delivery.subscription());
                }
            }
        }
        if (!sent.isEmpty()) {
            outbox.sent(sent, clock.instant());
        }
        answered.forEach(subscriptions::succeeded); // once per subscription and round, not per delivery
        return due.size();
    }

    /** Sends one delivery; true when it went out (the caller marks it sent), false when it failed (recorded here). */
    private boolean send(DueDelivery delivery, Map<UUID, WebhookSubscription> bySubscription) {
        try {
            switch (delivery.channel()) {
                case WEBHOOK -> sendWebhook(delivery, bySubscription.get(delivery.subscription()));
                case EMAIL, SMS -> customers.send(CustomerFacts.message(delivery));
            }
            return true;
        } catch (DeliveryFailedException e) {
            failed(delivery, e.getMessage(), e.permanent());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "delivery " + delivery.idempotencyKey() + " failed unexpectedly", e);
            failed(delivery, e.getClass().getSimpleName() + ": " + e.getMessage(), false);
        }
        return false;
    }

    private void sendWebhook(DueDelivery delivery, WebhookSubscription subscription) {
        if (subscription == null) { // suspended or deleted since the round began: ask once more
            subscription = subscriptions.byId(delivery.subscription())
                    .orElseThrow(() -> new DeliveryFailedException("the subscription was deleted", true, null));
        }
        webhooks.send(new WebhookSender.Call(subscription.url(), subscription.secret(), delivery.idempotencyKey(), delivery.kind(),
                delivery.createdAt(), delivery.facts()));
    }

    private void failed(DueDelivery delivery, String error, boolean permanent) {
        Instant now = clock.instant();
        int attempts = delivery.attempts() + 1;
        Instant retryAt = now.plus(retry.after(attempts));
        boolean giveUp = permanent || retryAt.isAfter(delivery.createdAt().plus(retry.giveUpAfter()));
        outbox.failed(delivery.id(), error, giveUp ? null : retryAt, now);
        LOG.info(() -> "delivery " + delivery.idempotencyKey() + " failed (attempt " + attempts + "): " + LogText.withoutContacts(error)
                + (giveUp ? "; given up" : "; again at " + retryAt));
        if (delivery.subscription() != null) {
            int inARow = subscriptions.failed(delivery.subscription());
            if (inARow >= retry.suspendAfter()) {
                subscriptions.suspend(delivery.subscription(), inARow + " deliveries in a row failed; last: " + error);
            }
        }
    }
}
