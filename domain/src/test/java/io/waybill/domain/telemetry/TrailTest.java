package io.waybill.domain.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.waybill.domain.telemetry.Trail.Point;
import io.waybill.domain.tracking.GeoPoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrailTest {

    private static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");

    @Test
    void aStraightRoadBecomesItsEndsAndACornerStays() {
        List<Point> road = new ArrayList<>();
        for (int i = 0; i <= 100; i++) { // due east along 52° N, then due north
            road.add(new Point(T0.plusSeconds(i * 10L), new GeoPoint(52.0, 13.0 + i * 0.001)));
        }
        for (int i = 1; i <= 100; i++) {
            road.add(new Point(T0.plusSeconds(1_000 + i * 10L), new GeoPoint(52.0 + i * 0.001, 13.1)));
        }

        List<Point> kept = Trail.simplified(road, 25);

        assertThat(kept).extracting(Point::position)
                .containsExactly(new GeoPoint(52.0, 13.0), new GeoPoint(52.0, 13.1), new GeoPoint(52.1, 13.1));
    }

    @Test
    void aDetourWiderThanTheToleranceStaysAndANarrowOneGoes() {
        List<Point> wide = List.of(p(0, 52.0, 13.0), p(1, 52.001, 13.05), p(2, 52.0, 13.1)); // ~111 m off the line
        assertThat(Trail.simplified(wide, 50)).hasSize(3);
        assertThat(Trail.simplified(wide, 200)).hasSize(2);
    }

    @Test
    void aTrailWhosePointsAllStayNeedsNoDeepRecursion() {
        // the worst case: every point a turn, split off one at a time (kept on an explicit stack, not the thread's)
        List<Point> zigzag = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            zigzag.add(p(i, 52.0 + (i % 2) * 0.01, 13.0 + i * 0.001)); // 1.1 km up, 70 m on, 1.1 km down
        }
        assertThat(Trail.simplified(zigzag, 10)).hasSize(5_000); // every zig is 1 km off: all stay
    }

    @Test
    void distancesAreGreatCircleMetres() {
        // Berlin Alexanderplatz to Hamburg Rathaus: about 255 km
        assertThat(Trail.metres(new GeoPoint(52.5219, 13.4132), new GeoPoint(53.5503, 9.9921))).isCloseTo(255_000, within(3_000.0));
        assertThat(Trail.offLine(new GeoPoint(52.001, 13.05), new GeoPoint(52.0, 13.0), new GeoPoint(52.0, 13.1)))
                .isCloseTo(111, within(2.0));
    }

    @Test
    void twoPointsOrFewerStayAsTheyAre() {
        assertThat(Trail.simplified(List.of(), 10)).isEmpty();
        assertThat(Trail.simplified(List.of(p(0, 1, 1), p(1, 1, 1)), 10)).hasSize(2);
    }

    private static Point p(int second, double lat, double lon) {
        return new Point(T0.plusSeconds(second), new GeoPoint(lat, lon));
    }
}
