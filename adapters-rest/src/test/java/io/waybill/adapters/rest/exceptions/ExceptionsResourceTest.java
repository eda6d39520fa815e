package io.waybill.adapters.rest.exceptions;

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
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.waybill.adapters.rest.fakes.InMemoryExceptionDesk;
import io.waybill.adapters.rest.fakes.TestApiKeys;
import io.waybill.application.shared.TenantScope;
import io.waybill.domain.exceptions.ExceptionId;
import io.waybill.domain.exceptions.ExceptionItem;
import io.waybill.domain.exceptions.ExceptionKind;
import io.waybill.domain.tenant.TenantId;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The exceptions queue over HTTP: listing, reading with the trail, acting, and every refusal as a problem. */
@QuarkusTest
class ExceptionsResourceTest {

    private static final String QUEUE = "/api/v1/exceptions";

    @Inject
    InMemoryExceptionDesk desk;

    private ExceptionItem held;
    private ExceptionItem lost;

    @BeforeEach
    void queue() {
        desk.reset();
        held = desk.open(TenantId.DEFAULT, ExceptionKind.HELD, "Held by the carrier (ups 1Z1): customs", Duration.ofHours(5));
        lost = desk.open(TenantId.DEFAULT, ExceptionKind.LOST, "Declared lost by the carrier (dhl JD1)", Duration.ofHours(1));
        desk.open(new TenantId("globex"), ExceptionKind.HELD, "another tenant's", Duration.ofHours(6));
    }

    @Test
    void theQueueListsTheTenantsItemsEarliestDeadlineFirstAndFilters() {
        operator().get(QUEUE).then().statusCode(200).contentType("application/json")
                .body("items.id", contains(held.getId().toString(), lost.getId().toString()))
                .body("items[0].kind", equalTo("HELD"))
                .body("items[0].reason", equalTo("Held by the carrier (ups 1Z1): customs"))
                .body("items[0].state", equalTo("OPEN"))
                .body("items[0].overdue", equalTo(true))
                .body("items[0].deadline", equalTo(T0.minus(Duration.ofHours(1)).toString()))
                .body("items[1].overdue", equalTo(false))
                .body("items[0].assignee", nullValue())
                .body("total", equalTo(2));
        admin().queryParam("kind", "lost").get(QUEUE).then().statusCode(200).body("items.id", contains(lost.getId().toString()));
        operator().queryParam("state", "RESOLVED").get(QUEUE).then().statusCode(200).body("total", equalTo(0));
        invalidField(operator().queryParam("state", "CLOSED").get(QUEUE).then(), QUEUE, "state");
        invalidField(operator().queryParam("kind", "STOLEN").get(QUEUE).then(), QUEUE, "kind");
        invalidField(operator().queryParam("stat", "OPEN").get(QUEUE).then(), QUEUE, "stat");
        invalidField(operator().queryParam("size", "500").get(QUEUE).then(), QUEUE, "size");
    }

    @Test
    void acknowledgeAssignNoteResolveEachInTheTrailWithWhoAndWhen() {
        String item = QUEUE + "/" + held.getId();
        operator().body(map("action", "ACKNOWLEDGE", "version", 0)).post(item + "/actions").then().statusCode(200)
                .body("item.state", equalTo("ACKNOWLEDGED")).body("item.version", equalTo(1)).body("item.overdue", equalTo(false));
        operator().body(map("action", "assign", "assignee", "Grace")).post(item + "/actions").then().statusCode(200)
                .body("item.assignee", equalTo("Grace"));
        admin().body(map("action", "NOTE", "text", "customs want the invoice")).post(item + "/actions").then().statusCode(200);
        admin().body(map("action", "RESOLVE", "text", "invoice sent")).post(item + "/actions").then().statusCode(200)
                .body("item.state", equalTo("RESOLVED")).body("item.resolvedBy", equalTo(TestApiKeys.ADMIN_NAME))
                .body("item.resolvedAt", equalTo(T0.toString()));

        operator().get(item).then().statusCode(200)
                .body("actions.action", contains("OPEN", "ACKNOWLEDGE", "ASSIGN", "NOTE", "RESOLVE"))
                .body("actions.actor", contains("system", TestApiKeys.OPERATOR_NAME, TestApiKeys.OPERATOR_NAME,
                        TestApiKeys.ADMIN_NAME, TestApiKeys.ADMIN_NAME))
                .body("actions[1].at", equalTo(T0.toString()))
                .body("actions.text", contains("Held by the carrier (ups 1Z1): customs", null, "Grace", "customs want the invoice",
                        "invoice sent"));
    }

