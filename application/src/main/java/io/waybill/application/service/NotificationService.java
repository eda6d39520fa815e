package io.waybill.application.service;

import io.waybill.application.port.in.DispatchNotifications;
import io.waybill.application.port.out.CustomerChannels;
import io.waybill.application.port.out.CustomerChannels.CustomerMessage;
import io.waybill.application.port.out.CustomerChannels.DeliveryFailedException;
import io.waybill.application.port.out.CustomerChannels.Kind;
import io.waybill.application.port.out.CustomerPreferences;
import io.waybill.application.port.out.NotificationOutbox;
import io.waybill.application.port.out.NotificationOutbox.Channel;
import io.waybill.application.port.out.NotificationOutbox.DueDelivery;
import io.waybill.application.port.out.NotificationOutbox.NewDelivery;
import io.waybill.application.port.out.NotificationOutbox.PendingEvent;
import io.waybill.application.port.out.Orders;
import io.waybill.application.port.out.WebhookSender;
import io.waybill.application.port.out.WebhookSubscriptions;
import io.waybill.application.shared.NotificationPreferences;
import io.waybill.application.shared.WebhookSubscription;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.OrderEvents;
import io.waybill.domain.order.OrderEvents.OrderCancelled;
import io.waybill.domain.order.OrderEvents.OrderConfirmed;
import io.waybill.domain.order.OrderEvents.OrderPlaced;
import io.waybill.domain.order.OrderEvents.OrderStatusChanged;
import io.waybill.domain.order.OrderEvents.ShipmentStatusChanged;
import io.waybill.domain.order.Shipment;
import io.waybill.domain.order.ShipmentStatus;
import io.waybill.domain.tracking.ProofOfDelivery;
import io.waybill.domain.tracking.TrackingId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jmolecules.event.types.DomainEvent;

/**
 * Turns the outbox's domain events into deliveries and sends them.
 *
 * <p><b>Relay.</b> Each event becomes: a customer message per channel the customer wants (e-mail by default, SMS when
 * chosen; none when opted out; SMS held back during quiet hours) for the events customers care about, and one webhook
 * delivery per active subscription to the event's type. Keys are stable: the event's message id plus the channel
 * (and the subscription), so planning the same event twice plans nothing new and a provider or receiver can drop
 * repeats.
 *
 * <p><b>Dispatch.</b> At-least-once: a delivery is sent, then marked sent; a crash in between sends it again with the
 * same key. Failures are retried with exponential backoff and jitter ({@link Retry}) for at least
 * {@link Retry#giveUpAfter()}, then the delivery is dead (listed, replayable). A subscription failing
 * {@link Retry#suspendAfter()} times in a row is suspended with the last error as its reason.
 */
public class NotificationService implements DispatchNotifications {

    /** Webhook event types. */
    public static final List<String> EVENT_TYPES = List.of("order.placed", "order.confirmed", "order.cancelled",
            "order.status_changed", "shipment.status_changed", "shipment.delay_predicted", "shipment.delay_cleared");

    private static final Logger LOG = Logger.getLogger(NotificationService.class.getName());

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
    private final Orders orders;
    private final CustomerPreferences preferences;
    private final WebhookSubscriptions subscriptions;
    private final CustomerChannels customers;
    private final WebhookSender webhooks;
    private final Clock clock;
    private final String trackingLink;
    private final String feedbackLink;
    private final Retry retry;
    private final int batchSize;
    private final Duration lease;
    private final java.util.function.Function<io.waybill.domain.order.OrderId, String> feedbackLinks;
    private final java.util.concurrent.Executor senders;

    /**
     * @param trackingLink  where customers follow their order, with {@code {trackingId}} in it (the shop's tracking page,
     *                      or Waybill's public tracking view)
     * @param feedbackLink  where customers rate a delivery, with {@code {token}} in it
     * @param feedbackLinks the signed feedback token of an order (for delivery messages), or null for none
     * @param senders       sends the deliveries of one claim side by side; its size bounds the calls in flight
     */
    public NotificationService(NotificationOutbox outbox, Orders orders, CustomerPreferences preferences,
            WebhookSubscriptions subscriptions, CustomerChannels customers, WebhookSender webhooks, Clock clock,
            String trackingLink, String feedbackLink, Retry retry, int batchSize, Duration lease,
            java.util.function.Function<io.waybill.domain.order.OrderId, String> feedbackLinks, java.util.concurrent.Executor senders) {
        this.outbox = outbox;
        this.orders = orders;
        this.preferences = preferences;
        this.subscriptions = subscriptions;
        this.customers = customers;
        this.webhooks = webhooks;
        this.clock = clock;
        this.trackingLink = trackingLink;
        this.feedbackLink = feedbackLink;
        this.retry = retry;
        this.batchSize = batchSize;
        this.lease = lease;
        this.feedbackLinks = feedbackLinks;
        this.senders = senders;
    }

