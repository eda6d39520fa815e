package io.waybill.adapters.rest.limits;

import static io.waybill.adapters.rest.testing.Api.anonymous;
import static io.waybill.adapters.rest.testing.Api.integrator;
import static io.waybill.adapters.rest.testing.Api.problem;
import static io.waybill.adapters.rest.testing.Api.withKey;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.waybill.adapters.rest.fakes.TestApiKeys;
import io.waybill.domain.tracking.TrackingId;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The limits as a client meets them through HTTP: 429 problems with {@code Retry-After} once an address has spent its
 * burst (and for keys tried from an address that keeps presenting wrong ones), 413 problems for bodies over the size
 * limit. The addresses come from X-Forwarded-For so that each test has a bucket (and a low limit) of its own.
 */
@QuarkusTest
class LimitsTest {

    private static final String FORWARDED = "X-Forwarded-For";
    private static final String TRACKING = "/api/v1/tracking/";
    private static final String EVENTS = "/api/v1/tracking-events";

    @Test
    void anAnonymousAddressOverItsBurstGets429WithRetryAfter() {
        String path = TRACKING + TrackingId.generate().value();
        for (int i = 0; i < 2; i++) {
            anonymous().header(FORWARDED, "198.51.100.7").get(path).then().statusCode(404);
        }
        problem(anonymous().header(FORWARDED, "198.51.100.7").get(path).then(), 429, path)
                .body("type", equalTo("https://waybill.io/problems/rate-limited"))
                .body("detail", containsString("Retry-After"))
                // burst spent, one token every 10 s (rate 0.1): the next one is due in at most 10 s
                .header("Retry-After", "10");
        // another address is not affected
        anonymous().header(FORWARDED, "198.51.100.99").get(path).then().statusCode(404);
    }

    @Test
    void theTrackingPagesAreLimitedByAddressToo() {
        String page = "/track/" + TrackingId.generate().formatted();
        for (int i = 0; i < 2; i++) {
            anonymous().header(FORWARDED, "198.51.100.9").accept("text/html").get(page).then().statusCode(404);
        }
        anonymous().header(FORWARDED, "198.51.100.9").header("Accept-Language", "de-DE").accept("text/html").get(page).then()
                .statusCode(429).contentType(containsString("text/html")).header("Retry-After", "10")
                .body(containsString("<h1>Zu viele Anfragen</h1>"), containsString("in 10 Sekunden"));
        anonymous().header(FORWARDED, "198.51.100.9").get("/track").then().statusCode(429)
                .body(containsString("Please try again in"));
        anonymous().header(FORWARDED, "198.51.100.99").accept("text/html").get(page).then().statusCode(404);
    }

    @Test
    void anAddressThatKeepsPresentingWrongKeysIsRefusedEvenWithAGoodOne() {
        String path = "/api/v1/orders/" + UUID.randomUUID();
        for (int i = 0; i < 2; i++) {
            withKey("wrong-key-" + i).header(FORWARDED, "198.51.100.8").get(path).then().statusCode(401);
        }
        problem(withKey(TestApiKeys.INTEGRATOR).header(FORWARDED, "198.51.100.8").get(path).then(), 429, path)
                .header("Retry-After", not(equalTo("0")));
        // the key itself is fine from anywhere else
        integrator().header(FORWARDED, "198.51.100.98").get(path).then().statusCode(404);
    }

    @Test
    void aBodyOverTheSizeLimitIsA413ProblemAndNeverReachesTheResource() {
        byte[] body = new byte[1024 * 1024 + 1];
        Arrays.fill(body, (byte) ' ');
        problem(integrator().contentType(ContentType.JSON).body(body).post(EVENTS).then(), 413, EVENTS)
                .body("type", equalTo("https://waybill.io/problems/body-too-large"))
                .body("detail", containsString("1048576 bytes"));
    }

    @Test
    void aChunkedBodyOverTheSizeLimitIsA413ProblemToo() {
        byte[] body = new byte[1024 * 1024 + 1];
        Arrays.fill(body, (byte) ' ');
        problem(integrator().contentType(ContentType.JSON).body(new ByteArrayInputStream(body)).post(EVENTS).then(), 413, EVENTS)
                .body("type", equalTo("https://waybill.io/problems/body-too-large"));
    }

    @Test
    void healthAndDocumentsAreNotLimited() {
        for (int i = 0; i < 4; i++) {
            anonymous().header(FORWARDED, "198.51.100.7").get("/q/openapi").then().statusCode(200);
        }
    }
}
