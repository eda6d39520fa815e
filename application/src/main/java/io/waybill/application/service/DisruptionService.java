package io.waybill.application.service;

import io.waybill.application.port.in.ReportDisruptions;
import io.waybill.application.port.out.AuditTrail;
import io.waybill.application.port.out.DisruptionSignals;
import io.waybill.application.port.out.ReportedDisruptions;
import io.waybill.application.shared.ReportedDisruption;
import io.waybill.domain.eta.DelayRules;
import io.waybill.domain.shared.InvalidValueException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Disruptions reported to Waybill, and all the disruption signals the predictions see: the reported ones plus those of
 * an outside source (a weather service; the simulated one in the demo).
 */
public class DisruptionService implements ReportDisruptions {

    private final ReportedDisruptions store;
    private final DisruptionSignals outside;
    private final Clock clock;
    private final AuditTrail audit;

    public DisruptionService(ReportedDisruptions store, DisruptionSignals outside, Clock clock) {
        this(store, outside, clock, AuditTrail.NONE);
    }

    public DisruptionService(ReportedDisruptions store, DisruptionSignals outside, Clock clock, AuditTrail audit) {
        this.store = store;
        this.outside = outside;
        this.clock = clock;
        this.audit = audit;
    }

    @Override
    public ReportedDisruption report(String region, String what, Instant from, Instant until, String reportedBy) {
        Instant now = clock.instant();
        InvalidValueException.required(until, "until");
        if (!until.isAfter(now)) {
            throw new InvalidValueException("until", until + " is over (it is " + now + " now): report disruptions that still"
                    + " hold shipments");
        }
        ReportedDisruption disruption = new ReportedDisruption(UUID.randomUUID(), ReportedDisruption.region(region), what, from,
                until, now, reportedBy);
        store.add(disruption);
        audit.record(new AuditTrail.Change("disruption.reported", "disruption", disruption.id().toString()));
        return disruption;
    }

    @Override
    public List<ReportedDisruption> known(Instant asOf) {
        return store.known(InvalidValueException.required(asOf, "asOf"));
    }

    /** Everything the predictions see as of an instant: reported disruptions, then the outside source's. */
    public DisruptionSignals signals() {
        return asOf -> {
            List<DelayRules.Disruption> all = new ArrayList<>();
            store.known(asOf).forEach(d -> all.add(d.toDomain()));
            all.addAll(outside.known(asOf));
            return all;
        };
    }
}
