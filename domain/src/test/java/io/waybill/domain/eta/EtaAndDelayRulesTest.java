package io.waybill.domain.eta;

import static org.assertj.core.api.Assertions.assertThat;

import io.waybill.domain.order.ShipmentStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EtaAndDelayRulesTest {

    private static final Instant T = Instant.parse("2026-11-25T10:00:00Z");
    private static final Lane BERLIN_MUNICH = new Lane("sim", "standard", "DE-Berlin", "DE-Munich");

    private static TransitStatistics learned(Lane lane, int deliveries, Duration remaining) {
        TransitStatistics statistics = new TransitStatistics();
        for (int i = 0; i < deliveries; i++) {
            Instant at = T.minus(Duration.ofDays(30)).plus(Duration.ofHours(i));
            statistics.learn(lane.carrier(), lane.service(), lane.destination(),
                    List.of(new Checkpoint(Stage.IN_TRANSIT, lane.origin(), at)), at.plus(remaining).plus(Duration.ofMinutes(i % 60)));
        }
        return statistics;
    }

    @Test
    void estimatesFromTheLaneWhenItHasEnoughDeliveriesAndSaysSo() {
        EtaEstimator estimator = new EtaEstimator(learned(BERLIN_MUNICH, 40, Duration.ofHours(20)));
        Eta eta = estimator.estimate(BERLIN_MUNICH, new Checkpoint(Stage.IN_TRANSIT, "DE-Berlin", T), Optional.empty(), T);

        assertThat(eta.kind()).isEqualTo(Eta.Basis.LANE_STATISTICS);
        assertThat(eta.p50()).isBetween(T.plus(Duration.ofHours(20)), T.plus(Duration.ofHours(21)));
        assertThat(eta.p90()).isAfterOrEqualTo(eta.p50());
        assertThat(eta.basis()).contains("40 deliveries of sim standard DE-Berlin → DE-Munich");
    }

    @Test
    void fallsBackToCoarserLanesThenTheCarriersEstimateThenAStaticTransitTime() {
        Lane hamburg = new Lane("sim", "standard", "DE-Berlin", "DE-Hamburg");
        TransitStatistics statistics = learned(BERLIN_MUNICH, 40, Duration.ofHours(20));
        Checkpoint now = new Checkpoint(Stage.IN_TRANSIT, "DE-Berlin", T);

        assertThat(new EtaEstimator(statistics).estimate(hamburg, now, Optional.empty(), T).kind())
                .isEqualTo(Eta.Basis.CARRIER_WIDE_STATISTICS);
        Lane otherCarrier = new Lane("ups", "standard", "DE-Berlin", "DE-Munich");
        assertThat(new EtaEstimator(statistics).estimate(otherCarrier, now, Optional.empty(), T).kind())
                .isEqualTo(Eta.Basis.NETWORK_STATISTICS);
        assertThat(new EtaEstimator(statistics).estimate(hamburg, now, Optional.of(T.plus(Duration.ofDays(1))), T).kind())
                .as("the carrier's own estimate knows the lane: before the carrier-wide statistics")
                .isEqualTo(Eta.Basis.CARRIER_ESTIMATE);
        assertThat(new EtaEstimator(statistics).estimate(BERLIN_MUNICH, now, Optional.of(T.plus(Duration.ofDays(1))), T).kind())
                .as("the lane's deliveries at any time of the week are blind to the time of day; the carrier's estimate is not")
                .isEqualTo(Eta.Basis.CARRIER_ESTIMATE);
        TransitStatistics sameSlot = new TransitStatistics();
        for (int i = 0; i < 40; i++) {
            Instant at = T.minus(Duration.ofDays(28)).minus(Duration.ofMinutes(2L * i)); // Wednesdays, 09:40-11:00 in Berlin
            sameSlot.learn("sim", "standard", "DE-Munich", List.of(new Checkpoint(Stage.IN_TRANSIT, "DE-Berlin", at)),
                    at.plus(Duration.ofHours(20)));
        }
        Eta lane = new EtaEstimator(sameSlot).estimate(BERLIN_MUNICH, now, Optional.of(T.plus(Duration.ofDays(1))), T);
        assertThat(lane.kind()).as("but the lane's own at this time of the week goes first").isEqualTo(Eta.Basis.LANE_STATISTICS);
        assertThat(lane.basis()).contains("scanned at this time of the week");
        Eta carrier = new EtaEstimator(new TransitStatistics()).estimate(hamburg, now, Optional.of(T.plus(Duration.ofDays(1))), T);
        assertThat(carrier.kind()).isEqualTo(Eta.Basis.CARRIER_ESTIMATE);
        assertThat(carrier.p50()).isEqualTo(T.plus(Duration.ofDays(1)));
        Eta fixed = new EtaEstimator(new TransitStatistics()).estimate(hamburg, now, Optional.empty(), T);
        assertThat(fixed.kind()).isEqualTo(Eta.Basis.STATIC_TRANSIT_TIME);
        assertThat(fixed.basis()).contains("static transit time");
    }

    @Test
    void afterAFailedAttemptOrAHoldTheCarriersEarlierEstimateYieldsToItsOwnStatisticsOfThatStage() {
        Lane hamburg = new Lane("sim", "standard", "DE-Hamburg", "DE-Hamburg");
        TransitStatistics statistics = new TransitStatistics();
        for (int i = 0; i < 40; i++) {
            Instant at = T.minus(Duration.ofDays(30)).plus(Duration.ofHours(i));
            statistics.learn("sim", "standard", "DE-Munich", List.of(new Checkpoint(Stage.ATTEMPT_FAILED, "DE-Munich", at)),
                    at.plus(Duration.ofHours(22)));
        }
        Optional<Instant> givenAtHandOver = Optional.of(T.plus(Duration.ofHours(3)));

        Eta afterFailure = new EtaEstimator(statistics).estimate(hamburg, new Checkpoint(Stage.ATTEMPT_FAILED, "DE-Hamburg", T),
                givenAtHandOver, T);
        assertThat(afterFailure.kind()).isEqualTo(Eta.Basis.CARRIER_WIDE_STATISTICS);
        assertThat(afterFailure.p50()).isAfter(T.plus(Duration.ofHours(20)));
        assertThat(new EtaEstimator(statistics).estimate(hamburg, new Checkpoint(Stage.IN_TRANSIT, "DE-Hamburg", T), givenAtHandOver, T)
                .kind()).as("in transit, the carrier's estimate still goes before carrier-wide statistics")
                .isEqualTo(Eta.Basis.CARRIER_ESTIMATE);

        TransitStatistics holds = new TransitStatistics();
        for (int i = 0; i < 40; i++) {
            Instant at = T.minus(Duration.ofDays(30)).plus(Duration.ofHours(i));
            holds.learn("sim", "standard", "DE-Munich", List.of(new Checkpoint(Stage.HELD, "DE-Munich", at)), at.plus(Duration.ofHours(30)));
        }
        assertThat(new EtaEstimator(holds).estimate(hamburg, new Checkpoint(Stage.HELD, "DE-Hamburg", T), givenAtHandOver, T).kind())
                .as("so after a hold").isEqualTo(Eta.Basis.CARRIER_WIDE_STATISTICS);
    }

    @Test
    void aScanWithoutAPlaceMakesNoLaneThatGoesBeforeTheCarriersEstimate() {
        TransitStatistics statistics = new TransitStatistics();
        for (int i = 0; i < 40; i++) {
            Instant at = T.minus(Duration.ofDays(28)).minus(Duration.ofMinutes(2L * i)); // this time of the week
            statistics.learn("sim", "standard", "DE-Munich", List.of(new Checkpoint(Stage.IN_TRANSIT, null, at)), at.plus(Duration.ofHours(20)));
        }
        Lane fromAnywhere = new Lane("sim", "standard", null, "DE-Munich");

        assertThat(new EtaEstimator(statistics).estimate(fromAnywhere, new Checkpoint(Stage.IN_TRANSIT, null, T),
                Optional.of(T.plus(Duration.ofDays(1))), T).kind())
                .as("all lanes to the destination, however well learned, stay behind the carrier's estimate")
                .isEqualTo(Eta.Basis.CARRIER_ESTIMATE);
    }

    @Test
    void theCarriersEstimateIsCorrectedByHowWrongItsEstimatesOfTheServiceWere() {
        TransitStatistics statistics = new TransitStatistics();
        for (int i = 0; i < 40; i++) {
            Instant at = T.minus(Duration.ofDays(30)).plus(Duration.ofHours(i));
            Instant estimated = at.plus(Duration.ofHours(24));
            // on other lanes; delivered five hours after the carrier's estimate, give or take an hour
            statistics.learn("sim", "express", "DE-Hamburg", List.of(new Checkpoint(Stage.IN_TRANSIT, "DE-Berlin", at)),
                    estimated.plus(Duration.ofMinutes(240 + (i % 5) * 30)), Optional.of(estimated));
        }
        Lane thin = new Lane("sim", "express", "DE-Berlin", "DE-Munich");
        Checkpoint now = new Checkpoint(Stage.IN_TRANSIT, "DE-Berlin", T);
        Instant estimate = T.plus(Duration.ofHours(10));

        Eta corrected = new EtaEstimator(statistics).estimate(thin, now, Optional.of(estimate), T);
        assertThat(corrected.kind()).isEqualTo(Eta.Basis.CARRIER_ESTIMATE);
        assertThat(corrected.p50()).isBetween(estimate.plus(Duration.ofHours(4)), estimate.plus(Duration.ofHours(6)));
        assertThat(corrected.p90()).isAfter(corrected.p50());
        assertThat(corrected.basis()).startsWith("the carrier's own estimate, corrected by how 40 of its express estimates fared")
                .contains("median +5.");

        TransitStatistics early = new TransitStatistics();
        for (int i = 0; i < 40; i++) {
            Instant at = T.minus(Duration.ofDays(30)).plus(Duration.ofHours(i));
            Instant estimated = at.plus(Duration.ofHours(24));
            early.learn("sim", "express", "DE-Hamburg", List.of(new Checkpoint(Stage.IN_TRANSIT, "DE-Berlin", at)),
                    estimated.minus(Duration.ofHours(6)), Optional.of(estimated));
        }
        Eta passed = new EtaEstimator(early).estimate(thin, now, Optional.of(T.plus(Duration.ofHours(2))), T);
        assertThat(passed.p50()).as("corrected, it would have passed (6 h early): the estimate itself, the wide spread")
                .isEqualTo(T.plus(Duration.ofHours(2)));
        assertThat(passed.p90()).isEqualTo(passed.p50().plus(EtaEstimator.CARRIER_ESTIMATE_SPREAD));

        Eta asGiven = new EtaEstimator(statistics).estimate(new Lane("sim", "standard", "DE-Berlin", "DE-Munich"), now,
                Optional.of(estimate), T);
        assertThat(asGiven.p50()).as("standard estimates: none checked yet").isEqualTo(estimate);
        assertThat(asGiven.p90()).isEqualTo(estimate.plus(EtaEstimator.CARRIER_ESTIMATE_SPREAD));
    }

    @Test
    void aCarrierEstimateAlreadyPassedGoesAfterTheStatistics() {
        TransitStatistics statistics = learned(BERLIN_MUNICH, 40, Duration.ofHours(20));
        Checkpoint now = new Checkpoint(Stage.IN_TRANSIT, "DE-Berlin", T);

        assertThat(new EtaEstimator(statistics).estimate(BERLIN_MUNICH, now, Optional.of(T.plus(Duration.ofHours(5))), T).kind())
                .as("still ahead: before the lane at any time of the week").isEqualTo(Eta.Basis.CARRIER_ESTIMATE);
        assertThat(new EtaEstimator(statistics).estimate(BERLIN_MUNICH, now, Optional.of(T.minus(Duration.ofHours(1))), T).kind())
                .as("passed: the lane's statistics").isEqualTo(Eta.Basis.LANE_STATISTICS);
    }

    @Test
    void lanesAndP90CalibrationsAreLearnedPerService() {
        TransitStatistics statistics = new TransitStatistics();
        for (int i = 0; i < 80; i++) {
            Instant at = T.minus(Duration.ofDays(30)).plus(Duration.ofHours(i));
            statistics.learn("sim", "standard", "DE-Munich", List.of(new Checkpoint(Stage.IN_TRANSIT, "DE-Berlin", at)),
                    at.plus(Duration.ofHours(30 + i % 7)));
            // express deliveries that keep coming far later than the lane's P90: only express's widening grows
            statistics.learn("sim", "express", "DE-Munich", List.of(new Checkpoint(Stage.IN_TRANSIT, "DE-Berlin", at)),
                    at.plus(Duration.ofHours(i < 40 ? 10 + i % 3 : 60)));
        }
        Lane express = new Lane("sim", "express", "DE-Berlin", "DE-Munich");
        Checkpoint now = new Checkpoint(Stage.IN_TRANSIT, "DE-Berlin", T);

        assertThat(new EtaEstimator(statistics).estimate(express, now, Optional.empty(), T).basis()).contains("sim express");
        assertThat(statistics.calibrations()).extracting(TransitStatistics.Calibration::service)
                .containsExactlyInAnyOrder("standard", "express");
        TransitStatistics.Calibration standardWidening = statistics.calibrations().stream()
                .filter(c -> c.service().equals("standard")).findFirst().orElseThrow();
        TransitStatistics.Calibration expressWidening = statistics.calibrations().stream()
                .filter(c -> c.service().equals("express")).findFirst().orElseThrow();
        assertThat(expressWidening.p90Widening()).isGreaterThan(standardWidening.p90Widening());
    }

    @Test
    void anEstimateIsNeverInThePastAsOfItsInstant() {
        EtaEstimator estimator = new EtaEstimator(learned(BERLIN_MUNICH, 40, Duration.ofHours(20)));
        Instant muchLater = T.plus(Duration.ofHours(50));
        Eta eta = estimator.estimate(BERLIN_MUNICH, new Checkpoint(Stage.IN_TRANSIT, "DE-Berlin", T), Optional.empty(), muchLater);
        assertThat(eta.p50()).isAfterOrEqualTo(muchLater);
        assertThat(eta.p90()).isAfter(eta.p50());
    }

    @Test
    void flagsAPredictedPromiseBreachAndExplainsItAndKeepsTheFirstDetection() {
        EtaEstimator estimator = new EtaEstimator(learned(BERLIN_MUNICH, 40, Duration.ofHours(20)));
        Checkpoint at = new Checkpoint(Stage.IN_TRANSIT, "DE-Berlin", T);
        Instant promise = T.plus(Duration.ofHours(12));
        DelayRules.Situation first = new DelayRules.Situation(ShipmentStatus.IN_TRANSIT, null, at, T,
                estimator.estimate(BERLIN_MUNICH, at, Optional.empty(), T), promise, List.of(), "DE-Munich", T);

        DelayRisk risk = DelayRules.evaluate(first, DelayRisk.NONE);
        assertThat(risk.level()).isEqualTo(DelayRisk.Level.HIGH);
        assertThat(risk.reasons()).singleElement().asString().startsWith("expected on ").contains("after the promised");
        assertThat(risk.leadTime()).isEqualTo(Duration.ofHours(12));

        Instant later = T.plus(Duration.ofHours(3));
        DelayRisk again = DelayRules.evaluate(new DelayRules.Situation(ShipmentStatus.IN_TRANSIT, null, at, T,
                estimator.estimate(BERLIN_MUNICH, at, Optional.empty(), later), promise, List.of(), "DE-Munich", later), risk);
        assertThat(again.firstDetectedAt()).isEqualTo(T);
    }

    @Test
    void eachRuleSpeaksForItself() {
        Checkpoint transit = new Checkpoint(Stage.IN_TRANSIT, "DE-Leipzig", T);
        Eta onTime = new Eta(T.plus(Duration.ofHours(5)), T.plus(Duration.ofHours(8)), Eta.Basis.LANE_STATISTICS, "lane", T);
        Instant promise = T.plus(Duration.ofDays(2));

        assertThat(DelayRules.evaluate(new DelayRules.Situation(ShipmentStatus.IN_TRANSIT, null, transit, T, onTime, promise,
                List.of(), "DE-Munich", T), null)).isEqualTo(DelayRisk.NONE);
        DelayRisk held = DelayRules.evaluate(new DelayRules.Situation(ShipmentStatus.HELD, "weather", transit, T, onTime, promise,
                List.of(), "DE-Munich", T), null);
        assertThat(held.reasons()).containsExactly("held by the carrier: weather");
        assertThat(held.atRisk()).as("a hold the estimate absorbs is a reason, not an alarm").isFalse();
        assertThat(DelayRules.evaluate(new DelayRules.Situation(ShipmentStatus.DELIVERY_ATTEMPT_FAILED, "recipient not at home",
                transit, T, onTime, promise, List.of(), "DE-Munich", T), null).reasons().getFirst())
                .startsWith("a delivery attempt failed (recipient not at home)");
        Instant silent = T.plus(Duration.ofHours(49));
        assertThat(DelayRules.evaluate(new DelayRules.Situation(ShipmentStatus.IN_TRANSIT, null, transit, T,
                new Eta(silent, silent.plusSeconds(3600), Eta.Basis.LANE_STATISTICS, "lane", silent), promise, List.of(),
                "DE-Munich", silent), null).reasons()).anySatisfy(r -> assertThat(r).startsWith("no scan for 49 h"));
        DelayRules.Disruption storm = new DelayRules.Disruption("DE-Munich", "Storm warning", T.minusSeconds(60),
                T.plus(Duration.ofHours(12)), T.minus(Duration.ofHours(20)), "weather service");
        Eta afterTheStorm = new Eta(promise.plus(Duration.ofHours(10)), promise.plus(Duration.ofHours(14)), Eta.Basis.LANE_STATISTICS,
                "lane", T);
        DelayRisk stormy = DelayRules.evaluate(new DelayRules.Situation(ShipmentStatus.IN_TRANSIT, null, transit, T, onTime, promise,
                List.of(new DelayRules.Impact(storm, afterTheStorm)), "DE-Munich", T), null);
        assertThat(stormy.level()).isEqualTo(DelayRisk.Level.HIGH);
        assertThat(stormy.reasons()).singleElement().asString().startsWith("Storm warning in DE-Munich")
                .contains("(weather service): if it holds the shipment, expected on");
        assertThat(DelayRules.evaluate(new DelayRules.Situation(ShipmentStatus.IN_TRANSIT, null, transit, T, onTime, promise,
                List.of(new DelayRules.Impact(storm, onTime)), "DE-Munich", T), null).level())
                .as("a storm the shipment outruns is a note, not an alarm").isEqualTo(DelayRisk.Level.LOW);
        assertThat(DelayRules.evaluate(new DelayRules.Situation(ShipmentStatus.LOST, null, transit, T, onTime, promise,
                List.of(), "DE-Munich", T), null).level()).isEqualTo(DelayRisk.Level.HIGH);
    }
}
