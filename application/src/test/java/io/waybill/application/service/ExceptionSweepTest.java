package io.waybill.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.waybill.application.fakes.InMemoryAlertSettings;
import io.waybill.application.fakes.InMemoryShipmentExceptions;
import io.waybill.application.fakes.MutableClock;
import io.waybill.application.fakes.RecordingEscalationMail;
import io.waybill.application.fakes.ScriptedExceptionSignals;
import io.waybill.application.port.in.SweepExceptions.Swept;
import io.waybill.application.port.out.EscalationMail;
import io.waybill.application.shared.EscalationChain;
import io.waybill.application.shared.ExceptionPolicy;
import io.waybill.application.shared.ShipmentSignal;
import io.waybill.application.shared.TenantScope;
import io.waybill.domain.exceptions.ExceptionAction;
import io.waybill.domain.exceptions.ExceptionEscalated;
import io.waybill.domain.exceptions.ExceptionItem;
import io.waybill.domain.exceptions.ExceptionKind;
import io.waybill.domain.exceptions.ExceptionState;
import io.waybill.domain.order.OrderId;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.order.ShipmentStatus;
import io.waybill.domain.tenant.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The periodic sweep: what opens an item, when it escalates and to whom, and when it closes itself. */
class ExceptionSweepTest {

    private static final Instant T0 = Instant.parse("2026-11-02T08:00:00Z");
    private static final TenantId ACME = new TenantId("acme");
    private static final TenantId GLOBEX = new TenantId("globex");

    private final MutableClock clock = new MutableClock(T0);
    private final ScriptedExceptionSignals shipments = new ScriptedExceptionSignals();
    private final InMemoryShipmentExceptions store = new InMemoryShipmentExceptions();
    private final RecordingEscalationMail mail = new RecordingEscalationMail();
    private final ExceptionPolicy policy = new ExceptionPolicy(Duration.ofHours(4),
            Map.of(ExceptionKind.LOST, Duration.ofHours(1)), Duration.ofHours(48),
            EscalationChain.parse("mailto:ops-lead@example.com, webhook"));
    private final ExceptionSweep sweep = new ExceptionSweep(shipments, store, mail, policy,
            id -> "https://waybill.example/console/exceptions/" + id, clock);

    @Test
    void eachExceptionalStatusOpensOneItemWithItsReasonAndDeadlineAndARepeatedSweepOpensNothing() {
        ShipmentSignal held = signal(ACME, ShipmentStatus.HELD, "customs: invoice missing", T0.minusSeconds(600));
        ShipmentSignal lost = signal(GLOBEX, ShipmentStatus.LOST, null, T0.minusSeconds(60));
        shipments.now(held);
        shipments.now(lost);
        shipments.now(signal(ACME, ShipmentStatus.IN_TRANSIT, null, T0.minusSeconds(60)));

        assertThat(sweep.sweep()).isEqualTo(new Swept(2, 0, 0));
        assertThat(sweep.sweep()).as("nothing new").isEqualTo(new Swept(0, 0, 0));

        ExceptionItem h = only(held.shipment());
        assertThat(h.kind()).isEqualTo(ExceptionKind.HELD);
        assertThat(h.tenant()).isEqualTo(ACME);
        assertThat(h.reason()).isEqualTo("Held by the carrier (ups " + held.carrierTrackingNumber() + "): customs: invoice missing");
        assertThat(h.deadline()).isEqualTo(T0.plus(Duration.ofHours(4)));
        assertThat(h.since()).isEqualTo(held.lastEventAt());
        ExceptionItem l = only(lost.shipment());
        assertThat(l.reason()).startsWith("Declared lost by the carrier (ups ");
        assertThat(l.deadline()).as("lost: its own time").isEqualTo(T0.plus(Duration.ofHours(1)));
        assertThat(TenantScope.of(ACME, store::unresolved)).extracting(ExceptionItem::tenant).containsOnly(ACME);
        assertThat(store.actions(h.getId())).singleElement().satisfies(a -> {
            assertThat(a.type()).isEqualTo(ExceptionAction.Type.OPEN);
            assertThat(a.actor()).isEqualTo("system");
            assertThat(a.at()).isEqualTo(T0);
        });
    }

