package io.waybill.adapters.rest.limits;

import io.waybill.adapters.rest.limits.TokenBuckets.Decision;
import io.waybill.adapters.rest.limits.TokenBuckets.Limit;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

/**
 * Who a request is charged to. A request with an API key is charged to that key (wherever it comes from); one without
 * to its client address, except a carrier's push, charged to that carrier from that address with a key's limit (a
 * carrier pushes as much as an integrator, and a stranger cannot spend its budget). A failed key costs its address a
 * token of the address limit, and an address out of those tokens is refused even with a key: guessing keys from one
 * address is as slow as anonymous use.
 */
final class ClientLimits {

    private static final String CARRIERS = "/api/v1/carriers/";
    private static final String OSMAND = "/osmand";

    private final TokenBuckets buckets;
    private final Limit keyLimit;
    private final Limit addressLimit;
    private final Map<String, Limit> addressLimits;

    ClientLimits(TokenBuckets buckets, Limit keyLimit, Limit addressLimit, Map<String, Limit> addressLimits) {
        this.buckets = buckets;
        this.keyLimit = keyLimit;
        this.addressLimit = addressLimit;
        this.addressLimits = Map.copyOf(addressLimits);
    }

    /** Takes a token for this request, or says how long the client must wait. */
    Decision admit(String presentedKey, String address, String path) {
        if (presentedKey != null) {
            Decision failures = buckets.peek("failed:" + address);
            return failures.allowed() ? buckets.take("key:" + fingerprint(presentedKey), keyLimit) : failures;
        }
        if (path.startsWith(CARRIERS)) {
            int end = path.indexOf('/', CARRIERS.length());
            String carrier = path.substring(CARRIERS.length(), end < 0 ? path.length() : end);
            return buckets.take("carrier:" + carrier + "@" + address, keyLimit);
        }
        if (path.equals(OSMAND)) {
            // a fleet of trackers behind one gateway or mobile network address: the integrator rate, apart from the
            // address's anonymous budget (a tracker reporting every 30 s is 100 trackers per address at 10 a second)
            return buckets.take("osmand@" + address, keyLimit);
        }
        return buckets.take("address:" + address, limitOf(address));
    }

    /** A request from this address was refused for its credentials (401). */
    void failedCredentials(String address) {
        buckets.charge("failed:" + address, limitOf(address));
    }

    private Limit limitOf(String address) {
        return addressLimits.getOrDefault(address, addressLimit);
    }

    /** The buckets remember a digest, not the key itself: a long-lived map of secrets would be worth stealing. */
    private static String fingerprint(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.strip().getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
