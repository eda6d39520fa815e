package io.waybill.domain.eta;

import static org.assertj.core.api.Assertions.assertThat;

import io.waybill.domain.eta.Approach.Fix;
import io.waybill.domain.tracking.GeoPoint;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The ETA near the destination from a tracker's positions; distances on the meridian, 0.01° = 1.112 km. */
class ApproachTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final GeoPoint DEPOT = new GeoPoint(52.52, 13.40);
    private static final String NAME = "Depot Berlin-Mitte";

    private static Fix at(int minutesAgo, double latitude, Double speed) {
        return new Fix(NOW.minus(Duration.ofMinutes(minutesAgo)), new GeoPoint(latitude, 13.40), speed);
    }

    @Test
    void theDistanceLeftAtTheMeanReportedSpeedAndHalfAsLongAgainForTheP90() {
        // 0.18° south of the depot: 20.015 km; 30, 40 and 50 km/h: 40 km/h, so 1,801 s
        List<Fix> fixes = List.of(at(2, 52.34, 50.0), at(12, 52.30, 30.0), at(7, 52.32, 40.0), at(45, 52.0, 80.0));

        Eta eta = Approach.estimate(fixes, DEPOT, NAME, NOW).orElseThrow();

        Instant last = NOW.minus(Duration.ofMinutes(2));
        assertThat(eta.p50()).isEqualTo(last.plusSeconds(1_801));
        assertThat(eta.p90()).isEqualTo(last.plusSeconds(2_702));
        assertThat(eta.kind()).isEqualTo(Eta.Basis.DEVICE_POSITIONS);
        assertThat(eta.basis()).as("the 80 km/h of 45 min ago is outside the speed window")
                .isEqualTo("20 km from Depot Berlin-Mitte at 40 km/h (device positions)");
    }

    @Test
    void theSpeedIsHeldBetweenFifteenAndNinetyKilometresAnHour() {
        Eta crawling = Approach.estimate(List.of(at(1, 52.34, 0.0), at(3, 52.339, 5.0)), DEPOT, NAME, NOW).orElseThrow();
        Eta racing = Approach.estimate(List.of(at(1, 52.34, 130.0)), DEPOT, NAME, NOW).orElseThrow();

        assertThat(crawling.basis()).endsWith("at 15 km/h (device positions)");
        assertThat(crawling.p50()).isEqualTo(NOW.minus(Duration.ofMinutes(1)).plusSeconds(4_804)); // 20.015 km at 15 km/h
        assertThat(racing.basis()).endsWith("at 90 km/h (device positions)");
        assertThat(racing.p50()).isEqualTo(NOW.minus(Duration.ofMinutes(1)).plusSeconds(801));
    }

    @Test
    void withoutReportedSpeedsTheDistanceDrivenOverTheTimeTaken() {
        // 0.09° in 10 min: 10.008 km in 1/6 h, 60 km/h
        Eta eta = Approach.estimate(List.of(at(11, 52.25, null), at(1, 52.34, null)), DEPOT, NAME, NOW).orElseThrow();

        assertThat(eta.basis()).isEqualTo("20 km from Depot Berlin-Mitte at 60 km/h (device positions)");
    }

    @Test
    void nothingBeyondFiftyKilometresWithoutAFreshPositionOrWithoutAny() {
        assertThat(Approach.estimate(List.of(at(1, 52.02, 60.0)), DEPOT, NAME, NOW)).as("55.6 km away").isEmpty();
        assertThat(Approach.estimate(List.of(at(1, 52.08, 60.0)), DEPOT, NAME, NOW)).as("48.9 km away").isPresent();
        assertThat(Approach.estimate(List.of(at(61, 52.34, 60.0)), DEPOT, NAME, NOW)).as("an hour old").isEmpty();
        assertThat(Approach.estimate(List.of(), DEPOT, NAME, NOW)).isEqualTo(Optional.empty());
    }

    @Test
    void neverBeforeNow() {
        // 2.2 km at 90 km/h from 55 min ago: it should be there, so "now" rather than the past
        Eta eta = Approach.estimate(List.of(at(55, 52.50, 90.0)), DEPOT, NAME, NOW).orElseThrow();

        assertThat(eta.p50()).isEqualTo(NOW);
        assertThat(eta.p90()).isEqualTo(NOW);
    }
}
