package io.waybill.adapters.rest.fakes;

import io.waybill.application.fakes.InMemoryIdempotencyKeys;
import io.waybill.application.port.in.PlaceOrder;
import io.waybill.application.port.in.PlaceOrderIdempotently;
import io.waybill.application.service.IdempotentPlacement;
import io.waybill.application.shared.IdempotencyKey;
import io.waybill.domain.tenant.TenantId;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * Placing under an idempotency key as the application does it (its service), over in-memory keys and the order desk, so
 * that the resource tests see repeats, reuses and keys in use answered as in production.
 */
@Singleton
public class InMemoryIdempotentPlacement implements PlaceOrderIdempotently {

    private final InMemoryOrderDesk desk;
    private final Clock clock;
    private volatile InMemoryIdempotencyKeys keys = new InMemoryIdempotencyKeys();

    InMemoryIdempotentPlacement(InMemoryOrderDesk desk, Clock clock) {
        this.desk = desk;
        this.clock = clock;
    }

    public void reset() {
        keys = new InMemoryIdempotencyKeys();
    }

    /** Claims {@code key} for another request still under way, as a concurrent first request would. */
    public void holdUnanswered(TenantId tenant, String key, String requestSha256) {
        keys.claim(tenant, new IdempotencyKey(key), requestSha256, clock.instant(), clock.instant(), clock.instant());
    }

    @Override
    public Placement place(TenantId tenant, IdempotencyKey key, String requestSha256, PlaceOrder.Command command) {
        return new IdempotentPlacement(keys, desk, desk, clock).place(tenant, key, requestSha256, command);
    }
}
