package io.waybill.domain.eta;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What delivered shipments taught: for each lane and stage, the remaining time from entering the stage to delivery,
 * as streaming P50 and P90 (P²). Learning one delivered shipment costs a few constant-time updates (three lane levels
 * times its stages), whatever the history; nothing is re-read.
 */
public final class TransitStatistics {

    /** Below this many deliveries a lane level is not trusted and the next coarser one answers. */
    public static final int MIN_SAMPLES = 30;

    /**
     * The learned remaining time of one lane and stage: its P20, P50 and P90 (P²). The P20 is learned, not derived from
     * the spread, because remaining times are lumpy (a parcel at the hub before the morning round goes out today, after
     * it tomorrow); a cell stored before it was learned has none until it has seen {@link #MIN_SAMPLES} deliveries.
     */
    public static final class Cell {
        private final P2Quantile p20;
        private final P2Quantile p50;
        private final P2Quantile p90;

        public Cell() {
            this(new P2Quantile(0.2), new P2Quantile(0.5), new P2Quantile(0.9));
        }

        /** A cell stored before its P20 was learned. */
        public Cell(P2Quantile p50, P2Quantile p90) {
            this(null, p50, p90);
        }

        public Cell(P2Quantile p20, P2Quantile p50, P2Quantile p90) {
            this.p20 = p20 == null ? new P2Quantile(0.2) : p20;
            this.p50 = p50;
            this.p90 = p90;
        }

        void add(double hours) {
            p20.add(hours);
            p50.add(hours);
            p90.add(hours);
        }

        public long count() {
            return p50.count();
        }

        /** The learned P20, or (too few deliveries since it was learned) P50 - 0.66 (P90 - P50), as for a bell shape. */
        public Duration p20() {
            if (p20.count() >= MIN_SAMPLES) {
                return hours(Math.min(p20.value(), p50.value()));
            }
            Duration p50 = p50();
            return p50.minus(p90().minus(p50).multipliedBy(66).dividedBy(100));
        }

        public Duration p50() {
            return hours(p50.value());
        }

        public Duration p90() {
            return hours(Math.max(p50.value(), p90.value()));
        }

        public P2Quantile p20Estimator() {
            return p20;
        }

        public P2Quantile p50Estimator() {
            return p50;
        }

        public P2Quantile p90Estimator() {
            return p90;
        }

        private static Duration hours(double h) {
            return Duration.ofSeconds(Math.round(h * 3600));
        }
    }

    /**
     * A cell found for a lane, with the lane level that answered, and the remaining time it predicts: the cell's P20, P50, and
     * its P90 calibrated by how the carrier's recent deliveries at this stage fared ({@link Calibration}).
     */
    public record Found(Lane lane, Stage stage, boolean sameTimeSlot, Cell cell, Duration p20, Duration p50, Duration p90) {
    }

    /**
     * How far the P90s of one carrier at one stage are widened (or narrowed), learned online from how they fared: before
     * a delivery is learned, the estimate it would have had is checked against it, and the widening of the spread
     * (P90 - P50) moves a small step up when the delivery came after the P90, down when it came before, so that in
     * balance one delivery in ten comes after the P90 (adaptive conformal prediction, Gibbs and Candès 2021). P² alone
     * converges to everything it has seen and follows a change of conditions (winter, peak season) only slowly; this
     * follows the last few hundred deliveries. The P50 is left alone: remaining times are lumpy (deliveries happen in
     * morning rounds), and a shift of the median would wander in the gaps between the lumps.
     */
    public record Calibration(String carrier, String service, Stage stage, double p90Widening, long observations) {

        /** Per checked delivery, as a share of the spread; the widening stays within [0.5, 4]. */
        static final double STEP = 0.02;
        static final double MIN_WIDENING = 0.5;
        static final double MAX_WIDENING = 4;

        static Calibration none(String carrier, String service, Stage stage) {
            return new Calibration(carrier, service, stage, 1, 0);
        }

