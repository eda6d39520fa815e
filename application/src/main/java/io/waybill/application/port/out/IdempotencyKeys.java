package io.waybill.application.port.out;

import io.waybill.application.shared.IdempotencyKey;
import io.waybill.domain.order.OrderId;
import io.waybill.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Optional;

/**
 * The idempotency keys clients placed orders under, per tenant: the fingerprint of the request a key came with first,
 * and, once answered, the answer's status and order. A key is claimed before its request is carried out, so that of two
 * requests racing with one key exactly one goes ahead.
 */
public interface IdempotencyKeys {

    /**
     * Claims {@code key} for a request with fingerprint {@code requestSha256} at {@code at}, unless someone holds it: then
     * the record holding it is returned and nothing changes. A record answered before {@code answeredBefore}, or claimed
     * and never answered before {@code abandonedBefore}, holds nothing any more and is claimed over.
     *
     * @return empty when the caller now holds the key (and must {@link #complete} or {@link #release} it), else the record
     */
    Optional<Held> claim(TenantId tenant, IdempotencyKey key, String requestSha256, Instant at, Instant answeredBefore,
            Instant abandonedBefore);

    /** Records the answer of the request that claimed {@code key} at {@code claimedAt}; a claim taken over since stays. */
    void complete(TenantId tenant, IdempotencyKey key, Instant claimedAt, int status, OrderId order);

    /** Gives up the claim taken at {@code claimedAt} (its request was refused); a claim taken over since stays. */
    void release(TenantId tenant, IdempotencyKey key, Instant claimedAt);

    /** A key's record: {@code status} and {@code order} are empty while its first request is being carried out. */
    record Held(String requestSha256, Optional<Integer> status, Optional<OrderId> order, Instant claimedAt) {
    }
}
