package io.waybill.adapters.rest.problem;

import static io.restassured.RestAssured.given;
import static io.waybill.adapters.rest.testing.Api.integrator;
import static io.waybill.adapters.rest.testing.Api.operator;
import static io.waybill.adapters.rest.testing.Api.problem;
import static io.waybill.adapters.rest.testing.RestTestData.batch;
import static io.waybill.adapters.rest.testing.RestTestData.line;
import static io.waybill.adapters.rest.testing.RestTestData.map;
import static io.waybill.adapters.rest.testing.RestTestData.order;
import static io.waybill.application.fakes.OrderTestData.anOrder;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.waybill.adapters.rest.fakes.InMemoryOrderDesk;
import io.waybill.application.shared.ConcurrentUpdateException;
import io.waybill.domain.order.Order;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.WebApplicationException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each exception the mappers know becomes its problem: status, type, title, and a detail that says what to do. */
@QuarkusTest
class ProblemMappersTest {

    private static final String ORDERS = "/api/v1/orders";
    private static final String TYPES = "https://waybill.io/problems/";

    @Inject
    InMemoryOrderDesk orders;

    @BeforeEach
    void reset() {
        orders.reset();
    }

    @Test
    void anInvalidValueIsA400WithTheFieldAndItsRule() {
        Map<String, Object> order = order("SO-P1");
        order.put("lines", List.of(line("MUG-BLUE", 1), line("MUG-BLUE", 2)));
        problem(integrator().body(order).post(ORDERS).then(), 400, ORDERS)
                .body("type", equalTo(TYPES + "invalid-value"))
                .body("title", equalTo("Invalid value"))
                .body("detail", equalTo("lines: each SKU appears on one line only; add the quantities up"))
                .body("errors[0].field", equalTo("lines"))
                .body("errors[0].message", equalTo("lines: each SKU appears on one line only; add the quantities up"));
    }

    @Test
    void jsonIsReadWithoutGuessing() {
        Map<String, Object> fraction = order("SO-P6");
        fraction.put("lines", List.of(map("sku", "MUG-BLUE", "quantity", 1.5)));
        problem(integrator().body(fraction).post(ORDERS).then(), 400, ORDERS)
                .body("detail", equalTo("lines[0].quantity: '1.5' is not a whole number"));
        Map<String, Object> numberAsText = order("SO-P6");
        numberAsText.put("orderNumber", 42);
        problem(integrator().body(numberAsText).post(ORDERS).then(), 400, ORDERS)
                .body("detail", allOf(containsString("orderNumber"), containsString("text")));
        Map<String, Object> numberAsTime = order("SO-P6");
        numberAsTime.put("promisedDelivery", map("earliest", 123));
        problem(integrator().body(numberAsTime).post(ORDERS).then(), 400, ORDERS)
                .body("detail", allOf(containsString("promisedDelivery.earliest"), containsString("ISO-8601")));
        Map<String, Object> nullLine = order("SO-P6");
        nullLine.put("lines", Arrays.asList(line("MUG-BLUE", 1), null));
        problem(integrator().body(nullLine).post(ORDERS).then(), 400, ORDERS)
                .body("detail", equalTo("lines[1]: must not be null"));
        Map<String, Object> wrongShape = order("SO-P6");
        wrongShape.put("lines", map("sku", "MUG-BLUE"));
        problem(integrator().body(wrongShape).post(ORDERS).then(), 400, ORDERS)
                .body("detail", allOf(containsString("lines"), not(containsString("java")), not(containsString("`"))));
    }

    @Test
    void echoedValuesAreCut() {
        String huge = "Q".repeat(3_000);
        problem(operator().queryParam("status", huge).get(ORDERS).then(), 400, ORDERS)
                .body("detail", allOf(containsString("(3000 characters)"), not(containsString(huge.substring(0, 100)))))
                .body("errors[0].message", not(containsString(huge.substring(0, 100))));
    }

    @Test
    void anIllegalTransitionIsA409NamingBothStates() {
        Order cancelled = anOrder().placed();
        cancelled.cancel("duplicate", cancelled.placedAt());
        orders.add(cancelled);
        String path = ORDERS + "/" + cancelled.getId() + "/confirmation";
        problem(integrator().body("{}").post(path).then(), 409, path)
                .body("type", equalTo(TYPES + "illegal-transition"))
                .body("title", equalTo("Illegal transition"))
                .body("detail", equalTo("Illegal transition CANCELLED -> CONFIRMED: the order was cancelled"));
    }

    @Test
    void aTakenOrderNumberIsA409ThatSaysWhatToDoInstead() {
        integrator().body(order("SO-P2")).post(ORDERS).then().statusCode(201);
        problem(integrator().body(order("SO-P2")).post(ORDERS).then(), 409, ORDERS)
                .body("type", equalTo(TYPES + "order-number-taken"))
                .body("detail", allOf(containsString("order number SO-P2 is already taken"),
                        containsString("fetch the existing order")));
    }

    @Test
    void anUnknownOrderIsA404() {
        UUID id = UUID.randomUUID();
        problem(operator().get(ORDERS + "/" + id).then(), 404, ORDERS + "/" + id)
                .body("type", equalTo(TYPES + "not-found"))
                .body("title", equalTo("Not found"))
                .body("detail", equalTo("no order with id " + id));
    }