    @Test
    void highRiskWithItsReasonsAndLeadTimeAndAMissingScanOpenItemsOfTheirOwn() {
        ShipmentSignal risky = new ShipmentSignal(ACME, OrderId.random(), "SO-RISK", new ShipmentId(UUID.randomUUID()), "dhl",
                "JD0001", ShipmentStatus.IN_TRANSIT, null, "HIGH", List.of("storm over Hamburg hub", "no pickup scan"),
                T0.minusSeconds(3600), 30L, Instant.parse("2026-11-03T18:00:00Z"), T0.minusSeconds(1800));
        ShipmentSignal silent = signal(ACME, ShipmentStatus.IN_TRANSIT, null, T0.minus(Duration.ofHours(50)));
        ShipmentSignal heldAndRisky = new ShipmentSignal(ACME, OrderId.random(), "SO-BOTH", new ShipmentId(UUID.randomUUID()),
                "ups", "1Z2", ShipmentStatus.HELD, "damaged", "HIGH", List.of("held"), T0, 2L, null, T0);
        shipments.now(risky);
        shipments.now(silent);
        shipments.now(heldAndRisky);

        assertThat(sweep.sweep().opened()).isEqualTo(3);
        assertThat(only(risky.shipment()).reason()).isEqualTo("High risk of missing the promised delivery by 3 Nov 2026 18:00 UTC"
                + " (dhl JD0001): storm over Hamburg hub; no pickup scan (seen 30 h before the promise)");
        assertThat(only(risky.shipment()).since()).isEqualTo(risky.riskSince());
        assertThat(only(silent.shipment()).kind()).isEqualTo(ExceptionKind.MISSING_SCAN);
        assertThat(only(silent.shipment()).reason()).startsWith("No scan for 50 h: the last event of ups ")
                .endsWith("was at 31 Oct 2026 06:00 UTC (in transit)");
        assertThat(only(heldAndRisky.shipment()).kind()).as("one item says enough").isEqualTo(ExceptionKind.HELD);
    }

    @Test
    void anUnacknowledgedItemEscalatesAtItsDeadlineUpTheChainEachLevelAuditedAndThenStaysAtTheLast() {
        ShipmentSignal failed = signal(ACME, ShipmentStatus.DELIVERY_ATTEMPT_FAILED, "nobody home", T0);
        shipments.now(failed);
        sweep.sweep();
        ExceptionItem item = only(failed.shipment());

        clock.set(item.deadline().minusSeconds(1));
        assertThat(sweep.sweep().escalated()).as("not yet").isZero();
        clock.set(item.deadline());
        assertThat(sweep.sweep().escalated()).isEqualTo(1);
        ExceptionItem first = only(failed.shipment());
        assertThat(first.escalationLevel()).isEqualTo(1);
        assertThat(first.deadline()).isEqualTo(item.deadline().plus(Duration.ofHours(4)));
        EscalationMail.Notice notice = mail.sent().getFirst();
        assertThat(notice.recipient()).isEqualTo("ops-lead@example.com");
        assertThat(notice.level()).isEqualTo(1);
        assertThat(notice.idempotencyKey()).isEqualTo(item.getId() + "/escalation/1");
        assertThat(notice.link()).isEqualTo("https://waybill.example/console/exceptions/" + item.getId());
        assertThat(notice.reason()).isEqualTo(item.reason());
        assertThat(store.announced()).isEmpty();

        clock.set(first.deadline());
        assertThat(sweep.sweep().escalated()).isEqualTo(1);
        assertThat(only(failed.shipment()).escalationLevel()).isEqualTo(2);
        assertThat(store.announced()).containsExactly(new ExceptionEscalated(item.order(), item.shipment(), item.getId(),
                ExceptionKind.DELIVERY_ATTEMPT_FAILED, 2, item.reason(), first.deadline()));

        clock.advance(Duration.ofDays(1));
        assertThat(sweep.sweep().escalated()).as("the chain is used up").isZero();
        assertThat(only(failed.shipment()).state()).isEqualTo(ExceptionState.OPEN);
        assertThat(store.actions(item.getId())).extracting(ExceptionAction::type, ExceptionAction::actor, ExceptionAction::text)
                .containsExactly(tuple(ExceptionAction.Type.OPEN, "system", item.reason()),
                        tuple(ExceptionAction.Type.ESCALATE, "system", "Level 1: e-mail to ops-lead@example.com"),
                        tuple(ExceptionAction.Type.ESCALATE, "system",
                                "Level 2: webhook exception.escalated to the tenant's subscriptions"));
    }