        Duration p90(Cell cell) {
            return cell.p50().plus(Duration.ofSeconds(Math.round(p90Widening * cell.p90().minus(cell.p50()).toSeconds())));
        }

        Calibration after(Cell cell, double actualHours) {
            boolean late = actualHours * 3600 > p90(cell).toSeconds();
            return new Calibration(carrier, service, stage, Math.clamp(p90Widening + STEP * ((late ? 1 : 0) - 0.1), MIN_WIDENING,
                    MAX_WIDENING), observations + 1);
        }
    }

    /** Per carrier and service: an express parcel's estimates fare differently from a standard one's. */
    private record CalibrationKey(String carrier, String service, Stage stage) {
    }

    private final Map<CalibrationKey, Calibration> calibrations = new HashMap<>();

    /** A lane level, a stage, and the time slot of the checkpoint (or -1: any time). */
    private record Key(Lane lane, Stage stage, int slot) {
    }

    /**
     * When in the week a checkpoint happened, in Central European time: six four-hour slots, on a weekday or at the
     * weekend. The remaining time depends on it (a parcel scanned in the evening waits for the next morning's round;
     * none goes out on Sunday).
     */
    static int slot(Instant at) {
        ZonedDateTime local = at.atZone(ZoneId.of("Europe/Berlin"));
        boolean weekend = local.getDayOfWeek() == DayOfWeek.SATURDAY || local.getDayOfWeek() == DayOfWeek.SUNDAY;
        return local.getHour() / 4 + (weekend ? 6 : 0);
    }

    private final Map<Key, Cell> cells = new HashMap<>();

    /** A cell that learning changed: to be stored. */
    public record Touched(Lane lane, Stage stage, int slot, Cell cell) {
    }

    /**
     * Learns a delivered shipment: the remaining time to delivery from each of its checkpoints, on the lane from the
     * checkpoint's region to the destination, and on the coarser levels. Returns the cells it changed.
     */
    public synchronized List<Touched> learn(String carrier, String service, String destination, List<Checkpoint> checkpoints,
            Instant deliveredAt) {
        Map<Key, Cell> touched = new LinkedHashMap<>();
        for (Checkpoint checkpoint : checkpoints) {
            if (checkpoint.at().isAfter(deliveredAt)) {
                continue;
            }
            double hours = Duration.between(checkpoint.at(), deliveredAt).toSeconds() / 3600.0;
            int slot = slot(checkpoint.at());
            Lane lane = new Lane(carrier, service, checkpoint.region(), destination);
            // first how the estimate this checkpoint had would have fared (calibration), then the delivery itself
            Optional<Found> estimated = lookup(lane, checkpoint.stage(), checkpoint.at());
            if (estimated.isPresent()) {
                CalibrationKey key = new CalibrationKey(carrier, lane.service(), checkpoint.stage());
                calibrations.put(key, calibration(key).after(estimated.get().cell(), hours));
            }
            for (Lane level : levels(lane)) {
                for (int s : new int[] {slot, -1}) {
                    Key key = new Key(level, checkpoint.stage(), s);
                    Cell cell = cells.computeIfAbsent(key, k -> new Cell());
                    cell.add(hours);
                    touched.put(key, cell);
                }
            }
        }
        return touched.entrySet().stream().map(e -> new Touched(e.getKey().lane(), e.getKey().stage(), e.getKey().slot(),
                e.getValue())).toList();
    }

    /**
     * How wrong a carrier's own estimates of one service have been: delivered minus estimated, in hours (P20, P50, P90),
     * kept in a cell of a pseudo-lane ({@link #estimateErrors(String, String)}) so it is stored and restored like every
     * other cell. It is never found as a lane: no scan happens in region {@value #ESTIMATE_ERRORS}.
     */
    static final String ESTIMATE_ERRORS = "carrier-estimate-error";

