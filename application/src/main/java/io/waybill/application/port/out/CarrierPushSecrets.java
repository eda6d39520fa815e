package io.waybill.application.port.out;

import io.waybill.application.shared.CarrierPushSecret;
import io.waybill.domain.order.CarrierCode;
import io.waybill.domain.tenant.TenantId;
import java.util.List;
import java.util.Optional;

/**
 * The tenants' push secrets, one per tenant and carrier, with the secret it replaced. A push secret verifies an HMAC,
 * so it must be recoverable: the store keeps it encrypted at rest, never in the clear, and hands it back only through
 * {@link #find}.
 */
public interface CarrierPushSecrets {

    /** A stored secret: what may be shown, the secret itself and, while it still verifies, the one it replaced. */
    record Stored(CarrierPushSecret shown, String secret, Optional<String> previousSecret) {

        public Stored {
            previousSecret = previousSecret == null ? Optional.empty() : previousSecret;
        }

        @Override
        public String toString() {
            return "Stored[" + shown + "]"; // never the secrets, should this ever reach a log
        }
    }

    Optional<Stored> find(TenantId tenant, CarrierCode carrier);

    /** Stores {@code secret} as the tenant's secret for its carrier, replacing what was there. */
    void save(Stored secret);

    /** Removes the tenant's secret (and its previous one) for the carrier; whether there was one. */
    boolean delete(TenantId tenant, CarrierCode carrier);

    /** The tenant's secrets, by carrier code; never the secrets themselves. */
    List<CarrierPushSecret> list(TenantId tenant);
}