    @Test
    void actingTwiceOrOnAStaleVersionIs409AndChangesNothing() {
        String actions = QUEUE + "/" + lost.getId() + "/actions";
        operator().body(map("action", "RESOLVE")).post(actions).then().statusCode(200);
        problem(operator().body(map("action", "RESOLVE", "text", "again")).post(actions).then(), 409, actions)
                .body("type", endsWith("/illegal-transition"));
        problem(operator().body(map("action", "ACKNOWLEDGE")).post(actions).then(), 409, actions);
        problem(operator().body(map("action", "NOTE", "text", "late", "version", 0)).post(actions).then(), 409, actions)
                .body("type", endsWith("/changed-meanwhile"));
        assertThat(TenantScope.of(TenantId.DEFAULT, () -> desk.get(lost.getId())).orElseThrow().actions()).hasSize(2);
    }

    @Test
    void badActionsAre400sNamingTheFieldAndChangeNothing() {
        String actions = QUEUE + "/" + held.getId() + "/actions";
        invalidField(operator().body(map("action", "ESCALATE")).post(actions).then(), actions, "action");
        invalidField(operator().body(map("action", "SHRUG")).post(actions).then(), actions, "action");
        invalidField(operator().body(map("text", "no action")).post(actions).then(), actions, "action");
        invalidField(operator().body(map("action", "ASSIGN")).post(actions).then(), actions, "assignee");
        invalidField(operator().body(map("action", "ASSIGN", "assignee", "x".repeat(101))).post(actions).then(), actions, "assignee");
        invalidField(operator().body(map("action", "ACKNOWLEDGE", "assignee", "Grace")).post(actions).then(), actions, "assignee");
        invalidField(operator().body(map("action", "ASSIGN", "assignee", "Grace", "text", "why")).post(actions).then(), actions, "text");
        invalidField(operator().body(map("action", "NOTE", "text", " ")).post(actions).then(), actions, "text");
        invalidField(operator().body(map("action", "NOTE", "text", "ok", "version", -1)).post(actions).then(), actions, "version");
        invalidField(operator().body("null").post(actions).then(), actions, "body");
        problem(operator().body("{\"action\": ").post(actions).then(), 400, actions).body("type", endsWith("/malformed-json"));
        invalidField(operator().body(map("action", "ACKNOWLEDGE")).post(QUEUE + "/not-an-id/actions").then(),
                QUEUE + "/not-an-id/actions", "id");
        assertThat(TenantScope.of(TenantId.DEFAULT, () -> desk.get(held.getId())).orElseThrow().actions()).hasSize(1);
    }

    @Test
    void anotherTenantsOrAnUnknownItemIsNotFoundAndOnlyOperationsMayWorkTheQueue() {
        String unknown = QUEUE + "/" + ExceptionId.random();
        problem(operator().get(unknown).then(), 404, unknown).body("type", endsWith("/not-found"));
        problem(operator().body(map("action", "ACKNOWLEDGE")).post(unknown + "/actions").then(), 404, unknown + "/actions");
        invalidField(operator().get(QUEUE + "/42").then(), QUEUE + "/42", "id");
        forbidden(integrator().get(QUEUE).then(), QUEUE);
        forbidden(integrator().body(map("action", "ACKNOWLEDGE")).post(QUEUE + "/" + held.getId() + "/actions").then(),
                QUEUE + "/" + held.getId() + "/actions");
        unauthorized(anonymous().get(QUEUE).then(), QUEUE);
        operator().get(QUEUE).then().body("items.reason", not(hasItem("another tenant's")));
        assertThat(List.of(held.getId(), lost.getId())).allSatisfy(id -> assertThat(
                TenantScope.of(TenantId.DEFAULT, () -> desk.get(id)).orElseThrow().actions()).hasSize(1));
    }
}
