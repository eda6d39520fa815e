package io.waybill.domain.exceptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.waybill.domain.exceptions.ExceptionAction.Type;
import io.waybill.domain.order.OrderId;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.shared.IllegalTransitionException;
import io.waybill.domain.shared.InvalidValueException;
import io.waybill.domain.tenant.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The lifecycle of an item of the exceptions queue: who may do what in which state, and what each change records. */
class ExceptionItemTest {

    private static final Instant T0 = Instant.parse("2026-11-02T08:00:00Z");
    private static final Duration FOUR_HOURS = Duration.ofHours(4);

    private static ExceptionItem.Change opened() {
        return ExceptionItem.open(ExceptionId.random(), TenantId.DEFAULT, OrderId.random(), "SO-1", new ShipmentId(UUID.randomUUID()),
                ExceptionKind.HELD, "Held by the carrier: customs", T0.minusSeconds(600), T0, FOUR_HOURS);
    }

    @Test
    void anItemOpensByWaybillDueToBeAcknowledgedWithinTheGivenTime() {
        ExceptionItem.Change open = opened();
        assertThat(open.item().state()).isEqualTo(ExceptionState.OPEN);
        assertThat(open.item().deadline()).isEqualTo(T0.plus(FOUR_HOURS));
        assertThat(open.item().escalationLevel()).isZero();
        assertThat(open.item().version()).isZero();
        assertThat(open.action()).isEqualTo(new ExceptionAction(T0, "system", Type.OPEN, "Held by the carrier: customs"));
    }

    @Test
    void acknowledgedThenResolvedEachChangeNamingWhoAndWhen() {
        ExceptionItem item = opened().item();
        ExceptionItem.Change ack = item.acknowledge("ops-key", T0.plusSeconds(60));
        assertThat(ack.item().state()).isEqualTo(ExceptionState.ACKNOWLEDGED);
        assertThat(ack.item().version()).isEqualTo(1);
        assertThat(ack.action()).isEqualTo(new ExceptionAction(T0.plusSeconds(60), "ops-key", Type.ACKNOWLEDGE, null));

        ExceptionItem.Change assigned = ack.item().assign("ops-key", " Grace ", T0.plusSeconds(70));
        assertThat(assigned.item().assignee()).isEqualTo("Grace");
        assertThat(assigned.item().state()).isEqualTo(ExceptionState.ACKNOWLEDGED);
        assertThat(assigned.action().text()).isEqualTo("Grace");

        ExceptionItem.Change resolved = assigned.item().resolve("lead-key", "Invoice sent to customs", T0.plusSeconds(90));
        assertThat(resolved.item().state()).isEqualTo(ExceptionState.RESOLVED);
        assertThat(resolved.item().resolvedAt()).isEqualTo(T0.plusSeconds(90));
        assertThat(resolved.item().resolvedBy()).isEqualTo("lead-key");
        assertThat(resolved.item().version()).isEqualTo(3);
        assertThat(resolved.action().type()).isEqualTo(Type.RESOLVE);
    }

    @Test
    void illegalTransitionsAreRefused() {
        ExceptionItem acknowledged = opened().item().acknowledge("ops", T0).item();
        assertThatThrownBy(() -> acknowledged.acknowledge("ops", T0)).isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("acknowledged already");
        ExceptionItem resolved = acknowledged.resolve("ops", null, T0).item();
        assertThatThrownBy(() -> resolved.resolve("ops", "again", T0)).isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("resolved already");
        assertThatThrownBy(() -> resolved.acknowledge("ops", T0)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> resolved.assign("ops", "Grace", T0)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> acknowledged.closeItself("recovered", T0)).as("an acknowledged item waits for its person")
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(resolved.note("ops", "customs confirmed by phone", T0).item().state()).as("notes after the fact")
                .isEqualTo(ExceptionState.RESOLVED);
    }

    @Test
    void onlyAnOpenItemPastItsDeadlineEscalatesOneLevelAtATime() {
        ExceptionItem item = opened().item();
        assertThatThrownBy(() -> item.escalate("e-mail", T0.plus(FOUR_HOURS).minusSeconds(1), FOUR_HOURS))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("has not passed");
        Instant due = T0.plus(FOUR_HOURS);
        ExceptionItem.Change first = item.escalate("e-mail to ops-lead@example.com", due, Duration.ofHours(1));
        assertThat(first.item().escalationLevel()).isEqualTo(1);
        assertThat(first.item().escalatedAt()).isEqualTo(due);
        assertThat(first.item().deadline()).isEqualTo(due.plus(Duration.ofHours(1)));
        assertThat(first.item().state()).isEqualTo(ExceptionState.OPEN);
        assertThat(first.action()).isEqualTo(new ExceptionAction(due, "system", Type.ESCALATE, "Level 1: e-mail to ops-lead@example.com"));
        assertThat(first.item().isOverdue(due.plusSeconds(3599))).isFalse();
        assertThat(first.item().escalate("webhook", due.plus(Duration.ofHours(1)), FOUR_HOURS).item().escalationLevel()).isEqualTo(2);

        ExceptionItem acknowledged = item.acknowledge("ops", T0).item();
        assertThat(acknowledged.isOverdue(due.plus(Duration.ofDays(1)))).isFalse();
        assertThatThrownBy(() -> acknowledged.escalate("e-mail", due, FOUR_HOURS)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void anOpenItemClosesItselfAsResolvedByWaybill() {
        ExceptionItem.Change closed = opened().item().closeItself("The shipment is no longer held", T0.plusSeconds(5));
        assertThat(closed.item().state()).isEqualTo(ExceptionState.RESOLVED);
        assertThat(closed.item().resolvedBy()).isEqualTo("system");
        assertThat(closed.action()).isEqualTo(new ExceptionAction(T0.plusSeconds(5), "system", Type.RESOLVE,
                "The shipment is no longer held"));
    }

    @Test
    void badWordsAreRefusedNamingTheField() {
        ExceptionItem item = opened().item();
        assertThatThrownBy(() -> item.note("ops", " ", T0)).isInstanceOf(InvalidValueException.class).hasMessageStartingWith("text:");
        assertThatThrownBy(() -> item.assign("ops", "x".repeat(101), T0)).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("assignee:");
        assertThatThrownBy(() -> item.resolve("ops", "a\u0000b", T0)).isInstanceOf(InvalidValueException.class);
        assertThat(item.note("ops", "line one\nline two", T0).action().text()).isEqualTo("line one\nline two");
        assertThat(ExceptionItem.open(ExceptionId.random(), TenantId.DEFAULT, OrderId.random(), "SO-2", new ShipmentId(UUID.randomUUID()),
                ExceptionKind.AT_RISK, "r".repeat(5000), T0, T0, FOUR_HOURS).item().reason()).hasSize(ExceptionItem.MAX_REASON);
    }
}