    @Override
    public int relay() {
        Instant now = clock.instant();
        List<PendingEvent> events = outbox.claimEvents(now, lease, batchSize);
        if (events.isEmpty()) {
            return 0;
        }
        List<WebhookSubscription> active = subscriptions.active();
        Map<io.waybill.domain.order.OrderId, Order> loaded = new java.util.HashMap<>();
        orders.byIds(events.stream().map(e -> orderOf(e.event())).distinct().toList()).forEach(o -> loaded.put(o.getId(), o));
        List<NotificationOutbox.Relayed> relayed = new ArrayList<>(events.size());
        Map<String, Optional<NotificationPreferences>> choices = new java.util.HashMap<>(); // one lookup per customer per batch
        for (PendingEvent pending : events) {
            relayed.add(new NotificationOutbox.Relayed(pending.id(),
                    plan(pending, loaded.get(orderOf(pending.event())), active, choices, now)));
        }
        outbox.relayed(relayed, now);
        return events.size();
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
        Map<java.util.UUID, WebhookSubscription> bySubscription = new java.util.HashMap<>();
        if (due.stream().anyMatch(d -> d.subscription() != null)) {
            subscriptions.active().forEach(s -> bySubscription.put(s.id(), s));
        }
        List<java.util.concurrent.CompletableFuture<DueDelivery>> sending = due.stream()
                .map(d -> java.util.concurrent.CompletableFuture.supplyAsync(() -> send(d, bySubscription) ? d : null, senders))
                .toList();
        List<Long> sent = new ArrayList<>();
        java.util.Set<java.util.UUID> answered = new java.util.HashSet<>();
        for (var s : sending) {
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

    // ---- planning ---------------------------------------------------------------------------------

    private List<NewDelivery> plan(PendingEvent pending, Order order, List<WebhookSubscription> active,
            Map<String, Optional<NotificationPreferences>> choices, Instant now) {
        DomainEvent event = pending.event();
        if (order == null) {
            LOG.warning(() -> "outbox event " + pending.messageId() + " names an unknown order: nothing to send");
            return List.of();
        }
        List<NewDelivery> deliveries = new ArrayList<>();
        String type = typeOf(event);
        Map<String, String> data = webhookData(pending, order);
        for (WebhookSubscription subscription : active) {
            if (subscription.wants(type)) {
                deliveries.add(new NewDelivery(pending.messageId() + "/webhook/" + subscription.id(), order.getId(), Channel.WEBHOOK,
                        subscription.url(), subscription.id(), type, data, now));
            }
        }
        customerKind(event, order).ifPresent(kind -> deliveries.addAll(customerDeliveries(pending, order, kind, choices, now)));
        return deliveries;
    }

    private List<NewDelivery> customerDeliveries(PendingEvent pending, Order order, Kind kind,
            Map<String, Optional<NotificationPreferences>> choices, Instant now) {
        String email = order.customer().email();
        NotificationPreferences prefs = (email == null ? Optional.<NotificationPreferences>empty()
                : choices.computeIfAbsent(email.toLowerCase(Locale.ROOT), preferences::of)).orElse(NotificationPreferences.defaults(email));
        if (prefs.optedOut()) {
            return List.of();
        }
        Map<String, String> facts = customerFacts(pending, order, kind, prefs.language());
        List<NewDelivery> deliveries = new ArrayList<>();
        if (prefs.byEmail() && email != null) {
            deliveries.add(new NewDelivery(pending.messageId() + "/email", order.getId(), Channel.EMAIL, email, null, kind.name(),
                    facts, now));
        }
        String phone = order.customer().phone();
        if (prefs.bySms() && phone != null) {
            deliveries.add(new NewDelivery(pending.messageId() + "/sms", order.getId(), Channel.SMS, phone, null, kind.name(),
                    facts, afterQuietHours(prefs, now)));
        }
        return deliveries;
    }

    /** {@code now}, or the end of the customer's quiet hours when {@code now} falls inside them. */
    static Instant afterQuietHours(NotificationPreferences prefs, Instant now) {
        if (!prefs.hasQuietHours()) {
            return now;
        }
        ZonedDateTime local = now.atZone(prefs.zone());
        LocalTime time = local.toLocalTime();
        boolean overnight = prefs.quietFrom().isAfter(prefs.quietUntil());
        boolean quiet = overnight ? !time.isBefore(prefs.quietFrom()) || time.isBefore(prefs.quietUntil())
                : !time.isBefore(prefs.quietFrom()) && time.isBefore(prefs.quietUntil());
        if (!quiet) {
            return now;
        }
        ZonedDateTime end = local.with(prefs.quietUntil());
        if (!end.isAfter(local)) {
            end = end.plusDays(1);
        }
        return end.toInstant();
    }

    /** Which customer message an event is, if any. */
    static Optional<Kind> customerKind(DomainEvent event, Order order) {
        return switch (event) {
            case OrderConfirmed confirmed -> Optional.of(Kind.ORDER_CONFIRMED);
            case OrderCancelled cancelled -> Optional.of(Kind.CANCELLED);
            case OrderEvents.DelayPredicted predicted -> Optional.of(Kind.DELAY_PREDICTED);
            case OrderEvents.DelayCleared cleared -> Optional.of(Kind.DELAY_CLEARED);
            case ShipmentStatusChanged changed when changed.to() != null -> switch (changed.to()) {
                case SHIPPED -> firstToShip(order, changed) ? Optional.of(Kind.SHIPPED) : Optional.empty();
                case OUT_FOR_DELIVERY -> Optional.of(Kind.OUT_FOR_DELIVERY);
                case DELIVERED -> Optional.of(Kind.DELIVERED);
                case DELIVERY_ATTEMPT_FAILED, HELD, LOST, RETURNED_TO_SENDER -> Optional.of(Kind.EXCEPTION);
                default -> Optional.empty();
            };
            default -> Optional.empty();
        };
    }

    /** "Shipped" is said once per order: for its first shipment handed over (the others are in the timeline). */
    private static boolean firstToShip(Order order, ShipmentStatusChanged changed) {
        return order.shipments().stream().filter(s -> !s.getId().equals(changed.shipment()))
                .noneMatch(s -> s.status().isShipped());
    }

    private Map<String, String> customerFacts(PendingEvent pending, Order order, Kind kind, Locale language) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("language", language.toLanguageTag());
        put(facts, "customerName", order.customer().name());
        facts.put("orderNumber", order.orderNumber());
        order.trackingId().map(TrackingId::formatted).ifPresent(id -> {
            facts.put("trackingId", id);
            facts.put("trackingLink", trackingLink.replace("{trackingId}", id));
        });
        if (pending.event() instanceof ShipmentStatusChanged changed) {
            order.shipment(changed.shipment()).ifPresent(s -> {
                facts.put("carrier", s.carrier().value());
                facts.put("carrierTrackingNumber", s.carrierTrackingNumber().value());
                if (kind == Kind.EXCEPTION) {
                    put(facts, "detail", s.statusReason() != null ? s.statusReason() : describe(changed.to()));
                }
                if (kind == Kind.DELIVERED) {
                    put(facts, "proofOfDelivery", proof(s.proofOfDelivery()));
                    if (feedbackLinks != null) {
                        facts.put("feedbackLink", feedbackLink.replace("{token}", feedbackLinks.apply(order.getId())));
                    }
                }
            });
        }
        if (pending.event() instanceof OrderCancelled cancelled) {
            put(facts, "detail", cancelled.reason());
        }
        if (pending.event() instanceof OrderEvents.DelayPredicted predicted) {
            put(facts, "detail", predicted.reason());
        }
        return facts;
    }

    /** Webhook data: identifiers and states, no personal data. */
    private static Map<String, String> webhookData(PendingEvent pending, Order order) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("orderId", order.getId().value().toString());
        data.put("orderNumber", order.orderNumber());
        order.trackingId().map(TrackingId::formatted).ifPresent(id -> data.put("trackingId", id));
        data.put("occurredAt", pending.occurredAt().toString());
        switch (pending.event()) {
            case OrderStatusChanged changed -> {
                put(data, "from", changed.from() == null ? null : changed.from().name());
                data.put("to", changed.to().name());
            }
            case ShipmentStatusChanged changed -> {
                data.put("shipmentId", changed.shipment().value().toString());
                put(data, "from", changed.from() == null ? null : changed.from().name());
                data.put("to", changed.to().name());
                order.shipment(changed.shipment()).ifPresent(s -> {
                    data.put("carrier", s.carrier().value());
                    data.put("carrierTrackingNumber", s.carrierTrackingNumber().value());
                });
            }
            case OrderCancelled cancelled -> put(data, "reason", cancelled.reason());
            case OrderEvents.DelayPredicted predicted -> {
                data.put("shipmentId", predicted.shipment().value().toString());
                put(data, "reason", predicted.reason());
            }
            case OrderEvents.DelayCleared cleared -> data.put("shipmentId", cleared.shipment().value().toString());
            default -> {
            }
        }
        return data;
    }

