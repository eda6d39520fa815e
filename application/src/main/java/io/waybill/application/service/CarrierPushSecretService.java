package io.waybill.application.service;

import io.waybill.application.port.in.ManageCarrierPushSecrets;
import io.waybill.application.port.out.AuditTrail;
import io.waybill.application.port.out.CarrierPushSecrets;
import io.waybill.application.port.out.CarrierPushSecrets.Stored;
import io.waybill.application.shared.CarrierPushSecret;
import io.waybill.application.shared.CarrierPushSecret.Previous;
import io.waybill.domain.order.CarrierCode;
import io.waybill.domain.tenant.TenantId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * A tenant's push secrets: a new secret replaces the current one, which keeps verifying until the end of the overlap
 * (one replaced secret at a time: setting again ends the older one at once). Changes are noted in the audit trail by
 * carrier code, never with a secret or fingerprint.
 */
public class CarrierPushSecretService implements ManageCarrierPushSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final CarrierPushSecrets store;
    private final AuditTrail audit;
    private final Clock clock;
    private final Duration defaultOverlap;

    public CarrierPushSecretService(CarrierPushSecrets store, AuditTrail audit, Clock clock, Duration defaultOverlap) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.defaultOverlap = defaultOverlap;
    }

    @Override
    public Issued put(TenantId tenant, NewSecret request) {
        // to the microsecond, as the database keeps it: the answer to a PUT shows what a GET will show
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Optional<String> generated = request.secret().isPresent() ? Optional.empty() : Optional.of(generate());
        String secret = request.secret().orElseGet(generated::get);
        Duration overlap = request.overlap().orElse(defaultOverlap);
        Optional<Stored> replaced = store.find(tenant, request.carrier());
        Optional<Previous> previous = replaced.filter(r -> overlap.isPositive())
                .map(r -> new Previous(r.shown().scheme(), r.shown().fingerprint(), now.plus(overlap)));
        CarrierPushSecret shown = new CarrierPushSecret(tenant, request.carrier(), request.scheme(), fingerprint(secret), now, previous);
        store.save(new Stored(shown, secret, previous.flatMap(p -> replaced.map(Stored::secret))));
        audit.record(new AuditTrail.Change(replaced.isPresent() ? "push-secret.rotated" : "push-secret.set", "carrier",
                request.carrier().value()));
        return new Issued(shown, generated);
    }

    @Override
    public List<CarrierPushSecret> list(TenantId tenant) {
        Instant now = clock.instant();
        return store.list(tenant).stream().map(s -> current(s, now)).toList();
    }

    @Override
    public boolean revoke(TenantId tenant, CarrierCode carrier) {
        boolean revoked = store.delete(tenant, carrier);
        if (revoked) {
            audit.record(new AuditTrail.Change("push-secret.revoked", "carrier", carrier.value()));
        }
        return revoked;
    }

    @Override
    public List<PushKey> keys(TenantId tenant, CarrierCode carrier) {
        Instant now = clock.instant();
        Optional<Stored> stored = store.find(tenant, carrier);
        if (stored.isEmpty()) {
            return List.of();
        }
        List<PushKey> keys = new ArrayList<>();
        keys.add(new PushKey(stored.get().shown().scheme(), stored.get().secret(), false));
        stored.get().shown().previous().filter(p -> now.isBefore(p.validUntil()))
                .ifPresent(p -> stored.get().previousSecret().ifPresent(s -> keys.add(new PushKey(p.scheme(), s, true))));
        return keys;
    }

    /** The listing shows a replaced secret only while it still verifies. */
    private static CarrierPushSecret current(CarrierPushSecret secret, Instant now) {
        return new CarrierPushSecret(secret.tenant(), secret.carrier(), secret.scheme(), secret.fingerprint(), secret.createdAt(),
                secret.previous().filter(p -> now.isBefore(p.validUntil())));
    }

    /** 32 random bytes, base64url without padding (43 characters). */
    private static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** {@code sha256:} and the first 8 bytes of the SHA-256 of the secret, in hex: enough to tell secrets apart, not to find one. */
    static String fingerprint(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