    @Test
    void aConcurrentUpdateIsA409ThatAsksToSendAgainAfterRetryAfter() {
        orders.failNextCall(new ConcurrentUpdateException("version 3 expected, found 4"));
        problem(integrator().body(order("SO-P3")).post(ORDERS).then(), 409, ORDERS)
                .header("Retry-After", "1")
                .body("type", equalTo(TYPES + "conflict"))
                .body("detail", allOf(containsString("nothing was stored, send it again"), not(containsString("version"))));
    }

    @Test
    void aReadyMadeProblemIsAnsweredAsIs() {
        problem(integrator().body(batch(List.of())).post("/api/v1/tracking-events").then(), 400, "/api/v1/tracking-events")
                .body("type", equalTo(TYPES + "empty-batch"))
                .body("title", equalTo("No events"));
    }

    @Test
    void malformedJsonIsA400() {
        problem(integrator().body("{\"orderNumber\": \"SO-P4\", ").post(ORDERS).then(), 400, ORDERS)
                .body("type", equalTo(TYPES + "malformed-json"))
                .body("title", equalTo("Malformed request body"))
                .body("detail", not(containsString("Source")));
    }

    @Test
    void aValueOfTheWrongTypeNamesItsPathAndWhatWasExpected() {
        Map<String, Object> wrongNumber = order("SO-P5");
        wrongNumber.put("lines", List.of(line("MUG-BLUE", "three")));
        problem(integrator().body(wrongNumber).post(ORDERS).then(), 400, ORDERS)
                .body("type", equalTo(TYPES + "malformed-json"))
                .body("detail", equalTo("lines[0].quantity: 'three' is not a whole number"));
        Map<String, Object> wrongTime = order("SO-P5");
        wrongTime.put("promisedDelivery", map("earliest", "tomorrow", "latest", "2026-11-05T08:00:00Z"));
        problem(integrator().body(wrongTime).post(ORDERS).then(), 400, ORDERS)
                .body("detail", allOf(containsString("promisedDelivery.earliest"), containsString("ISO-8601")));
    }

    @Test
    void aMismatchedShapeNamesItsPath() {
        Map<String, Object> order = order("SO-P6");
        order.put("lines", "MUG-BLUE");
        problem(integrator().body(order).post(ORDERS).then(), 400, ORDERS)
                .body("type", equalTo(TYPES + "malformed-json"))
                .body("detail", allOf(containsString("lines"), not(containsString("class "))));
    }

    @Test
    void missingAndUnknownKeysAre401sThatTellHowToSendOne() {
        for (var request : List.of(given(), given().header("X-API-Key", "wb_unknown"))) {
            problem(request.get(ORDERS).then(), 401, ORDERS)
                    .body("type", equalTo(TYPES + "unauthorized"))
                    .body("detail", containsString("X-API-Key"))
                    .header("WWW-Authenticate", equalTo("ApiKey header=\"X-API-Key\""));
        }
    }

    @Test
    void aRoleThatMayNotIsA403() {
        problem(operator().body(order("SO-P7")).post(ORDERS).then(), 403, ORDERS)
                .body("type", equalTo(TYPES + "forbidden"))
                .body("title", equalTo("Not allowed for this key"));
    }

    @Test
    void httpRefusalsBecomeProblemsThatPointToTheApiGuide() {
        problem(operator().get("/api/v1/nothing-here").then(), 404, "/api/v1/nothing-here")
                .body("type", equalTo(TYPES + "http-404")).body("title", equalTo("Not Found"));
        problem(operator().put(ORDERS).then(), 405, ORDERS)
                .body("type", equalTo(TYPES + "http-405")).body("title", equalTo("Method Not Allowed"));
        problem(integrator().contentType(ContentType.TEXT).body("hi").post(ORDERS).then(), 415, ORDERS)
                .body("detail", equalTo("send the body as application/json"));
        problem(operator().accept(ContentType.XML).get(ORDERS).then(), 406, ORDERS)
                .body("detail", equalTo("this resource answers application/json"));
    }

    @Test
    void anotherHttpRefusalKeepsItsMessage() {
        orders.failNextCall(new WebApplicationException("the order archive is read-only", 410));
        problem(operator().get(ORDERS).then(), 410, ORDERS)
                .body("type", equalTo(TYPES + "http-410")).body("title", equalTo("Gone"))
                .body("detail", equalTo("the order archive is read-only"));
        orders.failNextCall(new NotFoundException("no such archive"));
        problem(operator().get(ORDERS).then(), 404, ORDERS).body("detail", equalTo("no such archive"));
    }

    @Test
    void anythingUnexpectedIsA500WithAnIncidentAndNoInternals() {
        orders.failNextCall(new IllegalStateException("connection pool exhausted"));
        problem(operator().get(ORDERS).then(), 500, ORDERS)
                .body("type", equalTo(TYPES + "internal-error"))
                .body("detail", allOf(containsString("quote incident "), not(containsString("pool"))));
        orders.failNextCall(new ServiceUnavailableException("carrier API down"));
        problem(operator().get(ORDERS).then(), 500, ORDERS)
                .body("type", equalTo(TYPES + "internal-error"))
                .body("detail", not(containsString("carrier")));
    }
}
