package io.waybill.bootstrap.wiring;

import io.waybill.adapters.carriers.simulated.SimulatedCarrier;
import io.waybill.domain.order.CarrierCode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The simulated carrier's webhook client: posts each body to Waybill's carrier webhook
 * ({@code POST /api/v1/carriers/<code>/events}) over real HTTP, signed with HMAC-SHA256 under the carrier's shared
 * secret, as a carrier integrating with Waybill would.
 */
final class SignedWebhook implements SimulatedCarrier.Webhook {

    private final Supplier<URI> base;
    private final byte[] secret;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    SignedWebhook(Supplier<URI> base, String secret) {
        this.base = base;
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void push(CarrierCode carrier, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret, "HmacSHA256"));
        HttpRequest request = HttpRequest.newBuilder(base.get().resolve("/api/v1/carriers/" + carrier.value() + "/events"))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                .header("X-Waybill-Signature", "sha256=" + HexFormat.of().formatHex(mac.doFinal(body)))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException("webhook answered " + response.statusCode() + ": " + response.body());
        }
    }
}
