package io.waybill.domain.telemetry;

import io.waybill.domain.tracking.GeoPoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A route as a device drove it, simplified for display: the Ramer–Douglas–Peucker simplification keeps the points
 * that lie farther than a tolerance from the line through their neighbours, so a straight motorway stretch of a
 * thousand pings becomes two points and every turn stays. The first and the last point always stay.
 */
public final class Trail {

    private static final double EARTH_RADIUS_METRES = 6_371_000;

    /** One point of a trail: where and when. */
    public record Point(Instant at, GeoPoint position) {
    }

    private Trail() {
    }

    /** The points (in time order) that stay at {@code toleranceMetres}; the same list when it has two points or fewer. */
    public static List<Point> simplified(List<Point> points, double toleranceMetres) {
        if (points.size() <= 2) {
            return List.copyOf(points);
        }
        boolean[] keep = new boolean[points.size()];
        keep[0] = true;
        keep[points.size() - 1] = true;
        // an explicit stack: a trail of a million pings must not recurse a million deep
        List<int[]> spans = new ArrayList<>();
        spans.add(new int[] {0, points.size() - 1});
        while (!spans.isEmpty()) {
            int[] span = spans.removeLast();
            int farthest = -1;
            double distance = toleranceMetres;
            for (int i = span[0] + 1; i < span[1]; i++) {
                double d = offLine(points.get(i).position(), points.get(span[0]).position(), points.get(span[1]).position());
                if (d > distance) {
                    distance = d;
                    farthest = i;
                }
            }
            if (farthest > 0) {
                keep[farthest] = true;
                spans.add(new int[] {span[0], farthest});
                spans.add(new int[] {farthest, span[1]});
            }
        }
        List<Point> kept = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            if (keep[i]) {
                kept.add(points.get(i));
            }
        }
        return kept;
    }

    /** The great-circle distance in metres (haversine). */
    public static double metres(GeoPoint a, GeoPoint b) {
        double dLat = Math.toRadians(b.latitude() - a.latitude());
        double dLon = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(a.latitude())) * Math.cos(Math.toRadians(b.latitude())) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /**
     * How far {@code p} lies from the segment from {@code a} to {@code b}, in metres, on a local flat projection
     * (equirectangular at the segment's latitude): exact enough at the scale of a delivery route.
     */
    static double offLine(GeoPoint p, GeoPoint a, GeoPoint b) {
        double cos = Math.cos(Math.toRadians((a.latitude() + b.latitude()) / 2));
        double ax = 0;
        double ay = 0;
        double bx = Math.toRadians(b.longitude() - a.longitude()) * cos * EARTH_RADIUS_METRES;
        double by = Math.toRadians(b.latitude() - a.latitude()) * EARTH_RADIUS_METRES;
        double px = Math.toRadians(p.longitude() - a.longitude()) * cos * EARTH_RADIUS_METRES;
        double py = Math.toRadians(p.latitude() - a.latitude()) * EARTH_RADIUS_METRES;
        double length2 = (bx - ax) * (bx - ax) + (by - ay) * (by - ay);
        double t = length2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / length2));
        double dx = px - (ax + t * (bx - ax));
        double dy = py - (ay + t * (by - ay));
        return Math.sqrt(dx * dx + dy * dy);
    }
}
