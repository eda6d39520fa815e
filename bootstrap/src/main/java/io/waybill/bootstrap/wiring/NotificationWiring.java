package io.waybill.bootstrap.wiring;

import io.waybill.adapters.notifications.webhook.HttpWebhookSender;
import io.waybill.application.port.in.DispatchNotifications;
import io.waybill.application.port.in.ListOrderMessages;
import io.waybill.application.port.in.ManageNotificationPreferences;
import io.waybill.application.port.in.ManageWebhooks;
import io.waybill.application.port.in.RateDelivery;
import io.waybill.application.port.in.RecordFeedback;
import io.waybill.application.port.in.RelayNotifications;
import io.waybill.application.port.out.AuditTrail;
import io.waybill.application.port.out.CustomerChannels;
import io.waybill.application.port.out.CustomerPreferences;
import io.waybill.application.port.out.DeliveryFeedback;
import io.waybill.application.port.out.NotificationOutbox;
import io.waybill.application.port.out.Orders;
import io.waybill.application.port.out.SentMessages;
import io.waybill.application.port.out.WebhookSender;
import io.waybill.application.port.out.WebhookSubscriptions;
import io.waybill.application.service.FeedbackService;
import io.waybill.application.service.NotificationAdminService;
import io.waybill.application.service.OrderMessagesService;
import io.waybill.application.service.notification.MessageLinks;
import io.waybill.application.service.notification.NotificationDispatcher.Retry;
import io.waybill.application.service.notification.NotificationDispatcher;
import io.waybill.application.service.notification.NotificationRelay;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Singleton;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** The notification use cases: relay and dispatch of the outbox, webhook subscriptions, customer preferences. */
public class NotificationWiring {

    @Produces
    @Singleton
    WebhookSender webhookSender(Clock clock,
            @ConfigProperty(name = "waybill.notifications.webhooks.timeout", defaultValue = "PT10S") Duration timeout) {
        return new HttpWebhookSender(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(), clock, timeout);
    }

    @Produces
    @Singleton
    @Typed(NotificationRelay.class)
    NotificationRelay notificationRelay(NotificationOutbox outbox, Orders orders, CustomerPreferences preferences,
            WebhookSubscriptions subscriptions, Clock clock,
            @ConfigProperty(name = "waybill.notifications.tracking-link") String trackingLink,
            @ConfigProperty(name = "waybill.notifications.feedback-link") String feedbackLink,
            @ConfigProperty(name = "waybill.notifications.batch-size", defaultValue = "500") int batchSize,
            @ConfigProperty(name = "waybill.notifications.lease", defaultValue = "PT2M") Duration lease,
            FeedbackService feedback) {
        return new NotificationRelay(outbox, orders, preferences, subscriptions, clock,
                new MessageLinks(trackingLink, feedbackLink, feedback::token), batchSize, lease);
    }

    @Produces
    @Singleton
    @Typed(NotificationDispatcher.class)
    NotificationDispatcher notificationDispatcher(NotificationOutbox outbox, WebhookSubscriptions subscriptions,
            CustomerChannels customers, WebhookSender webhooks, Clock clock,
            @ConfigProperty(name = "waybill.notifications.retry.first", defaultValue = "PT10S") Duration first,
            @ConfigProperty(name = "waybill.notifications.retry.longest", defaultValue = "PT1H") Duration longest,
            @ConfigProperty(name = "waybill.notifications.retry.give-up-after", defaultValue = "PT25H") Duration giveUpAfter,
            @ConfigProperty(name = "waybill.notifications.suspend-after", defaultValue = "50") int suspendAfter,
            @ConfigProperty(name = "waybill.notifications.batch-size", defaultValue = "500") int batchSize,
            @ConfigProperty(name = "waybill.notifications.lease", defaultValue = "PT2M") Duration lease,
            @ConfigProperty(name = "waybill.notifications.concurrency", defaultValue = "16") int concurrency) {
        AtomicInteger threads = new AtomicInteger();
        ExecutorService senders = Executors.newFixedThreadPool(concurrency, task -> {
            Thread thread = new Thread(task, "notification-sender-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        return new NotificationDispatcher(outbox, subscriptions, customers, webhooks, clock,
                new Retry(first, longest, giveUpAfter, suspendAfter), batchSize, lease, senders);
    }

    /**
     * Feedback links are signed with {@code waybill.feedback.secret}. Without one, a random secret is made at start:
     * links then stop working after a restart (and differ between instances), so production sets it.
     */
    @Produces
    @Singleton
    @Typed(FeedbackService.class)
    FeedbackService feedbackService(DeliveryFeedback store, Orders orders, Clock clock,
            @ConfigProperty(name = "waybill.feedback.secret") Optional<String> secret,
            @ConfigProperty(name = "waybill.feedback.link-validity", defaultValue = "P30D") Duration validity) {
        byte[] key;
        if (secret.filter(s -> s.length() >= 16).isPresent()) {
            key = secret.get().getBytes(StandardCharsets.UTF_8);
        } else {
            key = new byte[32];
            new SecureRandom().nextBytes(key);
            Logger.getLogger(NotificationWiring.class).warn("waybill.feedback.secret is not set (or shorter than 16"
                    + " characters): feedback links are signed with a random key and stop working after a restart");
        }
        return new FeedbackService(store, orders, key, validity, clock);
    }

    @Produces
    RateDelivery rateDelivery(FeedbackService service) {
        return service;
    }

    @Produces
    RecordFeedback recordFeedback(FeedbackService service) {
        return service;
    }

    @Produces
    RelayNotifications relayNotifications(NotificationRelay relay) {
        return relay;
    }

    @Produces
    DispatchNotifications dispatchNotifications(NotificationDispatcher dispatcher) {
        return dispatcher;
    }

    @Produces
    @Singleton
    @Typed(NotificationAdminService.class)
    NotificationAdminService notificationAdmin(WebhookSubscriptions subscriptions, NotificationOutbox outbox,
            CustomerPreferences preferences, Clock clock, AuditTrail audit) {
        return new NotificationAdminService(subscriptions, outbox, preferences, clock, audit);
    }

    @Produces
    ManageWebhooks manageWebhooks(NotificationAdminService service) {
        return service;
    }

    @Produces
    ManageNotificationPreferences managePreferences(NotificationAdminService service) {
        return service;
    }

    @Produces
    @Singleton
    ListOrderMessages orderMessages(SentMessages messages) {
        return new OrderMessagesService(messages);
    }
}
