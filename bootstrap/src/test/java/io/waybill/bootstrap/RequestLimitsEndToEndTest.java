package io.waybill.bootstrap;

import static io.waybill.bootstrap.ApiTestData.INTEGRATOR;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.waybill.adapters.persistence.testing.PostgresTestResource;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bodies over quarkus.http.limits.max-body-size (16 MB) through the real server: a 413 problem, whether the client
 * announces the length or streams the body in chunks, and nothing of it reaches ingestion.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class RequestLimitsEndToEndTest {

    private static final int LIMIT = 16 * 1024 * 1024;

    @TestHTTPResource("/api/v1/tracking-events")
    URI trackingEvents;

    /** Java's client upgrades to HTTP/2 where it can; chunked bodies exist in HTTP/1.1 only. */
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final HttpClient http1 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void keys() {
        TestKeys.register();
    }

    @Test
    void aBodyAnnouncedLargerThanTheLimitIsA413Problem() throws Exception {
        assertProblem413(post(http, BodyPublishers.ofByteArray(oversized())));
        assertProblem413(post(http1, BodyPublishers.ofByteArray(oversized())));
    }

    @Test
    void aStreamedBodyGrowingPastTheLimitIsA413ProblemToo() throws Exception {
        byte[] body = oversized();
        assertProblem413(post(http1, BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));
    }

    private static void assertProblem413(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/problem+json"));
        assertThat(answer.body()).contains("\"status\":413", "https://waybill.io/problems/body-too-large",
                "\"instance\":\"/api/v1/tracking-events\"");
    }

    /** A JSON document just over the limit: a batch with one event whose text is all blanks. */
    private static byte[] oversized() {
        byte[] body = new byte[LIMIT + 1];
        Arrays.fill(body, (byte) ' ');
        byte[] start = "{\"events\":[{\"rawText\":\"".getBytes();
        System.arraycopy(start, 0, body, 0, start.length);
        byte[] end = "\"}]}".getBytes();
        System.arraycopy(end, 0, body, body.length - end.length, end.length);
        return body;
    }

    private HttpResponse<String> post(HttpClient client, BodyPublisher body) throws Exception {
        return client.send(HttpRequest.newBuilder(trackingEvents).timeout(Duration.ofSeconds(60))
                .header("X-API-Key", INTEGRATOR).header("Content-Type", "application/json").POST(body).build(),
                BodyHandlers.ofString());
    }
}
