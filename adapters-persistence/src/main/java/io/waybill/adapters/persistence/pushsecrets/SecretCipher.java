package io.waybill.adapters.persistence.pushsecrets;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM of push secrets: a random 12-byte nonce, then the ciphertext with its 16-byte tag, base64. The tenant and
 * carrier are the associated data, so a row's secret copied into another tenant's row does not decrypt there.
 */
final class SecretCipher {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;

    private final Optional<SecretKeySpec> key;

    /** @param base64Key 32 bytes, base64; empty: secrets can be neither stored nor read */
    SecretCipher(Optional<String> base64Key) {
        this.key = base64Key.filter(k -> !k.isBlank()).map(SecretCipher::key);
    }

    private static SecretKeySpec key(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("waybill.push-secrets.encryption-key is not base64");
        }
        if (bytes.length != 32) {
            throw new IllegalStateException("waybill.push-secrets.encryption-key must be 32 bytes (base64 of 32 random bytes:"
                    + " openssl rand -base64 32), it is " + bytes.length);
        }
        return new SecretKeySpec(bytes, "AES");
    }

    boolean configured() {
        return key.isPresent();
    }

    String encrypt(String secret, String associated) {
        byte[] nonce = new byte[NONCE];
        RANDOM.nextBytes(nonce);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, nonce, associated, secret.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed).array());
    }

    String decrypt(String stored, String associated) {
        byte[] all = Base64.getDecoder().decode(stored);
        byte[] nonce = new byte[NONCE];
        System.arraycopy(all, 0, nonce, 0, NONCE);
        byte[] sealed = new byte[all.length - NONCE];
        System.arraycopy(all, NONCE, sealed, 0, sealed.length);
        return new String(run(Cipher.DECRYPT_MODE, nonce, associated, sealed), StandardCharsets.UTF_8);
    }

    private byte[] run(int mode, byte[] nonce, String associated, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key.orElseThrow(() -> new IllegalStateException("no push-secret encryption key")),
                    new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associated.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            // a wrong key (changed encryption-key) or a tampered row: never the secret in the message
            throw new IllegalStateException("a push secret cannot be decrypted: is waybill.push-secrets.encryption-key the one it was"
                    + " stored under?", e);
        }
    }
}
