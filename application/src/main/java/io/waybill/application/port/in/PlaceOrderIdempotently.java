package io.waybill.application.port.in;

import io.waybill.application.shared.IdempotencyKey;
import io.waybill.domain.order.Order;
import io.waybill.domain.tenant.TenantId;

/**
 * Places an order under the client's idempotency key, so that a client that did not hear the answer can send the same
 * request again: within a day, the same key with the same request answers the first answer again (the same order,
 * never a second one); with another request it is refused. Keys are the tenant's own.
 */
public interface PlaceOrderIdempotently {

    /**
     * @param requestSha256 the fingerprint of the request (hex SHA-256 of its canonical form), to tell a repeat from a reuse
     * @throws IdempotencyKeyReusedException when the key came with another request before
     * @throws IdempotencyKeyInUseException while the key's first request is still being carried out
     */
    Placement place(TenantId tenant, IdempotencyKey key, String requestSha256, PlaceOrder.Command command);

    /** The order placed, the status its placing was answered with, and whether this is a repeat of that answer. */
    record Placement(Order order, int status, boolean replayed) {
    }
}
