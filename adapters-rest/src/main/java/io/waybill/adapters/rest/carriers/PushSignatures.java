package io.waybill.adapters.rest.carriers;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Checks a push's {@code sha256=<hex>} signature: HMAC-SHA256 of the exact body under the carrier's shared secret. */
final class PushSignatures {

    private PushSignatures() {
    }

    static boolean valid(String secret, byte[] body, String header) {
        String presented = header.strip();
        if (presented.regionMatches(true, 0, "sha256=", 0, 7)) {
            presented = presented.substring(7);
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] expected = mac.doFinal(body);
            byte[] given = HexFormat.of().parseHex(presented.toLowerCase());
            // constant time: a timing difference would let a sender guess the signature byte by byte
            return MessageDigest.isEqual(expected, given);
        } catch (IllegalArgumentException e) {
            return false;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JVM", e);
        }
    }
}
