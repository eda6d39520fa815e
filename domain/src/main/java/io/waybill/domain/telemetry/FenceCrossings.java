package io.waybill.domain.telemetry;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * When a device's positions entered and left a geofence, with hysteresis against GPS jitter.
 *
 * <ul>
 * <li>A position is <em>inside</em> within the radius, <em>outside</em> beyond the radius plus
 * {@link #HYSTERESIS_METRES}; in the band between it changes nothing. A position whose own accuracy is worse than the
 * radius says nothing about the fence and is left out.</li>
 * <li>The first position decides where the device starts; that is no crossing (a tracker switched on in the hub did not
 * arrive there).</li>
 * <li>An arrival is the first position inside after the device was outside, once it stayed (no position outside) for
 * {@link #MIN_DWELL}: a van passing a hub on the motorway, or a single stray fix, is no arrival. A departure likewise:
 * the first position outside after it was inside, once it stayed away for the dwell. A crossing not yet confirmed (the
 * newest positions are within the dwell) is not reported: the next look, with more positions, reports it.</li>
 * </ul>
 * The result depends only on the positions, not on the order they arrived in or on duplicates: they are sorted by
 * time and one per instant is kept. A crossing is named by its instant, so it is the same crossing in every look that
 * sees the positions around it.
 */
public final class FenceCrossings {

    /** Leaving counts only this far beyond the radius: fixes scatter by tens of metres around a standing van. */
    public static final double HYSTERESIS_METRES = 100;
    /** A crossing counts once the device stayed on the new side this long. */
    public static final Duration MIN_DWELL = Duration.ofMinutes(3);

    /** Which way a device crossed. */
    public enum Kind { ARRIVAL, DEPARTURE }

    /** The device crossed the fence at {@code at}: the instant of its first position on the new side. */
    public record Crossing(GeofenceId fence, Kind kind, Instant at) {
    }

    private enum Side { INSIDE, OUTSIDE, BAND }

    private FenceCrossings() {
    }

    /** The confirmed crossings of {@code fence} by the positions among {@code readings}, oldest first. */
    public static List<Crossing> of(Geofence fence, List<Reading> readings) {
        TreeMap<Instant, Side> sides = new TreeMap<>();
        for (Reading r : readings) {
            if (r.position() == null || (r.accuracyMetres() != null && r.accuracyMetres() > fence.radiusMetres())) {
                continue;
            }
            sides.putIfAbsent(r.at(), side(fence, r));
        }
        List<Crossing> crossings = new ArrayList<>();
        Side state = null; // INSIDE or OUTSIDE once known
        Instant candidate = null; // the first position on the other side, while it is not yet confirmed
        for (var e : sides.entrySet()) {
            Side side = e.getValue();
            if (state == null) {
                if (side != Side.BAND) {
                    state = side;
                }
                continue;
            }
            Side other = state == Side.INSIDE ? Side.OUTSIDE : Side.INSIDE;
            if (candidate == null) {
                if (side == other) {
                    candidate = e.getKey();
                }
            } else if (side == state) {
                candidate = null; // back before the dwell was over: jitter, or passing by
            } else if (!e.getKey().isBefore(candidate.plus(MIN_DWELL))) {
                crossings.add(new Crossing(fence.id(), other == Side.INSIDE ? Kind.ARRIVAL : Kind.DEPARTURE, candidate));
                state = other;
                candidate = null;
            }
        }
        crossings.sort(Comparator.comparing(Crossing::at));
        return crossings;
    }

    private static Side side(Geofence fence, Reading r) {
        double d = fence.metresFrom(r.position());
        if (d <= fence.radiusMetres()) {
            return Side.INSIDE;
        }
        return d > fence.radiusMetres() + HYSTERESIS_METRES ? Side.OUTSIDE : Side.BAND;
    }
}