    /** The pseudo-lane of a carrier's estimate errors for one service. */
    public static Lane estimateErrors(String carrier, String service) {
        return new Lane(carrier, service, ESTIMATE_ERRORS, ESTIMATE_ERRORS);
    }

    /**
     * Learns a delivered shipment as {@link #learn(String, String, String, List, Instant)} does and, when the carrier
     * had estimated it, how far off that estimate was.
     */
    public synchronized List<Touched> learn(String carrier, String service, String destination, List<Checkpoint> checkpoints,
            Instant deliveredAt, Optional<Instant> carrierEstimate) {
        List<Touched> touched = new ArrayList<>(learn(carrier, service, destination, checkpoints, deliveredAt));
        if (carrierEstimate.isPresent()) {
            Key key = new Key(estimateErrors(carrier, service), Stage.IN_TRANSIT, -1);
            Cell cell = cells.computeIfAbsent(key, k -> new Cell());
            cell.add(Duration.between(carrierEstimate.get(), deliveredAt).toSeconds() / 3600.0);
            touched.add(new Touched(key.lane(), key.stage(), key.slot(), cell));
        }
        return touched;
    }

    /** How wrong the carrier's estimates of this service have been, once {@link #MIN_SAMPLES} deliveries tell. */
    public synchronized Optional<Cell> estimateErrors(Lane lane) {
        Cell cell = cells.get(new Key(estimateErrors(lane.carrier(), lane.service()), Stage.IN_TRANSIT, -1));
        return cell != null && cell.count() >= MIN_SAMPLES ? Optional.of(cell) : Optional.empty();
    }

    /**
     * The most specific lane level with enough deliveries for this stage, at this time slot if it can, calibrated by the
     * carrier's recent deliveries.
     */
    public Optional<Found> lookup(Lane lane, Stage stage, Instant at) {
        return lookup(lane, stage, at, ANY_LEVEL);
    }

    private static final Predicate<Found> ANY_LEVEL = found -> true;

    /**
     * The same, skipping levels {@code acceptable} refuses (a caller with a better source for some of them): the most
     * specific level with enough deliveries that it accepts.
     */
    public synchronized Optional<Found> lookup(Lane lane, Stage stage, Instant at, Predicate<Found> acceptable) {
        int slot = slot(at);
        Calibration calibration = calibration(new CalibrationKey(lane.carrier(), lane.service(), stage));
        for (Lane level : levels(lane)) {
            for (int s : new int[] {slot, -1}) {
                Cell cell = cells.get(new Key(level, stage, s));
                if (cell != null && cell.count() >= MIN_SAMPLES) {
                    Found found = new Found(level, stage, s >= 0, cell, cell.p20(), cell.p50(), calibration.p90(cell));
                    if (acceptable.test(found)) {
                        return Optional.of(found);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private Calibration calibration(CalibrationKey key) {
        return calibrations.getOrDefault(key, Calibration.none(key.carrier(), key.service(), key.stage()));
    }

    /** The calibration of every carrier and stage, to be stored. */
    public synchronized List<Calibration> calibrations() {
        return List.copyOf(calibrations.values());
    }

    /** Restores a stored calibration. */
    public synchronized void restore(Calibration calibration) {
        calibrations.put(new CalibrationKey(calibration.carrier(), calibration.service(), calibration.stage()), calibration);
    }

    /** Restores a stored cell (statistics survive restarts); {@code slot} -1 for any time. */
    public synchronized void restore(Lane lane, Stage stage, int slot, Cell cell) {
        cells.put(new Key(lane, stage, slot), cell);
    }

    public synchronized int size() {
        return cells.size();
    }

    /** From the most to the least specific: the lane, all lanes to its destination, the carrier, the network. */
    static Collection<Lane> levels(Lane lane) {
        return List.of(lane, new Lane(lane.carrier(), lane.service(), Lane.ANY, lane.destination()), lane.carrierWide(),
                Lane.network());
    }
}
