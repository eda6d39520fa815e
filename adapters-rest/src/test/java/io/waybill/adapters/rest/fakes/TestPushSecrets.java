package io.waybill.adapters.rest.fakes;

import io.waybill.application.fakes.InMemoryCarrierPushSecrets;
import io.waybill.application.fakes.MutableClock;
import io.waybill.application.port.in.ManageCarrierPushSecrets;
import io.waybill.application.port.out.AuditTrail;
import io.waybill.application.service.CarrierPushSecretService;
import io.waybill.application.shared.CarrierPushSecret;
import io.waybill.domain.order.CarrierCode;
import io.waybill.domain.tenant.TenantId;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;

/**
 * The real push-secret service over an in-memory store, on a clock of its own that tests move on to end an overlap
 * (the resources' clock stays fixed). Starts afresh on {@link #reset()}.
 */
@Singleton
public class TestPushSecrets {

    private volatile MutableClock clock;
    private volatile ManageCarrierPushSecrets service;

    public TestPushSecrets() {
        reset();
    }

    public final void reset() {
        clock = new MutableClock(TestClock.CLOCK.instant());
        service = new CarrierPushSecretService(new InMemoryCarrierPushSecrets(), AuditTrail.NONE, clock, Duration.ofHours(24));
    }

    /** The service itself, to set another tenant's secret without an admin key of that tenant. */
    public ManageCarrierPushSecrets service() {
        return service;
    }

    public void advance(Duration by) {
        clock.advance(by);
    }

    @Produces
    @Singleton
    ManageCarrierPushSecrets pushSecrets() {
        return new ManageCarrierPushSecrets() {
            @Override
            public Issued put(TenantId tenant, NewSecret secret) {
                return service.put(tenant, secret);
            }

            @Override
            public List<CarrierPushSecret> list(TenantId tenant) {
                return service.list(tenant);
            }

            @Override
            public boolean revoke(TenantId tenant, CarrierCode carrier) {
                return service.revoke(tenant, carrier);
            }

            @Override
            public List<PushKey> keys(TenantId tenant, CarrierCode carrier) {
                return service.keys(tenant, carrier);
            }
        };
    }
}
