package io.waybill.application.service;

import io.waybill.application.port.in.ManageNotificationPreferences;
import io.waybill.application.port.in.ManageWebhooks;
import io.waybill.application.port.out.AuditTrail;
import io.waybill.application.port.out.CustomerPreferences;
import io.waybill.application.port.out.NotificationOutbox;
import io.waybill.application.port.out.WebhookSubscriptions;
import io.waybill.application.service.notification.WebhookPayload;
import io.waybill.application.shared.DeadLetter;
import io.waybill.application.shared.NotificationPreferences;
import io.waybill.application.shared.WebhookSubscription;
import io.waybill.domain.shared.InvalidValueException;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Webhook subscriptions and customer preferences, checked before they are stored. */
public class NotificationAdminService implements ManageWebhooks, ManageNotificationPreferences {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final WebhookSubscriptions subscriptions;
    private final NotificationOutbox outbox;
    private final CustomerPreferences preferences;
    private final Clock clock;
    private final AuditTrail audit;

    public NotificationAdminService(WebhookSubscriptions subscriptions, NotificationOutbox outbox, CustomerPreferences preferences,
            Clock clock) {
        this(subscriptions, outbox, preferences, clock, AuditTrail.NONE);
    }

    public NotificationAdminService(WebhookSubscriptions subscriptions, NotificationOutbox outbox, CustomerPreferences preferences,
            Clock clock, AuditTrail audit) {
        this.subscriptions = subscriptions;
        this.outbox = outbox;
        this.preferences = preferences;
        this.clock = clock;
        this.audit = audit;
    }

    @Override
    public WebhookSubscription subscribe(String owner, String url, Set<String> eventTypes) {
        URI uri;
        try {
            uri = URI.create(InvalidValueException.requiredText(url, "url", 2048));
        } catch (IllegalArgumentException e) {
            String why = e.getCause() instanceof URISyntaxException syntax ? syntax.getReason() + " at index " + syntax.getIndex()
                    : "not parseable";
            throw new InvalidValueException("url", "not a URL: " + why);
        }
        if (uri.getScheme() == null || !Set.of("http", "https").contains(uri.getScheme().toLowerCase(Locale.ROOT))
                || uri.getHost() == null) {
            throw new InvalidValueException("url", "an absolute http or https URL is required (got " + InvalidValueException.quote(url) + ")");
        }
        if (eventTypes == null || eventTypes.isEmpty()) {
            throw new InvalidValueException("eventTypes", "name at least one event type, or * for all: " + eventTypes());
        }
        for (String type : eventTypes) {
            if (type == null) {
                throw new InvalidValueException("eventTypes[]", "null is not an event type; known: " + eventTypes());
            }
            if (!"*".equals(type) && !WebhookPayload.EVENT_TYPES.contains(type)) {
                throw new InvalidValueException("eventTypes", "unknown event type " + InvalidValueException.quote(type) + "; known: " + eventTypes());
            }
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        WebhookSubscription subscription = new WebhookSubscription(UUID.randomUUID(), owner, uri.toString(),
                "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret), eventTypes, true, null, 0,
                clock.instant());
        subscriptions.create(subscription);
        // not the URL: it may carry a receiver's token in its query
        audit.record(new AuditTrail.Change("webhook.subscribed", "webhook-subscription", subscription.id().toString()));
        return subscription;
    }

    @Override
    public List<WebhookSubscription> subscriptions(String owner) {
        return subscriptions.byOwner(owner);
    }

    @Override
    public Optional<WebhookSubscription> subscription(String owner, UUID id) {
        return subscriptions.byId(id).filter(s -> s.owner().equals(owner));
    }

    @Override
    public boolean reactivate(String owner, UUID id) {
        return audited(subscriptions.reactivate(id, owner), "webhook.reactivated", id);
    }

    @Override
    public boolean unsubscribe(String owner, UUID id) {
        return audited(subscriptions.delete(id, owner), "webhook.unsubscribed", id);
    }

    private boolean audited(boolean changed, String action, UUID id) {
        if (changed) {
            audit.record(new AuditTrail.Change(action, "webhook-subscription", id.toString()));
        }
        return changed;
    }

    @Override
    public List<DeadLetter> deadLetters(String owner, int limit) {
        return outbox.deadLetters(owner, limit);
    }

    @Override
    public boolean replay(String owner, long deliveryId) {
        return outbox.replay(deliveryId, owner, clock.instant());
    }

    @Override
    public List<String> eventTypes() {
        return WebhookPayload.EVENT_TYPES;
    }

    @Override
    public NotificationPreferences preferences(String email) {
        String key = checkedEmail(email);
        return preferences.of(key).orElse(NotificationPreferences.defaults(key));
    }

    @Override
    public void save(NotificationPreferences p) {
        String key = checkedEmail(p.email());
        boolean someQuiet = p.quietFrom() != null || p.quietUntil() != null || p.zone() != null;
        if (someQuiet && !p.hasQuietHours()) {
            throw new InvalidValueException("quietHours", "give from, until and zone together, or none of them");
        }
        if (p.language() != null && p.language().toLanguageTag().length() > 16) {
            throw new InvalidValueException("language", "a language tag such as en or de-AT, at most 16 characters");
        }
        preferences.save(new NotificationPreferences(key, p.byEmail(), p.bySms(), p.language() == null ? Locale.ENGLISH : p.language(),
                p.optedOut(), p.quietFrom(), p.quietUntil(), p.zone()));
    }

    private static String checkedEmail(String email) {
        String text = InvalidValueException.requiredText(email, "email", 320);
        if (!text.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new InvalidValueException("email", "not an e-mail address: " + InvalidValueException.quote(email));
        }
        return text.toLowerCase(Locale.ROOT);
    }
}
