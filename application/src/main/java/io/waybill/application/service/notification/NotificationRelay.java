package io.waybill.application.service.notification;

import io.waybill.application.port.in.RelayNotifications;
import io.waybill.application.port.out.CustomerChannels.Kind;
import io.waybill.application.port.out.CustomerPreferences;
import io.waybill.application.port.out.NotificationOutbox;
import io.waybill.application.port.out.NotificationOutbox.Channel;
import io.waybill.application.port.out.NotificationOutbox.NewDelivery;
import io.waybill.application.port.out.NotificationOutbox.PendingEvent;
import io.waybill.application.port.out.NotificationOutbox.Relayed;
import io.waybill.application.port.out.Orders;
import io.waybill.application.port.out.WebhookSubscriptions;
import io.waybill.application.shared.NotificationPreferences;
import io.waybill.application.shared.TenantScope;
import io.waybill.domain.tenant.TenantId;
import io.waybill.application.shared.WebhookSubscription;
import io.waybill.domain.exceptions.ConditionBreached;
import io.waybill.domain.exceptions.ExceptionEscalated;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.OrderEvents.DelayCleared;
import io.waybill.domain.order.OrderEvents.DelayPredicted;
import io.waybill.domain.order.OrderEvents.OrderCancelled;
import io.waybill.domain.order.OrderEvents.OrderConfirmed;
import io.waybill.domain.order.OrderEvents.OrderPlaced;
import io.waybill.domain.order.OrderEvents.OrderStatusChanged;
import io.waybill.domain.order.OrderEvents.ShipmentStatusChanged;
import io.waybill.domain.order.OrderId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.jmolecules.event.types.DomainEvent;

/**
 * Turns the outbox's domain events into deliveries. Each event becomes: a customer message per channel the customer
 * wants (e-mail by default, SMS when chosen; none when opted out; SMS held back during quiet hours) for the events
 * customers care about ({@link CustomerFacts#kindOf}), and one webhook delivery per active subscription to the event's
 * type. Keys are stable: the event's message id plus the channel (and the subscription), so planning the same event
 * twice plans nothing new and a provider or receiver can drop repeats. What the deliveries say is taken now, from the
 * order as it is, and stored with them.
 */
public class NotificationRelay implements RelayNotifications {

    private static final Logger LOG = Logger.getLogger(NotificationRelay.class.getName());

    private final NotificationOutbox outbox;
    private final Orders orders;
    private final CustomerPreferences preferences;
    private final WebhookSubscriptions subscriptions;
    private final Clock clock;
    private final MessageLinks links;
    private final int batchSize;
    private final Duration lease;

    /**
     * @param batchSize the most events relayed in one round
     * @param lease     how long a claimed event is this instance's before another may take it
     */
    public NotificationRelay(NotificationOutbox outbox, Orders orders, CustomerPreferences preferences,
            WebhookSubscriptions subscriptions, Clock clock, MessageLinks links, int batchSize, Duration lease) {
        this.outbox = outbox;
        this.orders = orders;
        this.preferences = preferences;
        this.subscriptions = subscriptions;
        this.clock = clock;
        this.links = links;
        this.batchSize = batchSize;
        this.lease = lease;
    }

    @Override
    public int relay() {
        Instant now = clock.instant();
        List<PendingEvent> events = outbox.claimEvents(now, lease, batchSize);
        if (events.isEmpty()) {
            return 0;
        }
        Map<TenantId, List<WebhookSubscription>> active = new HashMap<>(); // one look-up per tenant per batch
        Map<OrderId, Order> loaded = new HashMap<>();
        orders.byIds(events.stream().map(e -> orderOf(e.event())).distinct().toList()).forEach(o -> loaded.put(o.getId(), o));
        List<Relayed> relayed = new ArrayList<>(events.size());
        Map<String, Optional<NotificationPreferences>> choices = new HashMap<>(); // one lookup per customer per batch
        for (PendingEvent pending : events) {
            relayed.add(new Relayed(pending.id(), plan(pending, loaded.get(orderOf(pending.event())), active, choices, now)));
        }
        outbox.relayed(relayed, now);
        return events.size();
    }

    /**
     * What one event becomes: a delivery to each subscription of the order's tenant that wants it (never another
     * tenant's), and the customer's messages as the customer chose them with that tenant.
     */
    private List<NewDelivery> plan(PendingEvent pending, Order order, Map<TenantId, List<WebhookSubscription>> active,
            Map<String, Optional<NotificationPreferences>> choices, Instant now) {
        if (order == null) {
            LOG.warning(() -> "outbox event " + pending.messageId() + " names an unknown order: nothing to send");
            return List.of();
        }
        return TenantScope.of(order.tenant(), () -> {
            List<NewDelivery> deliveries = new ArrayList<>();
            WebhookPayload payload = WebhookPayload.of(pending, order);
            for (WebhookSubscription subscription : active.computeIfAbsent(order.tenant(), t -> subscriptions.active())) {
                if (subscription.wants(payload.type())) {
                    deliveries.add(new NewDelivery(pending.messageId() + "/webhook/" + subscription.id(), order.getId(),
                            Channel.WEBHOOK, subscription.url(), subscription.id(), payload.type(), payload.data(), now));
                }
            }
            CustomerFacts.kindOf(pending.event(), order)
                    .ifPresent(kind -> deliveries.addAll(customerDeliveries(pending, order, kind, choices, now)));
            return deliveries;
        });
    }

    private List<NewDelivery> customerDeliveries(PendingEvent pending, Order order, Kind kind,
            Map<String, Optional<NotificationPreferences>> choices, Instant now) {
        String email = order.customer().email();
        NotificationPreferences prefs = (email == null ? Optional.<NotificationPreferences>empty()
                : choices.computeIfAbsent(order.tenant().value() + "/" + email.toLowerCase(Locale.ROOT), k -> preferences.of(email))).orElse(NotificationPreferences.defaults(email));
        if (prefs.optedOut()) {
            return List.of();
        }
        Map<String, String> facts = CustomerFacts.of(pending, order, kind, prefs.language(), links);
        List<NewDelivery> deliveries = new ArrayList<>();
        if (prefs.byEmail() && email != null) {
            deliveries.add(new NewDelivery(pending.messageId() + "/email", order.getId(), Channel.EMAIL, email, null, kind.name(),
                    facts, now));
        }
        String phone = order.customer().phone();
        if (prefs.bySms() && phone != null) {
            deliveries.add(new NewDelivery(pending.messageId() + "/sms", order.getId(), Channel.SMS, phone, null, kind.name(),
                    facts, prefs.afterQuietHours(now)));
        }
        return deliveries;
    }

    private static OrderId orderOf(DomainEvent event) {
        return switch (event) {
            case OrderPlaced e -> e.order();
            case OrderConfirmed e -> e.order();
            case OrderCancelled e -> e.order();
            case OrderStatusChanged e -> e.order();
            case ShipmentStatusChanged e -> e.order();
            case DelayPredicted e -> e.order();
            case DelayCleared e -> e.order();
            case ExceptionEscalated e -> e.order();
            case ConditionBreached e -> e.order();
            default -> throw new IllegalArgumentException("not an order event: " + event);
        };
    }
}
