package io.waybill.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.waybill.application.fakes.InMemoryCustomerPreferences;
import io.waybill.application.fakes.InMemoryNotificationOutbox;
import io.waybill.application.fakes.InMemoryWebhookSubscriptions;
import io.waybill.application.fakes.MutableClock;
import io.waybill.application.fakes.RecordingAuditTrail;
import io.waybill.application.port.out.AuditTrail.Change;
import io.waybill.application.shared.WebhookSubscription;
import io.waybill.domain.shared.InvalidValueException;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Subscription changes reach the audit trail, by subscription id only (never the URL); refused ones do not. */
class NotificationAdminServiceTest {

    private final InMemoryWebhookSubscriptions subscriptions = new InMemoryWebhookSubscriptions();
    private final RecordingAuditTrail audit = new RecordingAuditTrail();
    private final NotificationAdminService service = new NotificationAdminService(subscriptions,
            new InMemoryNotificationOutbox(subscriptions), new InMemoryCustomerPreferences(),
            new MutableClock(Instant.parse("2026-11-02T09:00:00Z")), audit);

    @Test
    void subscribingReactivatingAndUnsubscribingAreAudited() {
        WebhookSubscription created = service.subscribe("shop", "https://hooks.example/in?token=s3cret", Set.of("*"));
        String id = created.id().toString();

        assertThat(service.reactivate("shop", created.id())).isTrue();
        assertThat(service.unsubscribe("someone-else", created.id())).isFalse();
        assertThat(service.unsubscribe("shop", created.id())).isTrue();
        assertThat(service.unsubscribe("shop", created.id())).isFalse();

        assertThat(audit.changes()).containsExactly(new Change("webhook.subscribed", "webhook-subscription", id),
                new Change("webhook.reactivated", "webhook-subscription", id),
                new Change("webhook.unsubscribed", "webhook-subscription", id));
        assertThat(audit.changes().toString()).doesNotContain("s3cret").doesNotContain("hooks.example");
    }

    @Test
    void aRefusedSubscriptionIsNotAudited() {
        assertThatThrownBy(() -> service.subscribe("shop", "ftp://hooks.example", Set.of("*"))).isInstanceOf(InvalidValueException.class);
        assertThat(service.reactivate("shop", UUID.randomUUID())).isFalse();

        assertThat(audit.changes()).isEmpty();
    }
}
