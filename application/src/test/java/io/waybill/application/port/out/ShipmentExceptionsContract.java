package io.waybill.application.port.out;

import static io.waybill.application.fakes.OrderTestData.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.waybill.application.shared.ConcurrentUpdateException;
import io.waybill.application.shared.ExceptionQueue;
import io.waybill.application.shared.TenantScope;
import io.waybill.domain.exceptions.ExceptionAction;
import io.waybill.domain.exceptions.ExceptionEscalated;
import io.waybill.domain.exceptions.ExceptionId;
import io.waybill.domain.exceptions.ExceptionItem;
import io.waybill.domain.exceptions.ExceptionKind;
import io.waybill.domain.exceptions.ExceptionState;
import io.waybill.domain.order.OrderId;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.tenant.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ShipmentExceptions} store must do: one unresolved item per shipment and kind and one item per
 * condition ever (so repeated or concurrent sweeps open nothing twice), changes only from the version they were made
 * on, the trail oldest first, the queue earliest deadline first, and each tenant sees only its own. Run against the
 * in-memory fake and PostgreSQL. Each test works in tenants of its own, so what other tests stored does not count.
 */
public abstract class ShipmentExceptionsContract {

    private static final Duration HOUR = Duration.ofHours(1);

    protected abstract ShipmentExceptions store();

    /** A tenant nobody else uses (created where the store needs it). */
    protected abstract TenantId freshTenant();

    /** An order of the tenant in scope with one shipment, stored where the store needs it. */
    protected abstract Shipped shipped(String orderNumber);

    /** The escalations of {@code id} the store wrote to the webhook outbox, oldest first. */
    protected abstract List<ExceptionEscalated> announced(ExceptionId id);

    /** An order with one shipment. */
    public record Shipped(OrderId order, String orderNumber, ShipmentId shipment) {
    }

    @Test
    void oneConditionOpensOneItemEvenAfterItWasResolvedAndANewConditionOpensAnother() {
        TenantId tenant = freshTenant();
        TenantScope.run(tenant, () -> {
            Shipped s = shipped("SO-" + UUID.randomUUID());
            ExceptionItem.Change first = open(tenant, s, ExceptionKind.HELD, T0);
            assertThat(store().open(first)).isTrue();
            assertThat(store().open(open(tenant, s, ExceptionKind.HELD, T0))).as("the same condition again").isFalse();
            assertThat(store().open(open(tenant, s, ExceptionKind.HELD, T0.plus(HOUR)))).as("one open per shipment and kind").isFalse();
            assertThat(store().open(open(tenant, s, ExceptionKind.AT_RISK, T0))).as("another kind").isTrue();

            store().save(first.item().resolve("ops", "called the carrier", T0.plus(HOUR)), Optional.empty());
            assertThat(store().open(open(tenant, s, ExceptionKind.HELD, T0))).as("resolved, still the same condition").isFalse();
            assertThat(store().open(open(tenant, s, ExceptionKind.HELD, T0.plus(HOUR)))).as("held again later").isTrue();
            assertThat(store().unresolved()).extracting(ExceptionItem::kind)
                    .containsExactlyInAnyOrder(ExceptionKind.HELD, ExceptionKind.AT_RISK);
        });
    }

    @Test
    void aChangeIsStoredOnlyOnTheVersionItWasMadeOnWithItsActionInTheTrail() {
        TenantId tenant = freshTenant();
        TenantScope.run(tenant, () -> {
            ExceptionItem.Change opened = open(tenant, shipped("SO-" + UUID.randomUUID()), ExceptionKind.LOST, T0);
            store().open(opened);
            ExceptionItem item = opened.item();
            ExceptionItem.Change ack = item.acknowledge("ops-key", T0.plusSeconds(60));
            store().save(ack, Optional.empty());
            ExceptionItem.Change stale = item.assign("other-key", "Grace", T0.plusSeconds(61));
            assertThatThrownBy(() -> store().save(stale, Optional.empty())).isInstanceOf(ConcurrentUpdateException.class);
            store().save(ack.item().note("ops-key", "carrier says: found in Leipzig\nback on the belt", T0.plusSeconds(62)),
                    Optional.empty());

            ExceptionItem stored = store().byId(item.getId()).orElseThrow();
            assertThat(stored.state()).isEqualTo(ExceptionState.ACKNOWLEDGED);
            assertThat(stored.assignee()).isNull();
            assertThat(stored.version()).isEqualTo(2);
            assertThat(stored.reason()).isEqualTo(item.reason());
            assertThat(store().actions(item.getId())).containsExactly(opened.action(), ack.action(),
                    new ExceptionAction(T0.plusSeconds(62), "ops-key", ExceptionAction.Type.NOTE,
                            "carrier says: found in Leipzig\nback on the belt"));
        });
    }

