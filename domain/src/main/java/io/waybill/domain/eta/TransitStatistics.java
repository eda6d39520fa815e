package io.waybill.domain.eta;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What delivered shipments taught: for each lane and stage, the remaining time from entering the stage to delivery,
 * as streaming P50 and P90 (P²). Learning one delivered shipment costs a few constant-time updates (three lane levels
 * times its stages), whatever the history; nothing is re-read.
 */
public final class TransitStatistics {

    /** Below this many deliveries a lane level is not trusted and the next coarser one answers. */
    public static final int MIN_SAMPLES = 30;

    /** The learned remaining time of one lane and stage. */
    public static final class Cell {
        private final P2Quantile p50;
        private final P2Quantile p90;

        public Cell() {
            this(new P2Quantile(0.5), new P2Quantile(0.9));
        }

        public Cell(P2Quantile p50, P2Quantile p90) {
            this.p50 = p50;
            this.p90 = p90;
        }

        void add(double hours) {
            p50.add(hours);
            p90.add(hours);
        }

        public long count() {
            return p50.count();
        }

        public Duration p50() {
            return hours(p50.value());
        }

        public Duration p90() {
            return hours(Math.max(p50.value(), p90.value()));
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

    /** A cell found for a lane, with the lane level that answered. */
    public record Found(Lane lane, Stage stage, boolean sameTimeSlot, Cell cell) {
    }

    /** A lane level, a stage, and the time slot of the checkpoint (or -1: any time). */
    private record Key(Lane lane, Stage stage, int slot) {
    }

    /**
     * When in the week a checkpoint happened, in Central European time: six four-hour slots, on a weekday or at the
     * weekend. The remaining time depends on it (a parcel scanned in the evening waits for the next morning's round;
     * none goes out on Sunday).
     */
    static int slot(Instant at) {
        java.time.ZonedDateTime local = at.atZone(java.time.ZoneId.of("Europe/Berlin"));
        boolean weekend = local.getDayOfWeek() == java.time.DayOfWeek.SATURDAY || local.getDayOfWeek() == java.time.DayOfWeek.SUNDAY;
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
        Map<Key, Cell> touched = new java.util.LinkedHashMap<>();
        for (Checkpoint checkpoint : checkpoints) {
            if (checkpoint.at().isAfter(deliveredAt)) {
                continue;
            }
            double hours = Duration.between(checkpoint.at(), deliveredAt).toSeconds() / 3600.0;
            int slot = slot(checkpoint.at());
            for (Lane level : levels(new Lane(carrier, service, checkpoint.region(), destination))) {
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

    /** The most specific lane level with enough deliveries for this stage, at this time slot if it can. */
    public synchronized Optional<Found> lookup(Lane lane, Stage stage, Instant at) {
        int slot = slot(at);
        for (Lane level : levels(lane)) {
            for (int s : new int[] {slot, -1}) {
                Cell cell = cells.get(new Key(level, stage, s));
                if (cell != null && cell.count() >= MIN_SAMPLES) {
                    return Optional.of(new Found(level, stage, s >= 0, cell));
                }
            }
        }
        return Optional.empty();
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
