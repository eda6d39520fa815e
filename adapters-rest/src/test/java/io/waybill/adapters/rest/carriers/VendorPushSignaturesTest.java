package io.waybill.adapters.rest.carriers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * The carriers' and aggregators' own schemes, as their vendors document them. Neither vendor publishes a worked example
 * with secret, body and signature, so each is checked on the RFC 4231 vector (test case 2) in the vendor's encoding, and
 * on a vector computed with OpenSSL as the comment shows.
 */
class VendorPushSignaturesTest {

    private static final String RFC_KEY = "Jefe";
    private static final byte[] RFC_DATA = "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII);
    private static final String RFC_HMAC = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";

    /** printf '{"description":"tracker.updated","id":"evt_1"}' > ep.json */
    private static final byte[] EASYPOST_BODY = "{\"description\":\"tracker.updated\",\"id\":\"evt_1\"}".getBytes(StandardCharsets.UTF_8);

    /**
     * The secret "sécret" with a precomposed é (U+00E9), NFKD-normalised to e + U+0301 before use:
     * {@code printf 's\x65\xcc\x81cret' > k; openssl dgst -sha256 -mac HMAC -macopt hexkey:$(xxd -p k) -r < ep.json}.
     */
    private static final String EASYPOST_NFKD = "a3ee1114b9d16304f45281390ea5e06c5573503fc9b8950328c720ab6c75cf54";

    /** printf '{"msg":{"tag":"Delivered"},"event":"tracking_update"}' > as.json */
    private static final byte[] AFTERSHIP_BODY = "{\"msg\":{\"tag\":\"Delivered\"},\"event\":\"tracking_update\"}".getBytes(StandardCharsets.UTF_8);

    /** openssl dgst -sha256 -hmac aftership-demo-secret -binary < as.json | base64 */
    private static final String AFTERSHIP_SIGNATURE = "KzYTqYrMbhuqhlZyscjS6IL7gjnzWCkRGUiyf/JwJg4=";

    @Test
    void easyPostIsTheHexHmacOfTheBodyAfterItsPrefix() {
        assertThat(PushSignatures.easyPost(RFC_KEY, RFC_DATA, "hmac-sha256-hex=" + RFC_HMAC)).isTrue();
        assertThat(PushSignatures.easyPost(RFC_KEY, RFC_DATA, "hmac-sha256-hex=" + RFC_HMAC.toUpperCase())).isTrue();
        assertThat(PushSignatures.easyPost(RFC_KEY, RFC_DATA, RFC_HMAC)).as("without the prefix").isFalse();
        assertThat(PushSignatures.easyPost(RFC_KEY, RFC_DATA, "sha256=" + RFC_HMAC)).as("Waybill's prefix").isFalse();
        assertThat(PushSignatures.easyPost("jefe", RFC_DATA, "hmac-sha256-hex=" + RFC_HMAC)).isFalse();
    }

    @Test
    void easyPostNormalisesTheSecretToNfkdFirst() {
        assertThat(PushSignatures.easyPost("s\u00e9cret", EASYPOST_BODY, "hmac-sha256-hex=" + EASYPOST_NFKD)).isTrue();
        assertThat(PushSignatures.easyPost("se\u0301cret", EASYPOST_BODY, "hmac-sha256-hex=" + EASYPOST_NFKD))
                .as("already decomposed: the same key").isTrue();
        // without normalisation the precomposed secret signs differently
        String raw = HexFormat.of().formatHex(PushSignatures.hmac("s\u00e9cret".getBytes(StandardCharsets.UTF_8), EASYPOST_BODY));
        assertThat(raw).isNotEqualTo(EASYPOST_NFKD);
        assertThat(PushSignatures.easyPost("s\u00e9cret", EASYPOST_BODY, "hmac-sha256-hex=" + raw)).isFalse();
    }

    @Test
    void afterShipIsTheBase64HmacOfTheBody() {
        String rfc = Base64.getEncoder().encodeToString(HexFormat.of().parseHex(RFC_HMAC));
        assertThat(PushSignatures.afterShip(RFC_KEY, RFC_DATA, rfc)).isTrue();
        assertThat(PushSignatures.afterShip("aftership-demo-secret", AFTERSHIP_BODY, AFTERSHIP_SIGNATURE)).isTrue();
        assertThat(PushSignatures.afterShip("aftership-demo-secret", AFTERSHIP_BODY, " " + AFTERSHIP_SIGNATURE + " ")).isTrue();
    }

    @Test
    void afterShipRefusesAnotherBodyHexOrNoBase64() {
        byte[] changed = "{\"msg\":{\"tag\":\"Delivered\"},\"event\":\"tracking_update\"} ".getBytes(StandardCharsets.UTF_8);
        assertThat(PushSignatures.afterShip("aftership-demo-secret", changed, AFTERSHIP_SIGNATURE)).isFalse();
        assertThat(PushSignatures.afterShip(RFC_KEY, RFC_DATA, RFC_HMAC)).as("hex is not base64 of the digest").isFalse();
        assertThat(PushSignatures.afterShip(RFC_KEY, RFC_DATA, "not base64 at all!")).isFalse();
        assertThat(PushSignatures.afterShip(RFC_KEY, RFC_DATA, "")).isFalse();
    }
}
