package io.waybill.adapters.rest.fakes;

import io.waybill.application.port.in.AuthenticateApiKey.Principal;
import io.waybill.application.port.in.ManageAlerts;
import io.waybill.application.port.out.AlertSettings;
import io.waybill.application.port.out.AuditTrail;
import io.waybill.application.service.AlertService;
import io.waybill.application.shared.TenantScope;
import io.waybill.domain.exceptions.ExceptionId;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The real alert service over addresses kept in memory, per tenant. */
@Singleton
public class InMemoryAlerts implements ManageAlerts {

    private final Map<String, String> addresses = new ConcurrentHashMap<>();
    private final AlertService service = new AlertService(new AlertSettings() {
        @Override
        public Optional<String> conditionEmail() {
            return Optional.ofNullable(addresses.get(TenantScope.requireTenant().value()));
        }

        @Override
        public void conditionEmail(Optional<String> address, Instant at) {
            String tenant = TenantScope.requireTenant().value();
            address.ifPresentOrElse(a -> addresses.put(tenant, a), () -> addresses.remove(tenant));
        }

        @Override
        public Set<ExceptionId> alerted(Collection<ExceptionId> items) {
            return Set.of();
        }

        @Override
        public void alerted(ExceptionId item, String recipient, Instant at) {
            // no sweep runs in these tests
        }
    }, AuditTrail.NONE, Clock.systemUTC());

    @Override
    public Optional<String> conditionEmail(Principal caller) {
        return service.conditionEmail(caller);
    }

    @Override
    public Optional<String> setConditionEmail(Principal caller, Optional<String> address) {
        return service.setConditionEmail(caller, address);
    }
}
