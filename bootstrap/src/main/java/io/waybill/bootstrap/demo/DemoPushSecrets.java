package io.waybill.bootstrap.demo;

import io.quarkus.runtime.StartupEvent;
import io.waybill.application.port.in.ManageCarrierPushSecrets;
import io.waybill.application.port.in.ManageCarrierPushSecrets.NewSecret;
import io.waybill.application.port.in.ManageCarrierPushSecrets.PushKey;
import io.waybill.application.shared.PushScheme;
import io.waybill.application.shared.TenantScope;
import io.waybill.domain.order.CarrierCode;
import io.waybill.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The demo's push secret, published in docs/carrier-adapters.md so that a newcomer can sign a carrier push with curl
 * and openssl: the default tenant's secret for {@code ups}, Waybill's scheme. Like the demo keys, it is public
 * knowledge, so it is removed when the demo is off (only if it is still the demo's: a secret an admin set stays).
 */
@ApplicationScoped
public class DemoPushSecrets {

    static final CarrierCode CARRIER = new CarrierCode("ups");
    static final String SECRET = "demo-ups-push-secret";

    private static final Logger LOG = Logger.getLogger(DemoPushSecrets.class);

    private final ManageCarrierPushSecrets secrets;

    DemoPushSecrets(ManageCarrierPushSecrets secrets) {
        this.secrets = secrets;
    }

    void start(@Observes StartupEvent event, @ConfigProperty(name = "waybill.demo.enabled") boolean enabled) {
        TenantScope.run(TenantId.DEFAULT, () -> {
            List<PushKey> keys = secrets.keys(TenantId.DEFAULT, CARRIER);
            if (enabled && keys.isEmpty()) {
                secrets.put(TenantId.DEFAULT, new NewSecret(CARRIER, PushScheme.WAYBILL, Optional.of(SECRET), Optional.of(Duration.ZERO)));
                LOG.infof("Demo push secret for carrier %s of tenant %s set (see docs/carrier-adapters.md)", CARRIER.value(),
                        TenantId.DEFAULT.value());
            } else if (!enabled && keys.stream().anyMatch(k -> k.secret().equals(SECRET))) {
                secrets.revoke(TenantId.DEFAULT, CARRIER);
            }
        });
    }
}
