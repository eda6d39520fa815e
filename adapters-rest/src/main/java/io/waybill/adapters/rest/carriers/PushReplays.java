package io.waybill.adapters.rest.carriers;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The tenants' pushes accepted lately, by SHA-256 of tenant, carrier and body: none of the schemes signs a timestamp or
 * a delivery id, so the same signed body again within {@code waybill.push-secrets.replay-window} (default 10 minutes)
 * is a replay. Kept in this instance's memory, at most {@value #CAPACITY} entries (only signed pushes get here): a
 * replay to another instance, or after the window, is accepted again and its events answer DUPLICATE, since
 * ingestion is idempotent.
 */
@Singleton
class PushReplays {

    static final int CAPACITY = 100_000;

    private final Map<String, Instant> seen = new ConcurrentHashMap<>();
    private final Duration window;
    private final Clock clock;

    PushReplays(@ConfigProperty(name = "waybill.push-secrets.replay-window", defaultValue = "PT10M") Duration window, Clock clock) {
        this.window = window;
        this.clock = clock;
    }

    Duration window() {
        return window;
    }

    /** Claims this push; false when the same push was claimed within the window. */
    boolean claim(String tenant, String carrier, byte[] body) {
        Instant now = clock.instant();
        if (seen.size() >= CAPACITY) {
            seen.values().removeIf(until -> !now.isBefore(until));
        }
        Instant until = now.plus(window);
        String key = digest(tenant, carrier, body);
        Instant previous = seen.putIfAbsent(key, until);
        if (previous == null) {
            return true;
        }
        if (!now.isBefore(previous)) {
            return seen.replace(key, previous, until);
        }
        return false;
    }

    /** Forgets a claimed push that could not be recorded, so that the sender's retry is not taken for a replay. */
    void release(String tenant, String carrier, byte[] body) {
        seen.remove(digest(tenant, carrier, body));
    }

    private static String digest(String tenant, String carrier, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((tenant + "\u001f" + carrier + "\u001f").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
