package io.waybill.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.waybill.application.fakes.InMemoryShipmentExceptions;
import io.waybill.application.fakes.MutableClock;
import io.waybill.application.port.in.ExceptionItemChangedException;
import io.waybill.application.port.in.ExceptionItemNotFoundException;
import io.waybill.application.port.in.WorkExceptions.Act;
import io.waybill.application.shared.ExceptionQueue;
import io.waybill.application.shared.TenantScope;
import io.waybill.domain.exceptions.ExceptionAction;
import io.waybill.domain.exceptions.ExceptionAction.Type;
import io.waybill.domain.exceptions.ExceptionId;
import io.waybill.domain.exceptions.ExceptionItem;
import io.waybill.domain.exceptions.ExceptionKind;
import io.waybill.domain.exceptions.ExceptionState;
import io.waybill.domain.order.OrderId;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.shared.IllegalTransitionException;
import io.waybill.domain.shared.InvalidValueException;
import io.waybill.domain.tenant.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Operations work the queue: each action checked by the lifecycle and the version read, and audited with who and when. */
class ExceptionDeskTest {

    private static final Instant T0 = Instant.parse("2026-11-02T08:00:00Z");
    private static final TenantId ACME = new TenantId("acme");

    private final MutableClock clock = new MutableClock(T0);
    private final InMemoryShipmentExceptions store = new InMemoryShipmentExceptions();
    private final ExceptionDesk desk = new ExceptionDesk(store, clock);

    @Test
    void acknowledgeAssignNoteAndResolveEachAuditedWithWhoAndWhen() {
        ExceptionId id = opened(ACME);
        TenantScope.run(ACME, () -> {
            clock.advance(Duration.ofMinutes(5));
            assertThat(desk.act(new Act(id, Type.ACKNOWLEDGE, "ops-key", null, 0L)).item().state())
                    .isEqualTo(ExceptionState.ACKNOWLEDGED);
            desk.act(new Act(id, Type.ASSIGN, "ops-key", "Grace", null));
            desk.act(new Act(id, Type.NOTE, "ops-key", "Customs want the invoice", 2L));
            clock.advance(Duration.ofMinutes(5));
            ExceptionQueue.Detail done = desk.act(new Act(id, Type.RESOLVE, "lead-key", "Invoice sent", null));

            assertThat(done.item().state()).isEqualTo(ExceptionState.RESOLVED);
            assertThat(done.item().assignee()).isEqualTo("Grace");
            assertThat(done.item().resolvedBy()).isEqualTo("lead-key");
            assertThat(done.actions()).extracting(ExceptionAction::type, ExceptionAction::actor, ExceptionAction::at)
                    .containsExactly(tuple(Type.OPEN, "system", T0),
                            tuple(Type.ACKNOWLEDGE, "ops-key", T0.plusSeconds(300)),
                            tuple(Type.ASSIGN, "ops-key", T0.plusSeconds(300)),
                            tuple(Type.NOTE, "ops-key", T0.plusSeconds(300)),
                            tuple(Type.RESOLVE, "lead-key", T0.plusSeconds(600)));
            assertThat(desk.get(id).orElseThrow()).isEqualTo(done);
        });
    }

    @Test
    void resolvingTwiceAStaleVersionAndAnUnknownItemAreRefusedAndChangeNothing() {
        ExceptionId id = opened(ACME);
        TenantScope.run(ACME, () -> {
            desk.act(new Act(id, Type.RESOLVE, "ops", null, null));
            assertThatThrownBy(() -> desk.act(new Act(id, Type.RESOLVE, "ops", "again", null)))
                    .isInstanceOf(IllegalTransitionException.class);
            assertThatThrownBy(() -> desk.act(new Act(id, Type.NOTE, "ops", "late", 0L)))
                    .isInstanceOf(ExceptionItemChangedException.class).hasMessageContaining("version 0, now 1");
            assertThatThrownBy(() -> desk.act(new Act(ExceptionId.random(), Type.ACKNOWLEDGE, "ops", null, null)))
                    .isInstanceOf(ExceptionItemNotFoundException.class);
            assertThat(desk.get(id).orElseThrow().actions()).hasSize(2);
        });
    }

    @Test
    void anotherTenantsItemIsAsGoodAsAbsent() {
        ExceptionId id = opened(ACME);
        TenantScope.run(new TenantId("globex"), () -> {
            assertThat(desk.get(id)).isEmpty();
            assertThatThrownBy(() -> desk.act(new Act(id, Type.ACKNOWLEDGE, "globex-ops", null, null)))
                    .isInstanceOf(ExceptionItemNotFoundException.class);
            assertThat(desk.list(ExceptionQueue.Query.waiting(50)).items()).isEmpty();
        });
        assertThat(TenantScope.of(ACME, () -> desk.list(ExceptionQueue.Query.waiting(50)).total())).isEqualTo(1);
    }

    @Test
    void onlyAPersonsActionsWithAnActorAreCommands() {
        assertThatThrownBy(() -> new Act(ExceptionId.random(), Type.ESCALATE, "ops", null, null))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("action:");
        assertThatThrownBy(() -> new Act(ExceptionId.random(), Type.NOTE, " ", "x", null)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Act(ExceptionId.random(), Type.NOTE, "ops", "x", -1L)).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("version:");
        assertThatThrownBy(() -> new Act(null, Type.NOTE, "ops", "x", null)).isInstanceOf(InvalidValueException.class);
    }

    private ExceptionId opened(TenantId tenant) {
        ExceptionItem.Change opened = ExceptionItem.open(ExceptionId.random(), tenant, OrderId.random(), "SO-1",
                new ShipmentId(UUID.randomUUID()), ExceptionKind.HELD, "Held by the carrier (ups 1Z1): customs", T0, T0,
                Duration.ofHours(4));
        TenantScope.run(tenant, () -> store.open(opened));
        return opened.item().getId();
    }
}
