package io.waybill.application.service;

import io.waybill.application.port.in.GetOrder;
import io.waybill.application.port.in.IdempotencyKeyInUseException;
import io.waybill.application.port.in.IdempotencyKeyReusedException;
import io.waybill.application.port.in.OrderNotFoundException;
import io.waybill.application.port.in.PlaceOrder;
import io.waybill.application.port.in.PlaceOrderIdempotently;
import io.waybill.application.port.out.IdempotencyKeys;
import io.waybill.application.port.out.IdempotencyKeys.Held;
import io.waybill.application.shared.IdempotencyKey;
import io.waybill.domain.order.Order;
import io.waybill.domain.tenant.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Claims the key, places the order, records the answer. A refused request gives its claim up, so the key can be used
 * again once the request is put right; a claim whose request never finished (the instance died) is taken over after
 * {@link #ABANDONED_AFTER}, and the order number, unique per order, still keeps a second order out.
 */
public class IdempotentPlacement implements PlaceOrderIdempotently {

    /** How long a key answers its first answer again. */
    public static final Duration KEPT_FOR = Duration.ofHours(24);
    /** How long a claim without an answer holds its key: far longer than placing an order takes. */
    public static final Duration ABANDONED_AFTER = Duration.ofMinutes(1);
    /** Placing an order is answered with 201 Created; a repeat answers the same. */
    static final int CREATED = 201;

    private final IdempotencyKeys keys;
    private final PlaceOrder placeOrder;
    private final GetOrder orders;
    private final Clock clock;

    public IdempotentPlacement(IdempotencyKeys keys, PlaceOrder placeOrder, GetOrder orders, Clock clock) {
        this.keys = keys;
        this.placeOrder = placeOrder;
        this.orders = orders;
        this.clock = clock;
    }

    @Override
    public Placement place(TenantId tenant, IdempotencyKey key, String requestSha256, PlaceOrder.Command command) {
        // to the microsecond, as the store keeps it: the claim's instant is what later calls name it by
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Optional<Held> held = keys.claim(tenant, key, requestSha256, now, now.minus(KEPT_FOR), now.minus(ABANDONED_AFTER));
        if (held.isPresent()) {
            return repeat(held.get(), key, requestSha256);
        }
        Order order;
        try {
            order = placeOrder.place(command);
        } catch (RuntimeException refused) {
            keys.release(tenant, key, now);
            throw refused;
        }
        keys.complete(tenant, key, now, CREATED, order.getId());
        return new Placement(order, CREATED, false);
    }

    private Placement repeat(Held held, IdempotencyKey key, String requestSha256) {
        if (!held.requestSha256().equals(requestSha256)) {
            throw new IdempotencyKeyReusedException(key.value());
        }
        if (held.status().isEmpty() || held.order().isEmpty()) {
            throw new IdempotencyKeyInUseException(key.value());
        }
        Order order = orders.get(held.order().get())
                .orElseThrow(() -> new OrderNotFoundException("with id " + held.order().get() + " (placed under this key)"));
        return new Placement(order, held.status().get(), true);
    }
}
