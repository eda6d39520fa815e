package io.waybill.bootstrap.wiring;

import io.quarkus.arc.Unremovable;
import io.quarkus.scheduler.Scheduled;
import io.waybill.application.port.in.SweepExceptions;
import io.waybill.application.port.in.SweepExceptions.Swept;
import io.waybill.application.port.in.WorkExceptions;
import io.waybill.application.port.out.AlertSettings;
import io.waybill.application.port.out.EscalationMail;
import io.waybill.application.port.out.ExceptionSignals;
import io.waybill.application.port.out.Orders;
import io.waybill.application.port.out.ShipmentExceptions;
import io.waybill.application.service.ExceptionDesk;
import io.waybill.application.service.ConditionService;
import io.waybill.application.service.ExceptionSweep;
import io.waybill.application.shared.EscalationChain;
import io.waybill.application.shared.ExceptionPolicy;
import io.waybill.application.shared.TenantScope;
import io.waybill.domain.shared.InvalidValueException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The exceptions queue: its use cases, and its sweep every {@code waybill.exceptions.sweep.every} (one at a time per
 * instance; instances sweeping at once open nothing twice). Off with {@code waybill.exceptions.enabled=false}: the queue
 * can still be read and worked, but nothing opens, escalates or closes by itself.
 *
 * <p>The demo, unless told otherwise, lets items wait 15 minutes (not 4 hours) and escalates to
 * {@code mailto:ops-lead@example.com,webhook} (its mails stay in the mock mailbox), so that escalations show.
 */
@ApplicationScoped
public class ExceptionWatch {

    private static final Logger LOG = Logger.getLogger(ExceptionWatch.class);
    static final String DEMO_CHAIN = "mailto:ops-lead@example.com,webhook";

    private final boolean enabled;
    private final ExceptionSweep sweep;
    private final ExceptionDesk desk;
    private final Orders orders;
    private final DelayWatch delays;

    ExceptionWatch(ExceptionSignals signals, ConditionService conditions, ShipmentExceptions store, EscalationMail mail,
            AlertSettings alerts, Orders orders, DelayWatch delays, Clock clock,
            @ConfigProperty(name = "waybill.exceptions.enabled", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "waybill.demo.enabled", defaultValue = "false") boolean demo,
            @ConfigProperty(name = "waybill.exceptions.acknowledge-within") Optional<Duration> acknowledgeWithin,
            @ConfigProperty(name = "waybill.exceptions.acknowledge-within-per-kind") Optional<String> perKind,
            @ConfigProperty(name = "waybill.exceptions.missing-scan-after", defaultValue = "PT48H") Duration missingScanAfter,
            @ConfigProperty(name = "waybill.exceptions.escalation.chain") Optional<String> chain,
            @ConfigProperty(name = "waybill.exceptions.link", defaultValue = "http://localhost:8080/console/exceptions/{id}")
            String link) {
        this.enabled = enabled;
        ExceptionPolicy policy = policy(acknowledgeWithin.orElse(demo ? Duration.ofMinutes(15) : Duration.ofHours(4)),
                perKind.orElse(""), missingScanAfter, chain.orElse(demo ? DEMO_CHAIN : ""));
        this.sweep = new ExceptionSweep(signals, conditions, store, mail, policy, id -> link.replace("{id}", id.toString()), alerts,
                clock);
        this.orders = orders;
        this.delays = delays;
        this.desk = new ExceptionDesk(store, clock);
    }

    /** The settings as a policy; a bad one stops the start, naming the setting. */
    static ExceptionPolicy policy(Duration acknowledgeWithin, String perKind, Duration missingScanAfter, String chain) {
        try {
            return new ExceptionPolicy(acknowledgeWithin, ExceptionPolicy.perKind(perKind), missingScanAfter,
                    EscalationChain.parse(chain));
        } catch (InvalidValueException e) {
            throw new IllegalStateException("the exceptions queue's settings: " + e.getMessage(), e);
        }
    }

    /** Opens, escalates and closes items; a failed sweep is logged and the next one tries again. */
    @Scheduled(every = "${waybill.exceptions.sweep.every}", delayed = "${waybill.exceptions.sweep.delayed:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        if (!enabled) {
            return;
        }
        try {
            Swept swept = sweep.sweep();
            if (!swept.conditionBreached().isEmpty()) {
                // a breach is a finding of the delay-risk rules: predict these shipments now, not at their next event
                delays.changed(TenantScope.platform(() -> orders.byIds(swept.conditionBreached())));
            }
            if (swept.opened() + swept.escalated() + swept.closed() > 0) {
                LOG.debugf("exceptions: %d opened, %d escalated, %d closed by themselves", swept.opened(), swept.escalated(),
                        swept.closed());
            }
        } catch (RuntimeException e) {
            LOG.warn("the exceptions sweep failed; the next one tries again", e);
        }
    }

    @Produces
    WorkExceptions workExceptions() {
        return desk;
    }

    /** Kept though nothing here injects it: operations tooling and the end-to-end tests sweep on demand. */
    @Produces
    @Unremovable
    SweepExceptions sweepExceptions() {
        return sweep;
    }
}
