package io.waybill.application.fakes;

import io.waybill.application.port.out.AlertSettings;
import io.waybill.application.shared.TenantScope;
import io.waybill.domain.exceptions.ExceptionId;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The tenants' alert addresses and the alerts sent, in memory, per tenant in scope. Thread-safe. */
public class InMemoryAlertSettings implements AlertSettings {

    private final Map<String, String> addresses = new HashMap<>();
    private final Map<ExceptionId, String> sent = new LinkedHashMap<>();

    @Override
    public synchronized Optional<String> conditionEmail() {
        return Optional.ofNullable(addresses.get(TenantScope.requireTenant().value()));
    }

    @Override
    public synchronized void conditionEmail(Optional<String> address, Instant at) {
        address.ifPresentOrElse(a -> addresses.put(TenantScope.requireTenant().value(), a), () -> addresses.remove(TenantScope.requireTenant().value()));
    }

    @Override
    public synchronized Set<ExceptionId> alerted(Collection<ExceptionId> items) {
        return items.stream().filter(sent::containsKey).collect(Collectors.toSet());
    }

    @Override
    public synchronized void alerted(ExceptionId item, String recipient, Instant at) {
        sent.putIfAbsent(item, recipient);
    }

    /** Every alert recorded as sent, with its recipient. */
    public synchronized Map<ExceptionId, String> sent() {
        return Map.copyOf(sent);
    }
}
