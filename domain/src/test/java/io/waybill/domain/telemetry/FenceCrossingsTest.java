package io.waybill.domain.telemetry;

import static io.waybill.domain.telemetry.GeofenceFixtures.HUB;
import static io.waybill.domain.telemetry.GeofenceFixtures.T0;
import static io.waybill.domain.telemetry.GeofenceFixtures.at;
import static io.waybill.domain.telemetry.GeofenceFixtures.staying;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.waybill.domain.shared.InvalidValueException;
import io.waybill.domain.telemetry.FenceCrossings.Crossing;
import io.waybill.domain.telemetry.FenceCrossings.Kind;
import io.waybill.domain.tracking.GeoPoint;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FenceCrossingsTest {

    /** Outside for 10 min, in the hub for an hour, then away: one arrival, one departure. */
    private static List<Reading> aStopAtTheHub() {
        List<Reading> r = new ArrayList<>(staying(0, 20, 5_000));
        r.addAll(staying(600, 120, 50));
        r.addAll(staying(4_200, 20, 4_000));
        return r;
    }

    @Test
    void aStopGivesAnArrivalAtTheFirstPositionInsideAndADepartureAtTheFirstOutside() {
        assertThat(FenceCrossings.of(HUB, aStopAtTheHub())).containsExactly(
                new Crossing(HUB.id(), Kind.ARRIVAL, T0.plusSeconds(600)),
                new Crossing(HUB.id(), Kind.DEPARTURE, T0.plusSeconds(4_200)));
    }

    @Test
    void theFirstPositionIsWhereTheDeviceStartsNotACrossing() {
        List<Reading> r = new ArrayList<>(staying(0, 20, 100)); // switched on in the hub
        r.addAll(staying(600, 20, 3_000));
        assertThat(FenceCrossings.of(HUB, r)).containsExactly(new Crossing(HUB.id(), Kind.DEPARTURE, T0.plusSeconds(600)));
    }

    @Test
    void jitterAroundTheEdgeIsNoCrossing() {
        List<Reading> r = new ArrayList<>(staying(0, 10, 50)); // inside
        for (int i = 0; i < 60; i++) { // a van parked at the edge: fixes scatter 480-590 m, never beyond radius + 100 m
            r.add(at(300 + 30L * i, i % 2 == 0 ? 480 : 590));
        }
        assertThat(FenceCrossings.of(HUB, r)).isEmpty();
    }

    @Test
    void aStrayFixOrPassingByShorterThanTheDwellIsNoCrossing() {
        List<Reading> stray = new ArrayList<>(staying(0, 20, 50));
        stray.add(at(600, 2_000)); // one fix 2 km off
        stray.addAll(staying(630, 20, 50));
        assertThat(FenceCrossings.of(HUB, stray)).isEmpty();

        List<Reading> passing = new ArrayList<>(staying(0, 20, 5_000));
        passing.addAll(staying(600, 4, 300)); // 90 s through the fence on the motorway
        passing.addAll(staying(720, 20, 5_000));
        assertThat(FenceCrossings.of(HUB, passing)).isEmpty();
    }

    @Test
    void aCrossingIsReportedOnlyOnceTheDwellIsOver() {
        List<Reading> r = new ArrayList<>(staying(0, 20, 5_000));
        r.addAll(staying(600, 6, 50)); // 2.5 min in so far
        assertThat(FenceCrossings.of(HUB, r)).isEmpty();
        r.add(at(600 + FenceCrossings.MIN_DWELL.toSeconds(), 60));
        assertThat(FenceCrossings.of(HUB, r)).containsExactly(new Crossing(HUB.id(), Kind.ARRIVAL, T0.plusSeconds(600)));
    }

    @Test
    void outOfOrderAndDuplicatedPositionsGiveTheSameCrossings() {
        List<Crossing> inOrder = FenceCrossings.of(HUB, aStopAtTheHub());
        Random random = new Random(14);
        for (int round = 0; round < 20; round++) {
            List<Reading> shuffled = new ArrayList<>(aStopAtTheHub());
            shuffled.addAll(aStopAtTheHub().subList(0, 50 + random.nextInt(100))); // sent twice
            Collections.shuffle(shuffled, random);
            assertThat(FenceCrossings.of(HUB, shuffled)).isEqualTo(inOrder);
        }
    }

    @Test
    void aFixLessAccurateThanTheRadiusSaysNothing() {
        List<Reading> r = new ArrayList<>(staying(0, 20, 5_000));
        GeoPoint inside = at(0, 10).position();
        for (int i = 0; i < 20; i++) {
            r.add(new Reading(T0.plusSeconds(600 + 30L * i), inside, null, null, null, 800.0, null, null, null, null, null));
        }
        assertThat(FenceCrossings.of(HUB, r)).isEmpty();
    }

    @Test
    void aFenceHasAPlausibleRadius() {
        assertThatThrownBy(() -> new Geofence(HUB.id(), "Hub", HUB.centre(), 10, null, null, null))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("radiusMetres");
        assertThatThrownBy(() -> new Geofence(HUB.id(), "Hub", HUB.centre(), Double.NaN, null, null, null))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("radiusMetres");
        assertThatThrownBy(() -> new Geofence(HUB.id(), " ", HUB.centre(), 500, null, null, null))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("name");
    }
}
