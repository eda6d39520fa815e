package io.waybill.adapters.rest.carriers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** The push signature: HMAC-SHA256 of the exact body under the carrier's secret, as documented for senders. */
class PushSignaturesTest {

    // RFC 4231, test case 2: a published vector, so the check is not only compared with itself
    private static final String RFC_KEY = "Jefe";
    private static final byte[] RFC_DATA = "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII);
    private static final String RFC_HMAC = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";

    @Test
    void thePublishedVectorIsValidWithOrWithoutPrefixInAnyCase() {
        assertThat(PushSignatures.valid(RFC_KEY, RFC_DATA, "sha256=" + RFC_HMAC)).isTrue();
        assertThat(PushSignatures.valid(RFC_KEY, RFC_DATA, RFC_HMAC)).isTrue();
        assertThat(PushSignatures.valid(RFC_KEY, RFC_DATA, "SHA256=" + RFC_HMAC.toUpperCase())).isTrue();
        assertThat(PushSignatures.valid(RFC_KEY, RFC_DATA, "  sha256=" + RFC_HMAC + " ")).isTrue();
        assertThat(header(RFC_KEY, RFC_DATA)).isEqualTo("sha256=" + RFC_HMAC);
    }

    @Test
    void anotherBodyOrSecretIsNotValid() {
        byte[] changed = "what do ya want for nothing? ".getBytes(StandardCharsets.US_ASCII);
        assertThat(PushSignatures.valid(RFC_KEY, changed, "sha256=" + RFC_HMAC)).isFalse();
        assertThat(PushSignatures.valid("jefe", RFC_DATA, "sha256=" + RFC_HMAC)).isFalse();
        assertThat(PushSignatures.valid(RFC_KEY, RFC_DATA, header(RFC_KEY, changed))).isFalse();
    }

    @Test
    void whatIsNotAWholeSignatureIsNotValid() {
        assertThat(PushSignatures.valid(RFC_KEY, RFC_DATA, "")).isFalse();
        assertThat(PushSignatures.valid(RFC_KEY, RFC_DATA, "sha256=")).isFalse();
        assertThat(PushSignatures.valid(RFC_KEY, RFC_DATA, "sha256=" + RFC_HMAC.substring(0, 32))).isFalse();
        assertThat(PushSignatures.valid(RFC_KEY, RFC_DATA, "sha256=" + RFC_HMAC.substring(1))).isFalse();
        assertThat(PushSignatures.valid(RFC_KEY, RFC_DATA, "sha256=" + RFC_HMAC + "00")).isFalse();
        assertThat(PushSignatures.valid(RFC_KEY, RFC_DATA, "sha256=" + RFC_HMAC.replace('5', 'g'))).isFalse();
        assertThat(PushSignatures.valid(RFC_KEY, RFC_DATA, "sha1=" + RFC_HMAC)).isFalse();
    }

    @Test
    void anEmptyBodyHasASignatureToo() {
        byte[] empty = new byte[0];
        assertThat(PushSignatures.valid(RFC_KEY, empty, header(RFC_KEY, empty))).isTrue();
        assertThat(PushSignatures.valid(RFC_KEY, empty, "sha256=" + RFC_HMAC)).isFalse();
    }

    /** The header a sender computes, written here the way docs/carrier-adapters.md tells senders to. */
    static String header(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
