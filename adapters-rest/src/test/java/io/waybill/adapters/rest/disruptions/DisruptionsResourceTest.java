package io.waybill.adapters.rest.disruptions;

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
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.waybill.adapters.rest.fakes.InMemoryDisruptions;
import io.waybill.adapters.rest.fakes.TestApiKeys;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Disruptions reported by operations, and the list of those known at an instant. */
@QuarkusTest
class DisruptionsResourceTest {

    private static final String DISRUPTIONS = "/api/v1/disruptions";

    @Inject
    InMemoryDisruptions disruptions;

    @BeforeEach
    void reset() {
        disruptions.reset();
    }

    @Test
    void reportingAnswers201WithTheDisruptionAndWhoReportedIt() {
        operator().body(hubOutage()).post(DISRUPTIONS).then().statusCode(201).contentType("application/json")
                .body("id", notNullValue())
                .body("region", equalTo("DE-Hamburg"))
                .body("what", equalTo("Hub outage"))
                .body("from", equalTo("2026-11-02T07:00:00Z"))
                .body("until", equalTo("2026-11-02T20:00:00Z"))
                .body("reportedAt", equalTo(T0.toString()))
                .body("reportedBy", equalTo(TestApiKeys.OPERATOR_NAME));
        assertThat(disruptions.reported()).singleElement().satisfies(d -> assertThat(d.region()).isEqualTo("DE-Hamburg"));
    }

    @Test
    void knownDisruptionsAreThoseNotOverByAsOf() {
        operator().body(hubOutage()).post(DISRUPTIONS).then().statusCode(201);
        integrator().get(DISRUPTIONS).then().statusCode(200).body("region", equalTo(List.of("DE-Hamburg")));
        integrator().queryParam("asOf", "2026-11-02T21:00:00Z").get(DISRUPTIONS).then().statusCode(200).body("size()", equalTo(0));
        invalidField(integrator().queryParam("asOf", "tonight").get(DISRUPTIONS).then(), DISRUPTIONS, "asOf");
    }

    @Test
    void badReportsAre400sNamingTheField() {
        assertRefused("region", "Hamburg", "region");
        assertRefused("from", null, "from");
        assertRefused("until", "2026-11-02T06:00:00Z", "until");
        assertRefused("until", "tomorrow", "until");
        assertRefused("what", " ", "what");
        invalidField(operator().body("null").post(DISRUPTIONS).then(), DISRUPTIONS, "body");
        assertThat(disruptions.reported()).isEmpty();
    }

    @Test
    void onlyOperationsReportDisruptions() {
        unauthorized(anonymous().get(DISRUPTIONS).then(), DISRUPTIONS);
        forbidden(integrator().body(hubOutage()).post(DISRUPTIONS).then(), DISRUPTIONS);
        problem(operator().delete(DISRUPTIONS + "/all").then(), 404, DISRUPTIONS + "/all").body("type", endsWith("/http-404"));
        assertThat(disruptions.reported()).isEmpty();
    }

    private void assertRefused(String field, Object value, String named) {
        Map<String, Object> report = hubOutage();
        report.put(field, value);
        invalidField(operator().body(report).post(DISRUPTIONS).then(), DISRUPTIONS, named);
    }

    private static Map<String, Object> hubOutage() {
        return map("region", "de-Hamburg", "what", "Hub outage", "from", "2026-11-02T08:00:00+01:00", "until", "2026-11-02T20:00:00Z");
    }
}
