package io.waybill.application.fakes;

import io.waybill.application.port.out.CarrierPushSecrets;
import io.waybill.application.shared.CarrierPushSecret;
import io.waybill.domain.order.CarrierCode;
import io.waybill.domain.tenant.TenantId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Push secrets in a map, by tenant and carrier. */
public class InMemoryCarrierPushSecrets implements CarrierPushSecrets {

    private record Key(TenantId tenant, CarrierCode carrier) {
    }

    private final Map<Key, Stored> secrets = new ConcurrentHashMap<>();

    @Override
    public Optional<Stored> find(TenantId tenant, CarrierCode carrier) {
        return Optional.ofNullable(secrets.get(new Key(tenant, carrier)));
    }

    @Override
    public void save(Stored secret) {
        secrets.put(new Key(secret.shown().tenant(), secret.shown().carrier()), secret);
    }

    @Override
    public boolean delete(TenantId tenant, CarrierCode carrier) {
        return secrets.remove(new Key(tenant, carrier)) != null;
    }

    @Override
    public List<CarrierPushSecret> list(TenantId tenant) {
        return secrets.values().stream().map(Stored::shown).filter(s -> s.tenant().equals(tenant))
                .sorted(Comparator.comparing(s -> s.carrier().value())).toList();
    }
}
