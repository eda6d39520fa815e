package io.waybill.adapters.rest.security;

import static io.restassured.RestAssured.given;
import static io.waybill.adapters.rest.testing.Api.admin;
import static io.waybill.adapters.rest.testing.Api.forbidden;
import static io.waybill.adapters.rest.testing.Api.integrator;
import static io.waybill.adapters.rest.testing.Api.operator;
import static io.waybill.adapters.rest.testing.Api.unauthorized;
import static io.waybill.adapters.rest.testing.Api.withKey;
import static io.waybill.adapters.rest.testing.RestTestData.order;

import io.quarkus.test.junit.QuarkusTest;
import io.waybill.adapters.rest.fakes.InMemoryOrderDesk;
import io.waybill.adapters.rest.fakes.TestApiKeys;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The API key filter: where the key may be sent, what an unknown one gets, and how roles map to operations. */
@QuarkusTest
class ApiKeySecurityTest {

    private static final String ORDERS = "/api/v1/orders";

    @Inject
    InMemoryOrderDesk orders;

    @BeforeEach
    void reset() {
        orders.reset();
    }

    @Test
    void theKeyGoesInXApiKeyOrAsBearerToken() {
        given().header(ApiKeyAuthenticationMechanism.HEADER, TestApiKeys.OPERATOR).get(ORDERS).then().statusCode(200);
        given().header("Authorization", "Bearer " + TestApiKeys.OPERATOR).get(ORDERS).then().statusCode(200);
        given().header("Authorization", "bearer  " + TestApiKeys.OPERATOR + " ").get(ORDERS).then().statusCode(200);
    }

    @Test
    void noKeyABlankOneOrAnotherSchemeIsA401() {
        unauthorized(given().get(ORDERS).then(), ORDERS);
        unauthorized(given().header(ApiKeyAuthenticationMechanism.HEADER, " ").get(ORDERS).then(), ORDERS);
        unauthorized(given().header("Authorization", "Basic dXNlcjpwYXNz").get(ORDERS).then(), ORDERS);
        unauthorized(given().header("Authorization", "Bearer ").get(ORDERS).then(), ORDERS);
    }

    @Test
    void anUnknownKeyIsA401EvenWithAGoodBearerBesideIt() {
        unauthorized(withKey("wb_not-a-real-key").get(ORDERS).then(), ORDERS);
        unauthorized(given().header("Authorization", "Bearer wb_not-a-real-key").get(ORDERS).then(), ORDERS);
        unauthorized(given().header(ApiKeyAuthenticationMechanism.HEADER, "wb_not-a-real-key")
                .header("Authorization", "Bearer " + TestApiKeys.ADMIN).get(ORDERS).then(), ORDERS);
    }

    @Test
    void eachRoleReachesItsOperationsOnly() {
        integrator().body(order("SO-ROLE-1")).post(ORDERS).then().statusCode(201);
        admin().body(order("SO-ROLE-2")).post(ORDERS).then().statusCode(201);
        forbidden(operator().body(order("SO-ROLE-3")).post(ORDERS).then(), ORDERS);
        integrator().get(ORDERS).then().statusCode(200);
        admin().get(ORDERS).then().statusCode(200);
        forbidden(integrator().get("/api/v1/shipments/at-risk").then(), "/api/v1/shipments/at-risk");
        operator().get("/api/v1/shipments/at-risk").then().statusCode(200);
    }
}
