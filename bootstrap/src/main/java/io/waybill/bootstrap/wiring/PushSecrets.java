package io.waybill.bootstrap.wiring;

import io.waybill.application.port.in.ManageCarrierPushSecrets;
import io.waybill.application.port.out.AuditTrail;
import io.waybill.application.port.out.CarrierPushSecrets;
import io.waybill.application.service.CarrierPushSecretService;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The tenants' carrier push secrets; a rotation's replaced secret verifies for {@code waybill.push-secrets.overlap}. */
public class PushSecrets {

    @Produces
    @Singleton
    ManageCarrierPushSecrets pushSecrets(CarrierPushSecrets store, AuditTrail audit, Clock clock,
            @ConfigProperty(name = "waybill.push-secrets.overlap", defaultValue = "PT24H") Duration overlap) {
        return new CarrierPushSecretService(store, audit, clock, overlap);
    }
}
