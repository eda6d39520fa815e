package io.waybill.application.port.in;

import io.waybill.application.shared.CarrierPushSecret;
import io.waybill.application.shared.PushScheme;
import io.waybill.domain.order.CarrierCode;
import io.waybill.domain.shared.InvalidValueException;
import io.waybill.domain.tenant.TenantId;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A tenant's push secrets, one per carrier: set (given or generated), rotated with an overlap during which the replaced
 * secret still verifies, listed by fingerprint, revoked; and the secrets that verify a push now.
 */
public interface ManageCarrierPushSecrets {

    /** The longest overlap a rotation may ask for. */
    Duration MAX_OVERLAP = Duration.ofDays(30);

    /**
     * A new secret for a carrier: {@code secret} as given (8 to 256 characters), or generated when empty; the secret
     * it replaces keeps verifying for {@code overlap} (default: the installation's, 24 hours unless configured).
     */
    record NewSecret(CarrierCode carrier, PushScheme scheme, Optional<String> secret, Optional<Duration> overlap) {

        public NewSecret {
            InvalidValueException.required(carrier, "carrier");
            InvalidValueException.required(scheme, "scheme");
            secret = secret == null ? Optional.empty() : secret;
            secret.ifPresent(s -> {
                if (s.length() < 8 || s.length() > 256 || s.isBlank()) {
                    throw new InvalidValueException("secret", "must be 8 to 256 characters (or send \"generate\": true)");
                }
            });
            overlap = overlap == null ? Optional.empty() : overlap;
            overlap.ifPresent(o -> {
                if (o.isNegative() || o.compareTo(MAX_OVERLAP) > 0) {
                    throw new InvalidValueException("overlap", "must be between PT0S and P30D");
                }
            });
        }

        @Override
        public String toString() {
            return "NewSecret[" + carrier.value() + ", " + scheme + "]";
        }
    }

    /** The secret as set; {@code generated} holds the secret when Waybill generated it, shown in this answer only. */
    record Issued(CarrierPushSecret secret, Optional<String> generated) {

        @Override
        public String toString() {
            return "Issued[" + secret + "]";
        }
    }

    /** A secret that verifies a push of the carrier now, and whether it is the replaced one (within its overlap). */
    record PushKey(PushScheme scheme, String secret, boolean previous) {

        @Override
        public String toString() {
            return "PushKey[" + scheme + (previous ? ", previous" : "") + "]";
        }
    }

    Issued put(TenantId tenant, NewSecret secret);

    /** The tenant's secrets, without the secrets, by carrier code. */
    List<CarrierPushSecret> list(TenantId tenant);

    /** Removes the tenant's secret and the one it replaced at once; whether there was one. */
    boolean revoke(TenantId tenant, CarrierCode carrier);

    /** The tenant's secrets that verify a push of {@code carrier} now: the current one first, then the replaced one. */
    List<PushKey> keys(TenantId tenant, CarrierCode carrier);
}
