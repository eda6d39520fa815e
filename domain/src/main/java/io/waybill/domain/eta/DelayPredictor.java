package io.waybill.domain.eta;

import io.waybill.domain.order.ShipmentStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One shipment's estimate and delay risk as of an instant: the ETA from its latest checkpoint, what-if estimates for the
 * disruptions on its way and for a missed pickup, then the rules. The application and the evaluation harness predict
 * through this one class, so what is scored is what runs. Constant cost: a handful of statistics lookups.
 */
public final class DelayPredictor {

    /** A shipment in the region it was last scanned is taken to still be there if a disruption starts this soon. */
    static final Duration STILL_THERE = Duration.ofHours(1);
    /**
     * A delivery round leaves the destination hub at least this long before a delivery: a storm there that begins later
     * does not hold the earliest deliveries.
     */
    static final Duration ROUND_LEAVES_BEFORE = Duration.ofHours(1);

    private final EtaEstimator estimator;

    public DelayPredictor(EtaEstimator estimator) {
        this.estimator = estimator;
    }

    /**
     * What is known of a shipment as of the prediction: its lane (carrier, service, destination region), status, latest
     * checkpoint and event time, the carrier's own estimate, the promise, and the carrier's pickup schedule (null: no
     * cut-off known); {@code approach}: the ETA from its tracker near the destination ({@link Approach}), which then
     * stands instead of the lane's, for the risk too.
     */
    public record Subject(String carrier, String service, String destination, ShipmentStatus status, String statusReason,
            Checkpoint last, Instant lastEventAt, Optional<Instant> carrierEstimate, Instant promisedLatest, PickupSchedule pickup,
            Optional<Eta> approach) {

        public Subject {
            carrierEstimate = carrierEstimate == null ? Optional.empty() : carrierEstimate;
            approach = approach == null ? Optional.empty() : approach;
        }

        /** A shipment without a tracker near its destination. */
        public Subject(String carrier, String service, String destination, ShipmentStatus status, String statusReason,
                Checkpoint last, Instant lastEventAt, Optional<Instant> carrierEstimate, Instant promisedLatest, PickupSchedule pickup) {
            this(carrier, service, destination, status, statusReason, last, lastEventAt, carrierEstimate, promisedLatest, pickup,
                    Optional.empty());
        }

        Lane lane(String from) {
            return new Lane(carrier, service, from, destination);
        }
    }

    /** The estimate and the risk. */
    public record Prediction(Eta eta, DelayRisk risk) {
    }

    /**
     * @param known    disruptions reported so far (those not known as of {@code asOf}, or over, are ignored)
     * @param signals  findings of other rules (telemetry excursions)
     * @param previous the risk before (keeps the first-detected time of a risk that goes on)
     */
    public Prediction predict(Subject s, List<DelayRules.Disruption> known, List<DelayRules.Finding> signals, DelayRisk previous,
            Instant asOf) {
        // near the destination, the road left says more than the lane's history (Approach)
        Eta eta = s.approach().orElseGet(() -> estimator.estimate(s.lane(s.last().region()), s.last(), s.carrierEstimate(), asOf));
        List<DelayRules.Impact> impacts = new ArrayList<>();
        for (DelayRules.Disruption d : known) {
            if (d.knownAndOpen(asOf)) {
                impact(s, d, eta, asOf).ifPresent(impacts::add);
            }
        }
        DelayRules.MissedPickup missed = missedPickup(s, asOf);
        DelayRisk risk = DelayRules.evaluate(new DelayRules.Situation(s.status(), s.statusReason(), s.last(), s.lastEventAt(), eta,
                s.promisedLatest(), impacts, s.destination(), asOf, missed, signals), previous);
        return new Prediction(expected(eta, impacts, missed), risk);
    }

