package io.waybill.adapters.rest.orders;

import static io.waybill.adapters.rest.testing.Api.integrator;
import static io.waybill.adapters.rest.testing.Api.invalidField;
import static io.waybill.adapters.rest.testing.Api.problem;
import static io.waybill.adapters.rest.testing.RestTestData.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.waybill.adapters.rest.fakes.InMemoryIdempotentPlacement;
import io.waybill.adapters.rest.fakes.InMemoryOrderDesk;
import io.waybill.adapters.rest.orders.OrderDocuments.PlaceOrderRequest;
import io.waybill.domain.tenant.TenantId;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Placing under an Idempotency-Key: a repeat answers the first answer again, a reuse and a bad key are refused. */
@QuarkusTest
class IdempotentPlacingTest {

    private static final String ORDERS = "/api/v1/orders";
    private static final String KEY = "Idempotency-Key";

    @Inject
    InMemoryOrderDesk orders;

    @Inject
    InMemoryIdempotentPlacement placement;

    @Inject
    OrderPlacement placing;

    @Inject
    ObjectMapper json;

    @BeforeEach
    void reset() {
        orders.reset();
        placement.reset();
    }

    @Test
    void theSameKeyAndBodyAnswerTheFirstAnswerAgainWithoutASecondOrder() {
        Response first = integrator().header(KEY, "7c1e-first").body(order("SO-2001")).post(ORDERS);
        first.then().statusCode(201).header("Idempotent-Replayed", nullValue());
        String id = first.path("id");

        integrator().header(KEY, "7c1e-first").body(order("SO-2001")).post(ORDERS).then().statusCode(201)
                .header("Idempotent-Replayed", equalTo("true"))
                .header("Location", endsWith(ORDERS + "/" + id))
                .body("id", equalTo(id)).body("orderNumber", equalTo("SO-2001"));
        assertThat(orders.orders()).hasSize(1);
    }

    @Test
    void theSameBodyWrittenOtherwiseIsTheSameRequest() throws Exception {
        integrator().header(KEY, "spacing").body(order("SO-2002")).post(ORDERS).then().statusCode(201);
        Map<String, Object> document = order("SO-2002");
        List<String> names = new ArrayList<>(document.keySet());
        Collections.reverse(names);
        Map<String, Object> reordered = new LinkedHashMap<>();
        names.forEach(name -> reordered.put(name, document.get(name)));
        String otherwise = json.writerWithDefaultPrettyPrinter().writeValueAsString(reordered);

        integrator().header(KEY, "spacing").body(otherwise).post(ORDERS).then().statusCode(201)
                .header("Idempotent-Replayed", equalTo("true"));
        assertThat(orders.orders()).hasSize(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsA422AndPlacesNothing() {
        integrator().header(KEY, "reused").body(order("SO-2003")).post(ORDERS).then().statusCode(201);

        problem(integrator().header(KEY, "reused").body(order("SO-2004")).post(ORDERS).then(), 422, ORDERS)
                .body("type", endsWith("/idempotency-key-reused"))
                .body("errors[0].field", equalTo(KEY));
        assertThat(orders.orders()).hasSize(1);
    }

    @Test
    void aKeyWhoseFirstRequestIsUnderWayIsA409ToRetry() {
        String sha = placing.fingerprint(json.convertValue(order("SO-2005"), PlaceOrderRequest.class));
        placement.holdUnanswered(TenantId.DEFAULT, "under-way", sha);

        problem(integrator().header(KEY, "under-way").body(order("SO-2005")).post(ORDERS).then(), 409, ORDERS)
                .body("type", endsWith("/idempotency-key-in-use"))
                .header("Retry-After", equalTo("1"));
        assertThat(orders.orders()).isEmpty();
    }

    @Test
    void aRefusedRequestLeavesTheKeyFreeForTheCorrectedOne() {
        Map<String, Object> bad = order("SO-2006");
        bad.remove("customer");
        invalidField(integrator().header(KEY, "fix-and-retry").body(bad).post(ORDERS).then(), ORDERS, "customer");

        integrator().header(KEY, "fix-and-retry").body(order("SO-2006")).post(ORDERS).then().statusCode(201)
                .header("Idempotent-Replayed", nullValue());
    }

    @Test
    void badKeysAre400sNamingTheHeader() {
        for (String bad : new String[] {"", "  ", "x".repeat(201), "has space", "tab\there", "umlaut-\u00fc"}) {
            invalidField(integrator().header(KEY, bad).body(order("SO-2007")).post(ORDERS).then(), ORDERS, KEY);
        }
        integrator().header(KEY, "\"sf-string-" + "x".repeat(180) + "\"").body(order("SO-2007")).post(ORDERS).then()
                .statusCode(201);
        assertThat(orders.orders()).hasSize(1);
    }
}
