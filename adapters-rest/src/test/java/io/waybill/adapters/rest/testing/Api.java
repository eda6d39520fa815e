package io.waybill.adapters.rest.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.waybill.adapters.rest.fakes.TestApiKeys;

/** Requests as each kind of caller, and the assertions every refusal must pass. */
public final class Api {

    public static final String PROBLEM_JSON = "application/problem+json";

    private Api() {
    }

    /** A request with the integrator's key (a shop or order management system). */
    public static RequestSpecification integrator() {
        return withKey(TestApiKeys.INTEGRATOR);
    }

    public static RequestSpecification operator() {
        return withKey(TestApiKeys.OPERATOR);
    }

    public static RequestSpecification admin() {
        return withKey(TestApiKeys.ADMIN);
    }

    /** A request with the platform admin's key (whoever runs the installation). */
    public static RequestSpecification platformAdmin() {
        return withKey(TestApiKeys.PLATFORM_ADMIN);
    }

    public static RequestSpecification withKey(String key) {
        return given().header("X-API-Key", key).contentType(ContentType.JSON);
    }

    /** A request without any key. */
    public static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON);
    }

    /**
     * An RFC 9457 answer: the status, the problem media type, a type under the API guide, a title, a detail a person
     * can act on, and the request path as instance.
     */
    public static ValidatableResponse problem(ValidatableResponse response, int status, String path) {
        return response.statusCode(status).contentType(PROBLEM_JSON)
                .body("status", equalTo(status))
                .body("type", containsString("https://waybill.io/problems/"))
                .body("title", notNullValue())
                .body("detail", notNullValue())
                .body("instance", equalTo(path));
    }

    /** A 400 invalid-value problem naming {@code field} as the offending one. */
    public static ValidatableResponse invalidField(ValidatableResponse response, String path, String field) {
        return problem(response, 400, path).body("type", equalTo("https://waybill.io/problems/invalid-value"))
                .body("errors[0].field", equalTo(field));
    }

    /** A 401 that tells how to send a key. */
    public static ValidatableResponse unauthorized(ValidatableResponse response, String path) {
        return problem(response, 401, path).body("type", equalTo("https://waybill.io/problems/unauthorized"))
                .header("WWW-Authenticate", containsString("X-API-Key"));
    }

    /** A 403: the key is good, its role may not do this. */
    public static ValidatableResponse forbidden(ValidatableResponse response, String path) {
        return problem(response, 403, path).body("type", equalTo("https://waybill.io/problems/forbidden"));
    }
}
