package io.waybill.adapters.notifications.webhook;

import io.waybill.application.port.out.CustomerChannels.DeliveryFailedException;
import io.waybill.application.port.out.WebhookSender;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Posts webhook bodies over HTTP, signed so receivers can trust them and refuse replays.
 *
 * <pre>
 * POST &lt;subscription url&gt;
 * Content-Type: application/json
 * Waybill-Event-Type: shipment.status_changed
 * Waybill-Idempotency-Key: &lt;stable key: the same on every attempt&gt;
 * Waybill-Signature: t=&lt;unix seconds of this attempt&gt;,v1=&lt;hex HMAC-SHA256(secret, t + "." + body)&gt;
 *
 * {"id":"&lt;idempotency key&gt;","type":"shipment.status_changed","createdAt":"2026-11-25T18:00:00Z","data":{...}}
 * </pre>
 * The body is the same bytes on every attempt; the timestamp is the attempt's, so a receiver refuses a signature
 * older than its tolerance (five minutes is usual) and drops repeats by the idempotency key. A 2xx is success;
 * 4xx other than 408 and 429 is permanent (retrying cannot help); anything else is retried by the caller.
 */
public final class HttpWebhookSender implements WebhookSender {

    public static final String SIGNATURE_HEADER = "Waybill-Signature";
    public static final String KEY_HEADER = "Waybill-Idempotency-Key";
    public static final String TYPE_HEADER = "Waybill-Event-Type";

    private final HttpClient http;
    private final Clock clock;
    private final Duration timeout;

    public HttpWebhookSender(HttpClient http, Clock clock, Duration timeout) {
        this.http = http;
        this.clock = clock;
        this.timeout = timeout;
    }

    @Override
    public void send(Call call) {
        byte[] body = body(call);
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(call.url())).timeout(timeout)
                    .header("Content-Type", "application/json")
                    .header(TYPE_HEADER, call.eventType())
                    .header(KEY_HEADER, call.idempotencyKey())
                    .header(SIGNATURE_HEADER, "t=" + timestamp + ",v1=" + sign(call.secret(), timestamp, body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        } catch (IllegalArgumentException e) {
            throw new DeliveryFailedException("not a usable URL: " + call.url(), true, e);
        }
        HttpResponse<Void> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new DeliveryFailedException("no answer from " + request.uri().getHost() + ": " + e, false, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailedException("interrupted", false, e);
        }
        int status = response.statusCode();
        if (status / 100 != 2) {
            boolean permanent = status / 100 == 4 && status != 408 && status != 429;
            throw new DeliveryFailedException("receiver answered " + status, permanent, null);
        }
    }

    /** {@code hex(HMAC-SHA256(secret, timestamp + "." + body))}. */
    public static String sign(String secret, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** The body: the same bytes for the same call, whenever it is sent. */
    static byte[] body(Call call) {
        StringBuilder json = new StringBuilder(256);
        json.append("{\"id\":").append(quote(call.idempotencyKey()))
                .append(",\"type\":").append(quote(call.eventType()))
                .append(",\"createdAt\":").append(quote(call.createdAt().toString()))
                .append(",\"data\":{");
        boolean first = true;
        for (Map.Entry<String, String> fact : new TreeMap<>(call.data()).entrySet()) {
            json.append(first ? "" : ",").append(quote(fact.getKey())).append(':').append(quote(fact.getValue()));
            first = false;
        }
        return json.append("}}").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String quote(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
