package io.waybill.adapters.rest.carriers;

import io.waybill.application.shared.PushScheme;
import jakarta.ws.rs.core.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks a push's signature by the scheme its secret is for. Each scheme signs the exact bytes of the body with
 * HMAC-SHA256 and has no timestamp, so {@link PushReplays} guards the tenants' pushes against replays. Comparisons are
 * constant-time: a timing difference would let a sender guess a signature byte by byte.
 * <ul>
 *   <li>{@code waybill}: {@code X-Waybill-Signature: sha256=<hex>}, key the UTF-8 bytes of the secret; prefix and hex case
 *       not significant.</li>
 *   <li>{@code easypost}: {@code X-Hmac-Signature: hmac-sha256-hex=<hex>}, key the UTF-8 bytes of the secret after Unicode
 *       NFKD normalisation, as EasyPost's client libraries' {@code validate_webhook} do
 *       (https://docs.easypost.com/docs/webhooks, "HMAC Validation"; https://www.rubydoc.info/gems/easypost/4.7.0/EasyPost/Webhook).</li>
 *   <li>{@code aftership}: {@code aftership-hmac-sha256: <base64>}, key the UTF-8 bytes of the webhook secret
 *       (https://www.aftership.com/docs/tracking/webhook/webhook-signature).</li>
 * </ul>
 */
final class PushSignatures {

    static final String WAYBILL_HEADER = "X-Waybill-Signature";
    static final String EASYPOST_HEADER = "X-Hmac-Signature";
    static final String AFTERSHIP_HEADER = "aftership-hmac-sha256";
    private static final String EASYPOST_PREFIX = "hmac-sha256-hex=";

    private PushSignatures() {
    }

    /** The header a scheme's signature travels in. */
    static String header(PushScheme scheme) {
        return switch (scheme) {
            case WAYBILL -> WAYBILL_HEADER;
            case EASYPOST -> EASYPOST_HEADER;
            case AFTERSHIP -> AFTERSHIP_HEADER;
        };
    }

    /** How to sign for a scheme, for the answer to a wrong signature. */
    static String howToSign(PushScheme scheme) {
        return switch (scheme) {
            case WAYBILL -> WAYBILL_HEADER + ": sha256=<hex HMAC-SHA256 of the exact body>";
            case EASYPOST -> EASYPOST_HEADER + ": hmac-sha256-hex=<hex HMAC-SHA256 of the exact body, secret NFKD-normalised>";
            case AFTERSHIP -> AFTERSHIP_HEADER + ": <base64 HMAC-SHA256 of the exact body>";
        };
    }

    /** Whether the request carries a valid signature of {@code body} under {@code secret} by {@code scheme}. */
    static boolean valid(PushScheme scheme, String secret, byte[] body, HttpHeaders headers) {
        String presented = headers.getHeaderString(header(scheme));
        if (presented == null || presented.isBlank()) {
            return false;
        }
        return switch (scheme) {
            case WAYBILL -> valid(secret, body, presented);
            case EASYPOST -> easyPost(secret, body, presented);
            case AFTERSHIP -> afterShip(secret, body, presented);
        };
    }

    /** Waybill's own scheme: {@code sha256=<hex>} (the prefix optional), HMAC-SHA256 under the UTF-8 bytes of the secret. */
    static boolean valid(String secret, byte[] body, String header) {
        String presented = header.strip();
        if (presented.regionMatches(true, 0, "sha256=", 0, 7)) {
            presented = presented.substring(7);
        }
        return hexMatches(hmac(secret.getBytes(StandardCharsets.UTF_8), body), presented);
    }

    static boolean easyPost(String secret, byte[] body, String header) {
        String presented = header.strip();
        if (!presented.regionMatches(true, 0, EASYPOST_PREFIX, 0, EASYPOST_PREFIX.length())) {
            return false;
        }
        byte[] key = Normalizer.normalize(secret, Normalizer.Form.NFKD).getBytes(StandardCharsets.UTF_8);
        return hexMatches(hmac(key, body), presented.substring(EASYPOST_PREFIX.length()));
    }

    static boolean afterShip(String secret, byte[] body, String header) {
        try {
            byte[] given = Base64.getDecoder().decode(header.strip());
            return MessageDigest.isEqual(hmac(secret.getBytes(StandardCharsets.UTF_8), body), given);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean hexMatches(byte[] expected, String hex) {
        try {
            return MessageDigest.isEqual(expected, HexFormat.of().parseHex(hex.toLowerCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static byte[] hmac(byte[] key, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JVM", e);
        }
    }
}
