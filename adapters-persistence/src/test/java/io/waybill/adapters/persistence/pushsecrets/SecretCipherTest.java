package io.waybill.adapters.persistence.pushsecrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Push secrets at rest: AES-256-GCM, bound to their row, readable under their key only. */
class SecretCipherTest {

    private static final String KEY = "dGVzdC1rZXktb2YtdGhpcnR5LXR3by1ieXRlcy0hISE=";
    private static final String OTHER_KEY = JdbcCarrierPushSecrets.DEMO_KEY;

    private final SecretCipher cipher = new SecretCipher(Optional.of(KEY));

    @Test
    void aSecretComesBackUnderItsKeyAndRowAndIsNeverStoredInTheClear() {
        String stored = cipher.encrypt("whsec-very-secret", "acme/ups");

        assertThat(stored).doesNotContain("whsec").doesNotContain("secret");
        assertThat(cipher.decrypt(stored, "acme/ups")).isEqualTo("whsec-very-secret");
        assertThat(cipher.encrypt("whsec-very-secret", "acme/ups")).as("a fresh nonce each time").isNotEqualTo(stored);
    }

    @Test
    void anotherRowOrKeyCannotReadIt() {
        String stored = cipher.encrypt("whsec-very-secret", "acme/ups");

        assertThatThrownBy(() -> cipher.decrypt(stored, "globex/ups")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("encryption-key").hasMessageNotContaining("whsec");
        assertThatThrownBy(() -> new SecretCipher(Optional.of(OTHER_KEY)).decrypt(stored, "acme/ups"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new SecretCipher(Optional.empty()).decrypt(stored, "acme/ups"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no push-secret encryption key");
    }

    @Test
    void aKeyThatIsNotThirtyTwoBytesOfBase64StopsTheStart() {
        assertThat(new SecretCipher(Optional.of(" ")).configured()).isFalse();
        assertThatThrownBy(() -> new SecretCipher(Optional.of("c2hvcnQ="))).hasMessageContaining("must be 32 bytes");
        assertThatThrownBy(() -> new SecretCipher(Optional.of("not base64!"))).hasMessageContaining("not base64");
    }
}
