package io.waybill.domain.eta;

import io.waybill.domain.telemetry.Trail;
import io.waybill.domain.tracking.GeoPoint;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The ETA of a shipment near its destination from its tracker's positions: when its last position is within
 * {@link #RANGE_METRES} of the destination, P50 is that position's time plus the distance at the mean speed of the
 * readings just before it, P90 adds {@link #P90_EXTRA} of that travel time. The speed is held within
 * {@link #FLOOR_KMH}–{@link #CAP_KMH}: a van stopped at lights is not never arriving, a burst on the motorway is not the
 * last kilometres in town. Invariants: nothing without a position reported within {@link #FRESH} of now (an old fix
 * says nothing about now), and neither percentile before now.
 */
public final class Approach {

    /** How near the destination the positions must be: beyond, the carrier's network decides more than the road. */
    public static final double RANGE_METRES = 50_000;
    public static final double FLOOR_KMH = 15;
    public static final double CAP_KMH = 90;
    /** The P90's travel time over the P50's: half as long again. */
    public static final double P90_EXTRA = 0.5;
    /** The newest position must be this recent. */
    public static final Duration FRESH = Duration.ofHours(1);
    /** The readings whose speeds make the mean: those this long before the newest. */
    public static final Duration SPEED_WINDOW = Duration.ofMinutes(30);

    /** A reported position with the speed the device reported with it (km/h), if any. */
    public record Fix(Instant at, GeoPoint position, Double speedKmh) {
    }

    private Approach() {
    }

    /**
     * @param fixes       the tracker's recent positions, in any order
     * @param destination the centre of the destination's fence
     * @param name        the fence's name, for the basis ("12 km from Depot Berlin-Mitte at 38 km/h (device positions)")
     * @return empty beyond the range, without a fresh position, or without one at all
     */
    public static Optional<Eta> estimate(List<Fix> fixes, GeoPoint destination, String name, Instant asOf) {
        Optional<Fix> newest = fixes.stream().filter(f -> !f.at().isAfter(asOf.plus(Duration.ofMinutes(5))))
                .max(Comparator.comparing(Fix::at));
        if (newest.isEmpty() || newest.get().at().isBefore(asOf.minus(FRESH))) {
            return Optional.empty();
        }
        Fix last = newest.get();
        double metres = Trail.metres(last.position(), destination);
        if (metres > RANGE_METRES) {
            return Optional.empty();
        }
        List<Fix> window = fixes.stream().filter(f -> !f.at().isBefore(last.at().minus(SPEED_WINDOW)) && !f.at().isAfter(last.at()))
                .sorted(Comparator.comparing(Fix::at)).toList();
        double kmh = Math.min(CAP_KMH, Math.max(FLOOR_KMH, speed(window)));
        long seconds = Math.round(metres / 1000 / kmh * 3600);
        Instant p50 = later(last.at().plusSeconds(seconds), asOf);
        Instant p90 = later(last.at().plusSeconds(Math.round(seconds * (1 + P90_EXTRA))), asOf);
        String basis = String.format(Locale.ROOT, "%d km from %s at %d km/h (device positions)", Math.round(metres / 1000), name,
                Math.round(kmh));
        return Optional.of(new Eta(p50, p90, Eta.Basis.DEVICE_POSITIONS, basis, asOf));
    }

    /** The mean of the reported speeds; without any, the distance driven over the time taken; 0 when neither is known. */
    static double speed(List<Fix> window) {
        double sum = 0;
        int reported = 0;
        for (Fix f : window) {
            if (f.speedKmh() != null) {
                sum += f.speedKmh();
                reported++;
            }
        }
        if (reported > 0) {
            return sum / reported;
        }
        double metres = 0;
        for (int i = 1; i < window.size(); i++) {
            metres += Trail.metres(window.get(i - 1).position(), window.get(i).position());
        }
        long seconds = window.size() < 2 ? 0 : Duration.between(window.getFirst().at(), window.getLast().at()).toSeconds();
        return seconds == 0 ? 0 : metres / 1000 / (seconds / 3600.0);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
