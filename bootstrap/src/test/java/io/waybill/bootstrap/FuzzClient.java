package io.waybill.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.waybill.bootstrap.FuzzRequests.Planned;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Sends planned requests over one kept-alive HTTP/1.1 client, and judges each answer by the rules of the API. */
final class FuzzClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String UPS_SECRET = "test-ups-secret";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    FuzzClient(String base) {
        this.base = base;
    }

    HttpResponse<String> send(Planned planned, String key) throws IOException, InterruptedException {
        return send(planned, key, Map.of());
    }

    /** {@code key}: null to send none; {@code headers}: more headers to send. */
    HttpResponse<String> send(Planned planned, String key, Map<String, String> headers) throws IOException, InterruptedException {
        String path = planned.operation().path();
        StringBuilder query = new StringBuilder();
        for (Map.Entry<String, String> parameter : planned.parameters().entrySet()) {
            boolean inPath = planned.operation().parameters().stream()
                    .anyMatch(p -> p.name().equals(parameter.getKey()) && p.in().equals("path"));
            if (parameter.getValue() == null) {
                continue; // an optional parameter the valid request leaves out
            }
            if (inPath) {
                path = path.replace("{" + parameter.getKey() + "}", segment(parameter.getValue()));
            } else {
                query.append(query.isEmpty() ? "?" : "&").append(URLEncoder.encode(parameter.getKey(), StandardCharsets.UTF_8))
                        .append('=').append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
            }
        }
        byte[] body = planned.body() == null ? new byte[0] : planned.body().getBytes(StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path + query)).timeout(Duration.ofSeconds(30))
                .method(planned.operation().method(), planned.body() == null
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (key != null) {
            request.header("X-API-Key", key);
        }
        headers.forEach(request::header);
        if (planned.contentType() != null && planned.body() != null) {
            request.header("Content-Type", planned.contentType());
        }
        if (planned.operation().path().endsWith("/carriers/{carrier}/events") && "ups".equals(planned.parameters().get("carrier"))) {
            request.header("X-Waybill-Signature", "sha256=" + HexFormat.of().formatHex(hmac(body)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** What is wrong with an answer, if anything: a 5xx, or a 4xx that is not a complete problem+json document. */
    static Optional<String> judge(HttpResponse<String> response) {
        int status = response.statusCode();
        if (status >= 500) {
            return Optional.of("answered " + status);
        }
        if (status < 400) {
            return Optional.empty();
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("application/problem+json")) {
            return Optional.of(status + " as " + type + ", not application/problem+json");
        }
        try {
            JsonNode problem = JSON.readTree(response.body());
            boolean complete = problem.path("type").isTextual() && problem.path("title").isTextual()
                    && problem.path("status").asInt() == status && problem.path("detail").isTextual()
                    && !problem.path("detail").asText().isBlank();
            return complete ? Optional.empty() : Optional.of(status + " problem without type, title, status or detail");
        } catch (IOException e) {
            return Optional.of(status + " problem that is not JSON");
        }
    }

    /** The {@code accepted} count of a batch answer, or 0. */
    static long accepted(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body()).path("accepted").asLong(0);
        } catch (IOException e) {
            return 0;
        }
    }

    private static String segment(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '.' || c == '_' || c == '~') {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return encoded.toString();
    }

    private static byte[] hmac(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(UPS_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