    static String typeOf(DomainEvent event) {
        return switch (event) {
            case OrderPlaced placed -> "order.placed";
            case OrderConfirmed confirmed -> "order.confirmed";
            case OrderCancelled cancelled -> "order.cancelled";
            case OrderStatusChanged changed -> "order.status_changed";
            case ShipmentStatusChanged changed -> "shipment.status_changed";
            case OrderEvents.DelayPredicted predicted -> "shipment.delay_predicted";
            case OrderEvents.DelayCleared cleared -> "shipment.delay_cleared";
            default -> "other";
        };
    }

    private static io.waybill.domain.order.OrderId orderOf(DomainEvent event) {
        return switch (event) {
            case OrderPlaced e -> e.order();
            case OrderConfirmed e -> e.order();
            case OrderCancelled e -> e.order();
            case OrderStatusChanged e -> e.order();
            case ShipmentStatusChanged e -> e.order();
            case OrderEvents.DelayPredicted e -> e.order();
            case OrderEvents.DelayCleared e -> e.order();
            default -> throw new IllegalArgumentException("not an order event: " + event);
        };
    }

    private static String describe(ShipmentStatus status) {
        return switch (status) {
            case DELIVERY_ATTEMPT_FAILED -> "delivery attempt failed";
            case HELD -> "held by the carrier";
            case LOST -> "lost by the carrier";
            case RETURNED_TO_SENDER -> "returned to sender";
            default -> status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }

    private static String proof(ProofOfDelivery proof) {
        if (proof == null) {
            return null;
        }
        return proof.receivedBy() != null ? "received by " + proof.receivedBy() : proof.photoRef() != null ? "photo taken" : null;
    }

    private static void put(Map<String, String> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    // ---- sending ----------------------------------------------------------------------------------

    /** Sends one delivery; true when it went out (the caller marks it sent), false when it failed (recorded here). */
    private boolean send(DueDelivery delivery, Map<java.util.UUID, WebhookSubscription> bySubscription) {
        try {
            switch (delivery.channel()) {
                case WEBHOOK -> sendWebhook(delivery, bySubscription.get(delivery.subscription()));
                case EMAIL, SMS -> customers.send(message(delivery));
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

    private static CustomerMessage message(DueDelivery d) {
        Map<String, String> f = d.facts();
        return new CustomerMessage(d.idempotencyKey(), CustomerChannels.Channel.valueOf(d.channel().name()), d.recipient(),
                Locale.forLanguageTag(f.getOrDefault("language", "en")), Kind.valueOf(d.kind()), f.get("customerName"),
                f.get("orderNumber"), f.get("trackingId"), f.get("trackingLink"), f.get("carrier"), f.get("carrierTrackingNumber"),
                f.get("deliveryWindow"), f.get("proofOfDelivery"), f.get("detail"), f.get("feedbackLink"));
    }

    private void failed(DueDelivery delivery, String error, boolean permanent) {
        Instant now = clock.instant();
        int attempts = delivery.attempts() + 1;
        Instant retryAt = now.plus(retry.after(attempts));
        boolean giveUp = permanent || retryAt.isAfter(delivery.createdAt().plus(retry.giveUpAfter()));
        outbox.failed(delivery.id(), error, giveUp ? null : retryAt, now);
        LOG.info(() -> "delivery " + delivery.idempotencyKey() + " failed (attempt " + attempts + "): " + error
                + (giveUp ? "; given up" : "; again at " + retryAt));
        if (delivery.subscription() != null) {
            int inARow = subscriptions.failed(delivery.subscription());
            if (inARow >= retry.suspendAfter()) {
                subscriptions.suspend(delivery.subscription(), inARow + " deliveries in a row failed; last: " + error);
            }
        }
    }
}
