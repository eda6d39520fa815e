package io.waybill.application.fakes;

import io.waybill.application.port.out.IdempotencyKeys;
import io.waybill.application.shared.IdempotencyKey;
import io.waybill.domain.order.OrderId;
import io.waybill.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Idempotency keys in memory, claimed atomically per tenant and key like the real store. Thread-safe. */
public class InMemoryIdempotencyKeys implements IdempotencyKeys {

    private record Slot(TenantId tenant, String key) {
    }

    private final Map<Slot, Held> records = new ConcurrentHashMap<>();

    @Override
    public Optional<Held> claim(TenantId tenant, IdempotencyKey key, String requestSha256, Instant at, Instant answeredBefore,
            Instant abandonedBefore) {
        Held claim = new Held(requestSha256, Optional.empty(), Optional.empty(), at);
        Held[] holding = new Held[1];
        records.compute(new Slot(tenant, key.value()), (slot, existing) -> {
            boolean free = existing == null || existing.claimedAt().isBefore(existing.status().isPresent() ? answeredBefore
                    : abandonedBefore);
            holding[0] = free ? null : existing;
            return free ? claim : existing;
        });
        return Optional.ofNullable(holding[0]);
    }

    @Override
    public void complete(TenantId tenant, IdempotencyKey key, Instant claimedAt, int status, OrderId order) {
        records.computeIfPresent(new Slot(tenant, key.value()), (slot, held) -> ours(held, claimedAt)
                ? new Held(held.requestSha256(), Optional.of(status), Optional.of(order), held.claimedAt()) : held);
    }

    @Override
    public void release(TenantId tenant, IdempotencyKey key, Instant claimedAt) {
        records.computeIfPresent(new Slot(tenant, key.value()), (slot, held) -> ours(held, claimedAt) ? null : held);
    }

    private static boolean ours(Held held, Instant claimedAt) {
        return held.status().isEmpty() && held.claimedAt().equals(claimedAt);
    }
}
