package io.waybill.adapters.rest.feedback;

import static io.waybill.adapters.rest.testing.Api.anonymous;
import static io.waybill.adapters.rest.testing.Api.invalidField;
import static io.waybill.adapters.rest.testing.Api.problem;
import static io.waybill.adapters.rest.testing.RestTestData.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.waybill.adapters.rest.fakes.InMemoryFeedback;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Feedback through the signed link: no key, the token is the authorization, once per order. */
@QuarkusTest
class FeedbackResourceTest {

    private static final String VALID = "/api/v1/feedback/" + InMemoryFeedback.VALID;

    @Inject
    InMemoryFeedback feedback;

    @BeforeEach
    void reset() {
        feedback.reset();
    }

    @Test
    void theLinkShowsItsOrderAndThenTheRatingGiven() {
        anonymous().get(VALID).then().statusCode(200).contentType("application/json")
                .body("orderNumber", equalTo(InMemoryFeedback.ORDER_NUMBER))
                .body("expiresAt", equalTo(InMemoryFeedback.EXPIRES_AT.toString()))
                .body("given", equalTo(false))
                .body("rating", nullValue());
        anonymous().body(map("rating", 4, "comment", "quick")).post(VALID).then().statusCode(201);
        assertThat(feedback.given(InMemoryFeedback.ORDER_NUMBER)).contains(new InMemoryFeedback.Given(4, "quick"));
        anonymous().get(VALID).then().statusCode(200).body("given", equalTo(true)).body("rating", equalTo(4));
    }

    @Test
    void aRatingIsRequiredAndFromOneToFive() {
        invalidField(anonymous().body(map("comment", "no stars")).post(VALID).then(), VALID, "rating");
        invalidField(anonymous().body(map("rating", 6)).post(VALID).then(), VALID, "rating").body("detail", containsString("1"));
        problem(anonymous().body(map("rating", "five")).post(VALID).then(), 400, VALID)
                .body("type", endsWith("/malformed-json")).body("detail", containsString("rating"));
        assertThat(feedback.given(InMemoryFeedback.ORDER_NUMBER)).isEmpty();
    }

    @Test
    void feedbackIsGivenOnce() {
        anonymous().body(map("rating", 5)).post(VALID).then().statusCode(201);
        problem(anonymous().body(map("rating", 1)).post(VALID).then(), 409, VALID).body("type", endsWith("/illegal-transition"));
        assertThat(feedback.given(InMemoryFeedback.ORDER_NUMBER)).contains(new InMemoryFeedback.Given(5, null));
    }

    @Test
    void anExpiredLinkIsGoneAndAForgedOneForbidden() {
        String expired = "/api/v1/feedback/" + InMemoryFeedback.EXPIRED;
        problem(anonymous().get(expired).then(), 410, expired).body("type", endsWith("/feedback-link-expired"));
        problem(anonymous().body(map("rating", 5)).post(expired).then(), 410, expired);
        String forged = "/api/v1/feedback/forged";
        problem(anonymous().get(forged).then(), 403, forged).body("type", endsWith("/feedback-link-invalid"));
        problem(anonymous().body(map("rating", 5)).post(forged).then(), 403, forged);
        assertThat(feedback.given(InMemoryFeedback.ORDER_NUMBER)).isEmpty();
    }

    @Test
    void aPathWithoutTokenIsA404() {
        problem(anonymous().get("/api/v1/feedback").then(), 404, "/api/v1/feedback").body("type", endsWith("/http-404"));
    }
}
