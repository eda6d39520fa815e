package io.waybill.application.port.out;

import static io.waybill.application.fakes.OrderTestData.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.waybill.application.port.out.IdempotencyKeys.Held;
import io.waybill.application.shared.IdempotencyKey;
import io.waybill.domain.order.OrderId;
import io.waybill.domain.tenant.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * What every {@link IdempotencyKeys} store must do: one claim per tenant and key, the record returned to every later
 * claim, answered records kept until they are older than a day and unanswered ones until they are abandoned, and a
 * claim taken over not completed or released by its former holder. Run against the in-memory fake and PostgreSQL.
 * Every key is fresh, so the stores may hold other tests' keys.
 */
public abstract class IdempotencyKeysContract {

    private static final TenantId SHOP = new TenantId("default");
    private static final TenantId OTHER_SHOP = new TenantId("other-shop");
    private static final String REQUEST = "a".repeat(64);
    private static final Instant DAY_AGO = T0.minus(Duration.ofDays(1));
    private static final Instant MINUTE_AGO = T0.minus(Duration.ofMinutes(1));

    protected abstract IdempotencyKeys keys();

    private static IdempotencyKey fresh() {
        return new IdempotencyKey(UUID.randomUUID().toString());
    }

    private Optional<Held> claim(TenantId tenant, IdempotencyKey key, String request, Instant at) {
        return keys().claim(tenant, key, request, at, at.minus(Duration.ofDays(1)), at.minus(Duration.ofMinutes(1)));
    }

    @Test
    void theFirstClaimHoldsTheKeyAndLaterOnesSeeItUnansweredThenAnswered() {
        IdempotencyKey key = fresh();
        OrderId order = OrderId.random();

        assertThat(claim(SHOP, key, REQUEST, T0)).isEmpty();
        assertThat(claim(SHOP, key, REQUEST, T0.plusSeconds(1)))
                .contains(new Held(REQUEST, Optional.empty(), Optional.empty(), T0));
        keys().complete(SHOP, key, T0, 201, order);

        assertThat(claim(SHOP, key, "b".repeat(64), T0.plusSeconds(2)))
                .contains(new Held(REQUEST, Optional.of(201), Optional.of(order), T0));
    }

    @Test
    void keysAreEachTenantsOwn() {
        IdempotencyKey key = fresh();

        assertThat(claim(SHOP, key, REQUEST, T0)).isEmpty();
        assertThat(claim(OTHER_SHOP, key, "b".repeat(64), T0)).isEmpty();
    }

    @Test
    void anAnsweredKeyIsFreeAfterADayAndAnUnansweredOneOnceAbandoned() {
        IdempotencyKey answered = fresh();
        IdempotencyKey unanswered = fresh();
        claim(SHOP, answered, REQUEST, DAY_AGO.minusSeconds(1));
        keys().complete(SHOP, answered, DAY_AGO.minusSeconds(1), 201, OrderId.random());
        claim(SHOP, unanswered, REQUEST, MINUTE_AGO.minusSeconds(1));

        assertThat(claim(SHOP, answered, "b".repeat(64), T0)).isEmpty();
        assertThat(claim(SHOP, unanswered, "b".repeat(64), T0)).isEmpty();
        assertThat(claim(SHOP, answered, REQUEST, T0.plusSeconds(1)))
                .contains(new Held("b".repeat(64), Optional.empty(), Optional.empty(), T0));
    }

    @Test
    void anUnansweredKeyIsHeldUntilAbandonedAndAnAnsweredOneForADay() {
        IdempotencyKey answered = fresh();
        IdempotencyKey unanswered = fresh();
        claim(SHOP, answered, REQUEST, DAY_AGO.plusSeconds(1));
        keys().complete(SHOP, answered, DAY_AGO.plusSeconds(1), 201, OrderId.random());
        claim(SHOP, unanswered, REQUEST, MINUTE_AGO.plusSeconds(1));

        assertThat(claim(SHOP, answered, REQUEST, T0)).isPresent();
        assertThat(claim(SHOP, unanswered, REQUEST, T0)).isPresent();
    }

    @Test
    void aReleasedKeyIsFreeAgain() {
        IdempotencyKey key = fresh();
        claim(SHOP, key, REQUEST, T0);

        keys().release(SHOP, key, T0);

        assertThat(claim(SHOP, key, "b".repeat(64), T0.plusSeconds(1))).isEmpty();
    }

    @Test
    void aClaimTakenOverIsNeitherCompletedNorReleasedByItsFormerHolder() {
        IdempotencyKey key = fresh();
        Instant first = MINUTE_AGO.minusSeconds(5);
        claim(SHOP, key, REQUEST, first);
        assertThat(claim(SHOP, key, REQUEST, T0)).as("taken over once abandoned").isEmpty();

        keys().complete(SHOP, key, first, 201, OrderId.random());
        keys().release(SHOP, key, first);

        assertThat(claim(SHOP, key, REQUEST, T0.plusSeconds(1)))
                .contains(new Held(REQUEST, Optional.empty(), Optional.empty(), T0));
    }

    @Test
    void ofClaimsRacingForOneKeyExactlyOneHoldsIt() throws Exception {
        IdempotencyKey key = fresh();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Optional<Held>>> racers = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                racers.add(() -> claim(SHOP, key, REQUEST, T0));
            }
            int holders = 0;
            for (Future<Optional<Held>> claimed : pool.invokeAll(racers)) {
                holders += claimed.get().isEmpty() ? 1 : 0;
            }
            assertThat(holders).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