    @Test
    void anAcknowledgedItemDoesNotEscalateAndAFailedMailIsTriedAgainAtTheNextSweep() {
        ShipmentSignal held = signal(ACME, ShipmentStatus.HELD, null, T0);
        ShipmentSignal lost = signal(ACME, ShipmentStatus.LOST, null, T0);
        shipments.now(held);
        shipments.now(lost);
        sweep.sweep();
        ExceptionItem h = only(held.shipment());
        store.save(h.acknowledge("ops", T0), Optional.empty());

        clock.advance(Duration.ofHours(5));
        mail.failing(true);
        assertThat(sweep.sweep().escalated()).isZero();
        assertThat(only(lost.shipment()).escalationLevel()).as("not recorded while the mail did not go").isZero();
        mail.failing(false);
        assertThat(sweep.sweep().escalated()).isEqualTo(1);
        assertThat(only(lost.shipment()).escalationLevel()).isEqualTo(1);
        assertThat(only(held.shipment()).escalationLevel()).isZero();
        assertThat(mail.sent()).hasSize(1);
    }

    @Test
    void anOpenItemClosesItselfWhenTheShipmentRecoversButAnAcknowledgedOneWaitsForItsPerson() {
        ShipmentSignal held = signal(ACME, ShipmentStatus.HELD, null, T0);
        ShipmentSignal failed = signal(ACME, ShipmentStatus.DELIVERY_ATTEMPT_FAILED, null, T0);
        shipments.now(held);
        shipments.now(failed);
        sweep.sweep();
        store.save(only(failed.shipment()).acknowledge("ops", T0), Optional.empty());

        clock.advance(Duration.ofMinutes(30));
        shipments.now(signal(held, ShipmentStatus.DELIVERED, T0.plusSeconds(900)));
        shipments.now(signal(failed, ShipmentStatus.OUT_FOR_DELIVERY, T0.plusSeconds(900)));
        assertThat(sweep.sweep()).isEqualTo(new Swept(0, 0, 1));
        ExceptionItem closed = only(held.shipment());
        assertThat(closed.state()).isEqualTo(ExceptionState.RESOLVED);
        assertThat(closed.resolvedBy()).isEqualTo("system");
        assertThat(store.actions(closed.getId()).getLast().text()).isEqualTo("Closed by itself: the shipment is no longer held");
        assertThat(only(failed.shipment()).state()).isEqualTo(ExceptionState.ACKNOWLEDGED);
    }

    @Test
    void aConditionBreachOpensAnItemOnceThatNeverClosesByItself() {
        ShipmentSignal reefer = signal(ACME, ShipmentStatus.IN_TRANSIT, null, T0);
        List<ExceptionSweep.Breach> breaches = new ArrayList<>(List.of(new ExceptionSweep.Breach(reefer,
                "Out of its condition profile: Temperature above 8 °C for 47 min in total (allowed 30 min)", T0.minusSeconds(3_600))));
        ExceptionSweep withConditions = new ExceptionSweep(shipments, now -> List.copyOf(breaches), store, mail, policy,
                id -> "https://waybill.example/console/exceptions/" + id, clock);

        assertThat(withConditions.sweep().opened()).isEqualTo(1);
        assertThat(withConditions.sweep().opened()).as("a repeated sweep").isZero();
        ExceptionItem item = only(reefer.shipment());
        assertThat(item.kind()).isEqualTo(ExceptionKind.CONDITION_EXCURSION);
        assertThat(item.reason()).contains("Temperature above 8 °C for 47 min");
        assertThat(item.since()).isEqualTo(T0.minusSeconds(3_600));

        breaches.clear(); // delivered and out of the watch: the breach is still a fact
        clock.advance(Duration.ofMinutes(5));
        assertThat(withConditions.sweep().closed()).isZero();
        assertThat(only(reefer.shipment()).state()).isEqualTo(ExceptionState.OPEN);
    }