    @Test
    void anEscalationIsStoredWithItsAnnouncement() {
        TenantId tenant = freshTenant();
        TenantScope.run(tenant, () -> {
            Shipped s = shipped("SO-" + UUID.randomUUID());
            ExceptionItem.Change opened = open(tenant, s, ExceptionKind.DELIVERY_ATTEMPT_FAILED, T0);
            store().open(opened);
            ExceptionItem.Change up = opened.item().escalate("webhook", opened.item().deadline(), HOUR);
            ExceptionEscalated told = new ExceptionEscalated(s.order(), s.shipment(), opened.item().getId(),
                    ExceptionKind.DELIVERY_ATTEMPT_FAILED, 1, opened.item().reason(), opened.item().deadline());
            store().save(up, Optional.of(told));
            assertThat(store().byId(opened.item().getId()).orElseThrow().escalationLevel()).isEqualTo(1);
            assertThat(store().byId(opened.item().getId()).orElseThrow().escalatedAt()).isEqualTo(opened.item().deadline());
            assertThat(announced(opened.item().getId())).containsExactly(told);
        });
    }

    @Test
    void theQueueIsFilteredByStateAndKindEarliestDeadlineFirstInPages() {
        TenantId tenant = freshTenant();
        TenantScope.run(tenant, () -> {
            ExceptionItem late = opened(tenant, ExceptionKind.HELD, T0.plus(HOUR));
            ExceptionItem early = opened(tenant, ExceptionKind.LOST, T0);
            ExceptionItem acknowledged = opened(tenant, ExceptionKind.HELD, T0.plus(HOUR.multipliedBy(2)));
            store().save(acknowledged.acknowledge("ops", T0), Optional.empty());
            ExceptionItem resolved = opened(tenant, ExceptionKind.AT_RISK, T0);
            store().save(resolved.resolve("ops", null, T0), Optional.empty());

            ExceptionQueue.Page waiting = store().search(ExceptionQueue.Query.waiting(10));
            assertThat(waiting.items()).extracting(ExceptionItem::getId)
                    .containsExactly(early.getId(), late.getId(), acknowledged.getId());
            assertThat(waiting.total()).isEqualTo(3);
            ExceptionQueue.Page second = store().search(new ExceptionQueue.Query(Set.of(), Set.of(), 1, 2));
            assertThat(second.items()).extracting(ExceptionItem::getId).containsExactly(acknowledged.getId());
            assertThat(second.total()).isEqualTo(3);
            assertThat(store().search(new ExceptionQueue.Query(Set.of(ExceptionState.OPEN), Set.of(ExceptionKind.HELD), 0, 10))
                    .items()).extracting(ExceptionItem::getId).containsExactly(late.getId());
            assertThat(store().search(new ExceptionQueue.Query(Set.of(ExceptionState.RESOLVED), Set.of(), 0, 10)).items())
                    .extracting(ExceptionItem::getId).containsExactly(resolved.getId());
        });
    }

    @Test
    void eachTenantSeesOnlyItsOwnItems() {
        TenantId acme = freshTenant();
        TenantId globex = freshTenant();
        ExceptionItem ofAcme = TenantScope.of(acme, () -> opened(acme, ExceptionKind.HELD, T0));
        TenantScope.run(globex, () -> {
            assertThat(store().byId(ofAcme.getId())).isEmpty();
            assertThat(store().actions(ofAcme.getId())).isEmpty();
            assertThat(store().unresolved()).extracting(ExceptionItem::getId).doesNotContain(ofAcme.getId());
            assertThat(store().search(ExceptionQueue.Query.waiting(200)).items()).extracting(ExceptionItem::getId)
                    .doesNotContain(ofAcme.getId());
            assertThatThrownBy(() -> store().save(ofAcme.acknowledge("globex-ops", T0), Optional.empty()))
                    .isInstanceOf(ConcurrentUpdateException.class);
        });
        assertThat(TenantScope.platform(() -> store().unresolved())).extracting(ExceptionItem::getId).contains(ofAcme.getId());
        assertThat(TenantScope.of(acme, () -> store().byId(ofAcme.getId())).orElseThrow().state()).isEqualTo(ExceptionState.OPEN);
    }

    private ExceptionItem opened(TenantId tenant, ExceptionKind kind, Instant at) {
        ExceptionItem.Change opened = open(tenant, shipped("SO-" + UUID.randomUUID()), kind, at);
        assertThat(store().open(opened)).isTrue();
        return opened.item();
    }

    private static ExceptionItem.Change open(TenantId tenant, Shipped s, ExceptionKind kind, Instant since) {
        return ExceptionItem.open(ExceptionId.random(), tenant, s.order(), s.orderNumber(), s.shipment(), kind,
                kind + " since " + since, since, since, HOUR);
    }
}
