package io.waybill.adapters.rest.notifications;

import static io.waybill.adapters.rest.testing.Api.admin;
import static io.waybill.adapters.rest.testing.Api.anonymous;
import static io.waybill.adapters.rest.testing.Api.forbidden;
import static io.waybill.adapters.rest.testing.Api.integrator;
import static io.waybill.adapters.rest.testing.Api.invalidField;
import static io.waybill.adapters.rest.testing.Api.operator;
import static io.waybill.adapters.rest.testing.Api.problem;
import static io.waybill.adapters.rest.testing.Api.unauthorized;
import static io.waybill.adapters.rest.testing.RestTestData.map;
import static io.waybill.application.fakes.OrderTestData.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.waybill.adapters.rest.fakes.InMemoryWebhooks;
import io.waybill.adapters.rest.fakes.TestApiKeys;
import io.waybill.application.shared.DeadLetter;
import io.waybill.application.shared.WebhookSubscription;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Webhook subscriptions and dead letters, each owned by the key that made it. */
@QuarkusTest
class WebhooksResourceTest {

    private static final String SUBSCRIPTIONS = "/api/v1/webhooks/subscriptions";
    private static final String DEAD_LETTERS = "/api/v1/webhooks/dead-letters";

    @Inject
    InMemoryWebhooks webhooks;

    @BeforeEach
    void reset() {
        webhooks.reset();
    }

    @Test
    void subscribingAnswers201WithTheSecretOnce() {
        String id = integrator().body(map("url", "https://shop.example/hooks", "eventTypes", List.of("order.confirmed")))
                .post(SUBSCRIPTIONS).then().statusCode(201).contentType("application/json")
                .body("url", equalTo("https://shop.example/hooks"))
                .body("eventTypes", equalTo(List.of("order.confirmed")))
                .body("status", equalTo("ACTIVE"))
                .body("consecutiveFailures", equalTo(0))
                .body("createdAt", equalTo(T0.toString()))
                .body("secret", startsWith("whsec_"))
                .extract().path("id");
        assertThat(webhooks.subscriptions(TestApiKeys.INTEGRATOR_NAME)).extracting(s -> s.id().toString()).containsExactly(id);

        integrator().get(SUBSCRIPTIONS).then().statusCode(200)
                .body("id", equalTo(List.of(id))).body("[0].secret", nullValue());
        integrator().get(SUBSCRIPTIONS + "/" + id).then().statusCode(200)
                .body("id", equalTo(id)).body("secret", nullValue());
    }

    @Test
    void badSubscriptionsAre400sNamingTheField() {
        invalidField(integrator().body(map("url", "ftp://shop.example", "eventTypes", List.of("*"))).post(SUBSCRIPTIONS).then(),
                SUBSCRIPTIONS, "url");
        invalidField(integrator().body(map("url", "https://shop.example", "eventTypes", List.of("order.lost")))
                .post(SUBSCRIPTIONS).then(), SUBSCRIPTIONS, "eventTypes").body("detail", containsString("order.confirmed"));
        invalidField(integrator().body("null").post(SUBSCRIPTIONS).then(), SUBSCRIPTIONS, "body")
                .body("detail", containsString("shipment.delivered"));
        invalidField(integrator().get(SUBSCRIPTIONS + "/42").then(), SUBSCRIPTIONS + "/42", "id");
        assertThat(webhooks.subscriptions(TestApiKeys.INTEGRATOR_NAME)).isEmpty();
    }

    @Test
    void anotherKeysSubscriptionIsNotFound() {
        WebhookSubscription theirs = subscription("someone-else", false);
        webhooks.add(theirs);
        String path = SUBSCRIPTIONS + "/" + theirs.id();
        problem(integrator().get(path).then(), 404, path).body("type", endsWith("/not-found"));
        problem(integrator().post(path + "/reactivate").then(), 404, path + "/reactivate");
        problem(admin().delete(path).then(), 404, path);
        assertThat(webhooks.subscriptions("someone-else")).hasSize(1);
    }

    @Test
    void aSuspendedSubscriptionIsReactivatedAndOneCanUnsubscribe() {
        WebhookSubscription suspended = subscription(TestApiKeys.INTEGRATOR_NAME, false);
        webhooks.add(suspended);
        String path = SUBSCRIPTIONS + "/" + suspended.id();
        integrator().get(path).then().statusCode(200)
                .body("status", equalTo("SUSPENDED")).body("suspendedReason", equalTo("HTTP 500 ten times"));
        integrator().post(path + "/reactivate").then().statusCode(200)
                .body("status", equalTo("ACTIVE")).body("suspendedReason", nullValue()).body("consecutiveFailures", equalTo(0));
        integrator().delete(path).then().statusCode(204);
        problem(integrator().delete(path).then(), 404, path);
    }

    @Test
    void deadLettersAreListedAndReplayed() {
        UUID order = UUID.randomUUID();
        webhooks.addDeadLetter(TestApiKeys.INTEGRATOR_NAME, new DeadLetter(7, "key-7", order, UUID.randomUUID(), "order.confirmed", 12,
                "HTTP 503", T0, T0.plusSeconds(86_400)));
        integrator().get(DEAD_LETTERS).then().statusCode(200)
                .body("[0].id", equalTo(7))
                .body("[0].idempotencyKey", equalTo("key-7"))
                .body("[0].orderId", equalTo(order.toString()))
                .body("[0].attempts", equalTo(12))
                .body("[0].gaveUpAt", equalTo("2026-11-03T08:00:00Z"));
        assertThat(webhooks.lastLimit()).isEqualTo(100);
        integrator().post(DEAD_LETTERS + "/7/replay").then().statusCode(202);
        problem(integrator().post(DEAD_LETTERS + "/7/replay").then(), 404, DEAD_LETTERS + "/7/replay");
        invalidField(integrator().queryParam("limit", 0).get(DEAD_LETTERS).then(), DEAD_LETTERS, "limit");
        invalidField(integrator().queryParam("limit", 1001).get(DEAD_LETTERS).then(), DEAD_LETTERS, "limit");
    }

    @Test
    void webhooksNeedAnIntegratorKey() {
        unauthorized(anonymous().get(SUBSCRIPTIONS).then(), SUBSCRIPTIONS);
        unauthorized(anonymous().body(map("url", "https://shop.example", "eventTypes", List.of("*"))).post(SUBSCRIPTIONS).then(),
                SUBSCRIPTIONS);
        forbidden(operator().get(SUBSCRIPTIONS).then(), SUBSCRIPTIONS);
        forbidden(operator().get(DEAD_LETTERS).then(), DEAD_LETTERS);
        assertThat(webhooks.subscriptions(TestApiKeys.OPERATOR_NAME)).isEmpty();
    }

    private static WebhookSubscription subscription(String owner, boolean active) {
        return new WebhookSubscription(UUID.randomUUID(), owner, "https://hooks.example/" + owner, "whsec_x", Set.of("*"), active,
                active ? null : "HTTP 500 ten times", active ? 0 : 10, T0);
    }
}