    /**
     * The estimate to show: the latest of the plain estimate and the what-ifs (a known storm on the shipment's way, a
     * missed pickup), with the reason added to its basis. Measured: this took the ETA error in a stormy winter from 26 %
     * to 34 % below the carrier's estimate (docs/prediction.md).
     */
    private static Eta expected(Eta eta, List<DelayRules.Impact> impacts, DelayRules.MissedPickup missed) {
        Eta expected = eta;
        for (DelayRules.Impact impact : impacts) {
            if (impact.ifHeld().p50().isAfter(expected.p50())) {
                DelayRules.Disruption d = impact.disruption();
                expected = withBasis(impact.ifHeld(), eta.basis() + "; held by " + d.what() + " in " + d.region() + " until " + d.until());
            }
        }
        if (missed != null && missed.ifPickedUpNext().p50().isAfter(expected.p50())) {
            expected = withBasis(missed.ifPickedUpNext(), eta.basis() + "; leaves with the next pickup at " + missed.next());
        }
        return expected;
    }

    private static Eta withBasis(Eta eta, String basis) {
        return new Eta(eta.p50(), eta.p90(), eta.kind(), basis, eta.asOf(), eta.p20());
    }

    /**
     * A disruption meets the shipment where it was last scanned (it covers that scan, or begins within the hour after),
     * or at its destination before the round of its earliest likely delivery (P20) leaves. If it holds the shipment, the shipment moves on when it ends: the estimate is then that
     * of a transit scan in that region at that time.
     */
    private Optional<DelayRules.Impact> impact(Subject s, DelayRules.Disruption d, Eta eta, Instant asOf) {
        String here = s.last().region();
        if (s.status() == ShipmentStatus.OUT_FOR_DELIVERY) {
            return Optional.empty(); // on the van: a hub outage or a storm that stops rounds no longer holds it
        }
        boolean meetsHere = d.region().equalsIgnoreCase(here) && d.overlaps(s.last().at(), s.last().at().plus(STILL_THERE));
        boolean meetsThere = d.region().equalsIgnoreCase(s.destination())
                && d.overlaps(asOf, eta.p20().minus(ROUND_LEAVES_BEFORE));
        if (!meetsHere && !meetsThere) {
            return Optional.empty();
        }
        // known and open, so it ends after asOf: the shipment moves on then, from where it was held
        String where = meetsHere ? here : s.destination();
        Eta ifHeld = estimator.estimate(s.lane(where), new Checkpoint(Stage.IN_TRANSIT, where, d.until()),
                Optional.empty(), asOf);
        if (ifHeld.p50().isBefore(eta.p50())) {
            ifHeld = eta; // the disruption ends before the shipment would have moved on anyway
        }
        return Optional.of(new DelayRules.Impact(d, ifHeld));
    }

    /**
     * Packed but not handed over, and either packed after that day's pickup had gone, or a pickup came and went since
     * packing without the carrier's scan: it leaves with the next pickup at the earliest, and is then estimated like a
     * shipment handed over at that time.
     */
    private DelayRules.MissedPickup missedPickup(Subject s, Instant asOf) {
        if (s.pickup() == null || s.status() != ShipmentStatus.PACKED || s.last().stage() != Stage.AWAITING_PICKUP) {
            return null;
        }
        Instant packed = s.last().at();
        Instant before = s.pickup().previous(packed);
        boolean packedAfterTheDaysPickup = before.atZone(s.pickup().zone()).toLocalDate()
                .equals(packed.atZone(s.pickup().zone()).toLocalDate());
        boolean notCollected = !s.pickup().next(packed).isAfter(asOf);
        if (!packedAfterTheDaysPickup && !notCollected) {
            return null;
        }
        Instant missed = notCollected ? s.pickup().previous(asOf) : before;
        Instant next = s.pickup().next(asOf);
        Eta ifPickedUpNext = estimator.estimate(s.lane(s.last().region()), new Checkpoint(Stage.IN_TRANSIT, s.last().region(), next),
                s.carrierEstimate(), asOf);
        return new DelayRules.MissedPickup(missed, next, ifPickedUpNext);
    }
}