    @Test
    void aConditionBreachIsToldAtOnceByWebhookAndToTheTenantsAlertAddressOnceEvenWhenTheMailServerRefusedFirst() {
        ShipmentSignal reefer = signal(ACME, ShipmentStatus.IN_TRANSIT, null, T0);
        ShipmentSignal other = signal(GLOBEX, ShipmentStatus.IN_TRANSIT, null, T0);
        InMemoryAlertSettings alerts = new InMemoryAlertSettings();
        TenantScope.run(ACME, () -> alerts.conditionEmail(Optional.of("qa@acme.example"), T0)); // globex wants no e-mail
        ExceptionSweep withAlerts = new ExceptionSweep(shipments, now -> List.of(
                new ExceptionSweep.Breach(reefer, "Out of its condition profile: Temperature above 8 °C for 47 min in total", T0),
                new ExceptionSweep.Breach(other, "Out of its condition profile: Shock of 9.1 g at 10:02 UTC (limit 5 g)", T0)),
                store, mail, policy, id -> "https://waybill.example/console/exceptions/" + id, alerts, clock);
        mail.failing(true);

        Swept first = withAlerts.sweep();

        assertThat(first.opened()).isEqualTo(2);
        assertThat(first.conditionBreached()).as("their risk is predicted again").containsExactlyInAnyOrder(reefer.order(), other.order());
        assertThat(store.breaches()).as("told by webhook, whatever the mail server does")
                .extracting(b -> b.shipment(), b -> b.reason().substring(0, 28))
                .containsExactlyInAnyOrder(tuple(reefer.shipment(), "Out of its condition profile"),
                        tuple(other.shipment(), "Out of its condition profile"));
        assertThat(store.breaches()).extracting(b -> b.exception()).containsExactlyInAnyOrderElementsOf(
                store.all().stream().map(ExceptionItem::getId).toList());
        assertThat(alerts.sent()).as("the mail server refused: not told yet").isEmpty();

        mail.failing(false);
        withAlerts.sweep();
        withAlerts.sweep();

        assertThat(mail.sent()).as("once, to acme's address only").singleElement().satisfies(n -> {
            assertThat(n.recipient()).isEqualTo("qa@acme.example");
            assertThat(n.level()).as("an alert, not an escalation").isZero();
            assertThat(n.reason()).contains("Temperature above 8 °C");
            assertThat(n.link()).isEqualTo("https://waybill.example/console/exceptions/" + only(reefer.shipment()).getId());
        });
        assertThat(alerts.sent()).containsOnlyKeys(only(reefer.shipment()).getId());
        assertThat(store.breaches()).as("the webhook once").hasSize(2);
    }

    @Test
    void anOpenItemSupersededByAnotherKindSaysSoWhenItCloses() {
        ShipmentSignal risky = new ShipmentSignal(ACME, OrderId.random(), "SO-R", new ShipmentId(UUID.randomUUID()), "ups", "1Z9",
                ShipmentStatus.IN_TRANSIT, null, "HIGH", List.of("storm"), T0, 10L, null, T0);
        shipments.now(risky);
        sweep.sweep();
        shipments.now(new ShipmentSignal(ACME, risky.order(), "SO-R", risky.shipment(), "ups", "1Z9", ShipmentStatus.HELD, "damaged",
                "HIGH", List.of("storm"), T0, 10L, null, T0.plusSeconds(60)));

        assertThat(sweep.sweep()).isEqualTo(new Swept(1, 0, 1));
        ExceptionItem atRisk = store.all().stream().filter(i -> i.kind() == ExceptionKind.AT_RISK).findFirst().orElseThrow();
        assertThat(atRisk.state()).isEqualTo(ExceptionState.RESOLVED);
        assertThat(store.actions(atRisk.getId()).getLast().text()).isEqualTo("Closed by itself: the shipment now has a held item instead");
        assertThat(only(risky.shipment()).kind()).isEqualTo(ExceptionKind.HELD);
    }

    @Test
    void aResolvedItemIsNotOpenedAgainForTheSameConditionButANewEventOpensANewOne() {
        ShipmentSignal held = signal(ACME, ShipmentStatus.HELD, "customs", T0);
        shipments.now(held);
        sweep.sweep();
        store.save(only(held.shipment()).resolve("ops", "paperwork sent", T0), Optional.empty());
        assertThat(sweep.sweep().opened()).isZero();

        shipments.now(signal(held, ShipmentStatus.HELD, T0.plus(Duration.ofDays(1))));
        assertThat(sweep.sweep().opened()).as("held again a day later").isEqualTo(1);
        assertThat(store.all()).filteredOn(i -> i.shipment().equals(held.shipment())).hasSize(2);
    }

    private ExceptionItem only(ShipmentId shipment) {
        return store.all().stream().filter(i -> i.shipment().equals(shipment)).reduce((a, b) -> b).orElseThrow();
    }

    private static ShipmentSignal signal(TenantId tenant, ShipmentStatus status, String reason, Instant lastEvent) {
        UUID id = UUID.randomUUID();
        return new ShipmentSignal(tenant, OrderId.random(), "SO-" + id.toString().substring(0, 6), new ShipmentId(id), "ups",
                "1Z" + id.toString().substring(0, 8).toUpperCase(), status, reason, null, List.of(), null, null, null, lastEvent);
    }

    private static ShipmentSignal signal(ShipmentSignal s, ShipmentStatus status, Instant lastEvent) {
        return new ShipmentSignal(s.tenant(), s.order(), s.orderNumber(), s.shipment(), s.carrier(), s.carrierTrackingNumber(),
                status, s.statusReason(), s.riskLevel(), s.riskReasons(), s.riskSince(), s.leadTimeHours(), s.promisedLatest(),
                lastEvent);
    }
}
