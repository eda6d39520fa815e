package io.waybill.domain.eta;

import static org.assertj.core.api.Assertions.assertThat;

import io.waybill.domain.order.ShipmentStatus;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DelayPredictorTest {

    /** A Wednesday, 10:00 UTC (11:00 in Berlin). */
    private static final Instant T = Instant.parse("2026-11-25T10:00:00Z");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final PickupSchedule FOUR_PM = new PickupSchedule(LocalTime.of(16, 0), BERLIN, PickupSchedule.WORKING_DAYS);

    /** Every checkpoint anywhere is delivered 20 h later (a little spread). */
    private static TransitStatistics twentyHours() {
        TransitStatistics statistics = new TransitStatistics();
        for (int i = 0; i < 200; i++) {
            Instant at = T.minus(Duration.ofDays(30)).plus(Duration.ofMinutes(37L * i));
            for (String region : List.of("DE-Berlin", "DE-Munich")) {
                for (Stage stage : List.of(Stage.IN_TRANSIT, Stage.AWAITING_PICKUP)) {
                    statistics.learn("sim", "standard", "DE-Munich", List.of(new Checkpoint(stage, region, at)),
                            at.plus(Duration.ofHours(20)).plus(Duration.ofMinutes(i % 90)));
                }
            }
        }
        return statistics;
    }

    private static DelayPredictor.Subject inTransitAtBerlin(Instant scanned, Instant promise) {
        return new DelayPredictor.Subject("sim", "standard", "DE-Munich", ShipmentStatus.IN_TRANSIT, null,
                new Checkpoint(Stage.IN_TRANSIT, "DE-Berlin", scanned), scanned, Optional.empty(), promise, FOUR_PM);
    }

    @Test
    void aStormForecastAtTheDestinationBeforeTheDeliveryRaisesTheAlarmAtHandOverAndMovesTheEstimate() {
        DelayPredictor predictor = new DelayPredictor(new EtaEstimator(twentyHours()));
        Instant promise = T.plus(Duration.ofHours(24));
        DelayRules.Disruption storm = new DelayRules.Disruption("DE-Munich", "Storm", T.plus(Duration.ofHours(4)),
                T.plus(Duration.ofHours(22)), T.minus(Duration.ofHours(12)), "weather service");

        DelayPredictor.Prediction calm = predictor.predict(inTransitAtBerlin(T, promise), List.of(), List.of(), DelayRisk.NONE, T);
        DelayPredictor.Prediction stormy = predictor.predict(inTransitAtBerlin(T, promise), List.of(storm), List.of(), DelayRisk.NONE, T);

        assertThat(calm.risk().level()).isEqualTo(DelayRisk.Level.NONE);
        assertThat(stormy.risk().level()).isEqualTo(DelayRisk.Level.HIGH);
        assertThat(stormy.risk().leadTime()).isEqualTo(Duration.ofHours(24));
        assertThat(stormy.risk().reasons()).singleElement().asString()
                .startsWith("Storm in DE-Munich").contains("(weather service): if it holds the shipment, expected on");
        assertThat(stormy.eta().p50()).as("released when the storm ends, then 20 h").isAfter(storm.until().plus(Duration.ofHours(19)));
        assertThat(stormy.eta().basis()).contains("held by Storm in DE-Munich");
    }

    @Test
    void aStormNotYetForecastAsOfTheMomentOrAlreadyOverOrElsewhereSaysNothing() {
        DelayPredictor predictor = new DelayPredictor(new EtaEstimator(twentyHours()));
        Instant promise = T.plus(Duration.ofHours(24));
        DelayRules.Disruption later = new DelayRules.Disruption("DE-Munich", "Storm", T.plus(Duration.ofHours(4)),
                T.plus(Duration.ofHours(22)), T.plus(Duration.ofHours(1)), "weather service");
        DelayRules.Disruption over = new DelayRules.Disruption("DE-Munich", "Storm", T.minus(Duration.ofHours(10)),
                T.minus(Duration.ofHours(1)), T.minus(Duration.ofHours(20)), "weather service");
        DelayRules.Disruption elsewhere = new DelayRules.Disruption("DE-Hamburg", "Storm", T, T.plus(Duration.ofHours(22)), T,
                "weather service");

        DelayPredictor.Prediction p = predictor.predict(inTransitAtBerlin(T, promise), List.of(later, over, elsewhere), List.of(),
                DelayRisk.NONE, T);

        assertThat(p.risk()).isEqualTo(DelayRisk.NONE);
    }

    @Test
    void anOutageAtTheDestinationHoldsAShipmentOnItsWayThereNotOneAlreadyOnTheVan() {
        DelayPredictor predictor = new DelayPredictor(new EtaEstimator(twentyHours()));
        Instant promise = T.plus(Duration.ofHours(24));
        // reported with the city in another case: regions match whatever the case
        DelayRules.Disruption outage = new DelayRules.Disruption("de-munich", "Hub outage", T.minus(Duration.ofHours(3)),
                T.plus(Duration.ofHours(30)), T.minus(Duration.ofHours(2)), "reported by ops");
        DelayPredictor.Subject onTheVan = new DelayPredictor.Subject("sim", "standard", "DE-Munich", ShipmentStatus.OUT_FOR_DELIVERY,
                null, new Checkpoint(Stage.OUT_FOR_DELIVERY, "DE-Munich", T), T, Optional.empty(), promise, null);

        DelayRisk onItsWay = predictor.predict(inTransitAtBerlin(T, promise), List.of(outage), List.of(), DelayRisk.NONE, T).risk();
        DelayRisk delivering = predictor.predict(onTheVan, List.of(outage), List.of(), DelayRisk.NONE, T).risk();

        assertThat(onItsWay.level()).isEqualTo(DelayRisk.Level.HIGH);
        assertThat(onItsWay.reasons()).singleElement().asString().startsWith("Hub outage in de-munich");
        assertThat(delivering.reasons()).noneMatch(r -> r.contains("Hub outage"));
    }

    @Test
    void packedAfterTheDaysPickupItLeavesTomorrowAndTheRuleSaysSo() {
        DelayPredictor predictor = new DelayPredictor(new EtaEstimator(twentyHours()));
        Instant packed = Instant.parse("2026-11-25T16:30:00Z"); // 17:30 in Berlin, after the 16:00 pickup
        Instant promise = Instant.parse("2026-11-26T17:00:00Z");
        DelayPredictor.Subject subject = new DelayPredictor.Subject("sim", "standard", "DE-Munich", ShipmentStatus.PACKED, null,
                new Checkpoint(Stage.AWAITING_PICKUP, "DE-Berlin", packed), packed, Optional.empty(), promise, FOUR_PM);

        DelayPredictor.Prediction p = predictor.predict(subject, List.of(), List.of(), DelayRisk.NONE, packed);

        assertThat(p.risk().level()).isEqualTo(DelayRisk.Level.HIGH);
        assertThat(p.risk().reasons()).anySatisfy(r -> assertThat(r)
                .startsWith("missed the carrier's pickup at Wed 25 Nov 15:00 UTC; the next is Thu 26 Nov 15:00 UTC"));
        assertThat(p.eta().p50()).isAfter(Instant.parse("2026-11-27T10:00:00Z"));
    }

    @Test
    void packedInTimeNothingIsSaidUntilThePickupGoesByWithoutTheCarrier() {
        DelayPredictor predictor = new DelayPredictor(new EtaEstimator(twentyHours()));
        Instant packed = Instant.parse("2026-11-25T09:00:00Z");
        Instant promise = Instant.parse("2026-11-27T17:00:00Z");
        DelayPredictor.Subject subject = new DelayPredictor.Subject("sim", "standard", "DE-Munich", ShipmentStatus.PACKED, null,
                new Checkpoint(Stage.AWAITING_PICKUP, "DE-Berlin", packed), packed, Optional.empty(), promise, FOUR_PM);

        assertThat(predictor.predict(subject, List.of(), List.of(), DelayRisk.NONE, packed.plus(Duration.ofHours(2))).risk())
                .isEqualTo(DelayRisk.NONE);
        DelayRisk notCollected = predictor.predict(subject, List.of(), List.of(), DelayRisk.NONE,
                Instant.parse("2026-11-25T16:00:00Z")).risk();
        assertThat(notCollected.reasons()).anySatisfy(r -> assertThat(r).startsWith("missed the carrier's pickup at Wed 25 Nov 15:00 UTC")
                .endsWith("the promise still holds"));
        assertThat(notCollected.atRisk()).as("a day's slack absorbs it: a note, not an alarm").isFalse();
    }

    @Test
    void signalsFromOtherRulesJoinTheVerdict() {
        DelayPredictor predictor = new DelayPredictor(new EtaEstimator(twentyHours()));
        DelayRules.Finding tooWarm = new DelayRules.Finding(DelayRisk.Level.MEDIUM, "temperature 11 °C for 40 min (limit 8 °C)");

        DelayRisk risk = predictor.predict(inTransitAtBerlin(T, T.plus(Duration.ofDays(3))), List.of(), List.of(tooWarm),
                DelayRisk.NONE, T).risk();

        assertThat(risk.level()).isEqualTo(DelayRisk.Level.MEDIUM);
        assertThat(risk.reasons()).containsExactly("temperature 11 °C for 40 min (limit 8 °C)");
    }

    @Test
    void pickupsFollowTheScheduleOverWeekends() {
        Instant friday = Instant.parse("2026-11-27T16:00:00Z");
        assertThat(FOUR_PM.next(friday)).isEqualTo(Instant.parse("2026-11-30T15:00:00Z"));
        assertThat(FOUR_PM.previous(Instant.parse("2026-11-29T12:00:00Z"))).isEqualTo(Instant.parse("2026-11-27T15:00:00Z"));
        assertThat(new PickupSchedule(LocalTime.NOON, BERLIN, java.util.EnumSet.of(DayOfWeek.SATURDAY)).next(friday))
                .isEqualTo(Instant.parse("2026-11-28T11:00:00Z"));
    }

    @Test
    void theP90IsCalibratedByHowItFared() {
        TransitStatistics statistics = twentyHours();
        Lane lane = new Lane("sim", "standard", "DE-Berlin", "DE-Munich");
        Duration before = statistics.lookup(lane, Stage.IN_TRANSIT, T).orElseThrow().p90();
        long checked = inTransit(statistics).observations();
        // conditions change: every delivery now comes 10 h after what was learned, far beyond the P90
        for (int i = 0; i < 50; i++) {
            Instant at = T.plus(Duration.ofMinutes(37L * i));
            statistics.learn("sim", "standard", "DE-Munich", List.of(new Checkpoint(Stage.IN_TRANSIT, "DE-Berlin", at)),
                    at.plus(Duration.ofHours(32)));
        }
        TransitStatistics.Found after = statistics.lookup(lane, Stage.IN_TRANSIT, T).orElseThrow();

        assertThat(inTransit(statistics).p90Widening()).isGreaterThan(1.5);
        assertThat(inTransit(statistics).observations()).isEqualTo(checked + 50);
        assertThat(after.p90()).isGreaterThan(before.plusHours(1));
        assertThat(after.p90()).isGreaterThan(after.cell().p90());
    }

    private static TransitStatistics.Calibration inTransit(TransitStatistics statistics) {
        return statistics.calibrations().stream().filter(c -> c.stage() == Stage.IN_TRANSIT).findFirst().orElseThrow();
    }

    @Test
    void aTrackerNearTheDestinationGivesTheEstimateAndTheRiskIsJudgedOnIt() {
        DelayPredictor predictor = new DelayPredictor(new EtaEstimator(twentyHours()));
        Eta near = new Eta(T.plus(Duration.ofMinutes(30)), T.plus(Duration.ofMinutes(45)), Eta.Basis.DEVICE_POSITIONS,
                "20 km from Depot Munich at 40 km/h (device positions)", T);
        DelayPredictor.Subject tracked = new DelayPredictor.Subject("sim", "standard", "DE-Munich", ShipmentStatus.IN_TRANSIT, null,
                new Checkpoint(Stage.IN_TRANSIT, "DE-Berlin", T), T, Optional.empty(), T.plus(Duration.ofHours(2)), FOUR_PM,
                Optional.of(near));

        DelayPredictor.Prediction prediction = predictor.predict(tracked, List.of(), List.of(), DelayRisk.NONE, T);
        DelayPredictor.Prediction untracked = predictor.predict(inTransitAtBerlin(T, T.plus(Duration.ofHours(2))), List.of(),
                List.of(), DelayRisk.NONE, T);

        assertThat(prediction.eta()).isEqualTo(near);
        assertThat(prediction.risk().level()).as("due within the promise").isEqualTo(DelayRisk.Level.NONE);
        assertThat(untracked.eta().p50()).as("the lane's 20 h").isAfter(T.plus(Duration.ofHours(19)));
        assertThat(untracked.risk().level()).as("the lane says late").isNotEqualTo(DelayRisk.Level.NONE);
    }
}
