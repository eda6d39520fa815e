package io.waybill.application.shared;

import io.waybill.domain.order.CarrierCode;
import io.waybill.domain.shared.InvalidValueException;
import io.waybill.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Optional;

/**
 * A tenant's push secret for one carrier as it may be shown: the scheme, a fingerprint (never the secret), when it was
 * set, and the secret it replaced while that one still verifies.
 *
 * @param previous the replaced secret, empty when there is none or its overlap is over
 */
public record CarrierPushSecret(TenantId tenant, CarrierCode carrier, PushScheme scheme, String fingerprint, Instant createdAt,
        Optional<Previous> previous) {

    /** The replaced secret: its scheme, fingerprint and the instant until which it still verifies. */
    public record Previous(PushScheme scheme, String fingerprint, Instant validUntil) {

        public Previous {
            InvalidValueException.required(scheme, "scheme");
            InvalidValueException.requiredText(fingerprint, "fingerprint", 80);
            InvalidValueException.required(validUntil, "validUntil");
        }
    }

    public CarrierPushSecret {
        InvalidValueException.required(tenant, "tenant");
        InvalidValueException.required(carrier, "carrier");
        InvalidValueException.required(scheme, "scheme");
        InvalidValueException.requiredText(fingerprint, "fingerprint", 80);
        InvalidValueException.required(createdAt, "createdAt");
        previous = previous == null ? Optional.empty() : previous;
    }
}
