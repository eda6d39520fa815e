package io.waybill.domain.eta;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Estimates a shipment's delivery from its latest checkpoint: the learned remaining time of its lane and stage at the
 * checkpoint's time of the week; when that has too few deliveries, the carrier's own estimate while it is still ahead
 * (it knows the shipment and the time of day); without one, the lane at any time of the week, all the carrier's lanes
 * to the destination, the carrier's lanes, then the whole network; else a static transit time. After a hold or a failed
 * attempt the carrier's earlier estimate goes last. Constant cost: one lookup per level.
 *
 * <p>An estimate never lies in the past: a shipment that is already later than the learned median is expected
 * "from now", with the learned spread kept.
 */
public final class EtaEstimator {

    /** Without any data: two days from hand-over, a week as the pessimistic end. */
    public static final Duration STATIC_TRANSIT = Duration.ofDays(2);
    public static final Duration STATIC_SPREAD = Duration.ofDays(3);
    /** How much later than the carrier's promise one in ten deliveries come, when only the carrier's estimate is known. */
    public static final Duration CARRIER_ESTIMATE_SPREAD = Duration.ofHours(18);

    private final TransitStatistics statistics;

    public EtaEstimator(TransitStatistics statistics) {
        this.statistics = statistics;
    }

    /**
     * @param lane            carrier, service, the checkpoint's region and the destination region
     * @param at              the latest checkpoint (stage entered or scan)
     * @param carrierEstimate the carrier's own latest delivery estimate, if it gave one
     * @param asOf            the instant the estimate is for (never before {@code at.at()})
     */
    public Eta estimate(Lane lane, Checkpoint at, Optional<Instant> carrierEstimate, Instant asOf) {
        // The carrier's own estimate knows this shipment and the time of day: while it is still ahead, only the lane's
        // statistics at this time of the week go before it. The coarser levels mix shipments scanned at other times
        // (before or after the evening cut-off), and all lanes to the destination mix shipments just handed over with
        // those already there. Not after a hold or a failed attempt, which an estimate given before did not foresee,
        // nor once the estimate has passed: then the statistics go first, at every level.
        boolean carrierFirst = carrierEstimate.isPresent() && !carrierEstimate.get().isBefore(asOf) && !afterTrouble(at.stage());
        // a scan without a place makes a lane from anywhere: then no statistics go before the carrier's estimate
        Optional<TransitStatistics.Found> found = !carrierFirst ? statistics.lookup(lane, at.stage(), at.at())
                : regional(lane) ? statistics.lookup(lane, at.stage(), at.at(), f -> f.sameTimeSlot() && f.lane().equals(lane))
                : Optional.empty();
        if (found.isPresent()) {
            TransitStatistics.Cell cell = found.get().cell();
            Instant p20 = at.at().plus(found.get().p20());
            Instant p50 = at.at().plus(found.get().p50());
            Instant p90 = at.at().plus(found.get().p90());
            Duration spread = Duration.between(p50, p90);
            if (p50.isBefore(asOf)) {
                p50 = asOf;
            }
            if (p90.isBefore(p50.plus(spread.dividedBy(2)))) {
                p90 = p50.plus(spread.dividedBy(2));
            }
            Lane level = found.get().lane();
            Eta.Basis kind = level.equals(lane) ? Eta.Basis.LANE_STATISTICS
                    : level.carrier().equals(Lane.ANY) ? Eta.Basis.NETWORK_STATISTICS : Eta.Basis.CARRIER_WIDE_STATISTICS;
            return new Eta(p50, p90, kind, "learned from " + cell.count() + " deliveries of " + level.describe()
                    + (found.get().sameTimeSlot() ? " scanned at this time of the week" : "") + ", " + stage(at.stage()), asOf, p20);
        }
        if (carrierEstimate.isPresent()) {
            return fromCarrierEstimate(lane, carrierEstimate.get(), asOf);
        }
        Instant p50 = at.at().plus(STATIC_TRANSIT);
        if (p50.isBefore(asOf)) {
            p50 = asOf;
        }
        return new Eta(p50, p50.plus(STATIC_SPREAD), Eta.Basis.STATIC_TRANSIT_TIME,
                "a static transit time of " + STATIC_TRANSIT.toDays() + " days (no deliveries to learn from, no carrier estimate)",
                asOf);
    }

    /**
     * The carrier's own estimate as the ETA. Once {@link TransitStatistics#MIN_SAMPLES} of its estimates for this service
     * have been checked against their deliveries, corrected by how wrong they were (P20, P50 and P90 of the error);
     * before that, or once even the corrected estimate has passed, the estimate itself (never before {@code asOf}) with
     * a fixed spread.
     */
    private Eta fromCarrierEstimate(Lane lane, Instant estimate, Instant asOf) {
        // once even the corrected estimate has passed, the errors learned say little: "from now", with the wide spread
        Optional<TransitStatistics.Cell> errors = statistics.estimateErrors(lane)
                .filter(error -> !estimate.plus(error.p50()).isBefore(asOf));
        String thin = "too few deliveries on this lane at this time of the week to learn from yet";
        if (errors.isEmpty()) {
            Instant promised = estimate.isBefore(asOf) ? asOf : estimate;
            return new Eta(promised, promised.plus(CARRIER_ESTIMATE_SPREAD), Eta.Basis.CARRIER_ESTIMATE,
                    "the carrier's own estimate (" + thin + ")", asOf);
        }
        TransitStatistics.Cell error = errors.get();
        Instant p20 = estimate.plus(error.p20());
        Instant p50 = estimate.plus(error.p50());
        Instant p90 = estimate.plus(error.p90());
        return new Eta(p50, p90, Eta.Basis.CARRIER_ESTIMATE, "the carrier's own estimate, corrected by how " + error.count()
                + " of its " + lane.service() + " estimates fared (median " + signedHours(error.p50()) + ", nine in ten by "
                + signedHours(error.p90()) + "; " + thin + ")", asOf, p20);
    }

    private static String signedHours(Duration d) {
        long minutes = d.toMinutes();
        return (minutes < 0 ? "-" : "+") + String.format(Locale.ROOT, "%.1f h", Math.abs(minutes) / 60.0);
    }

    /** A lane from a known region to a known one (a scan without a place makes a lane from anywhere). */
    private static boolean regional(Lane lane) {
        return !lane.origin().equals(Lane.ANY) && !lane.destination().equals(Lane.ANY);
    }

    private static boolean afterTrouble(Stage stage) {
        return stage == Stage.HELD || stage == Stage.ATTEMPT_FAILED;
    }

    private static String stage(Stage stage) {
        return switch (stage) {
            case AWAITING_PICKUP -> "counted from packing";
            case IN_TRANSIT -> "counted from the last transit scan";
            case OUT_FOR_DELIVERY -> "counted from going out for delivery";
            case HELD -> "counted from the carrier's hold";
            case ATTEMPT_FAILED -> "counted from the failed delivery attempt";
        };
    }
}
