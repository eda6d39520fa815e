package io.waybill.adapters.carriers.simulated;

import static org.assertj.core.api.Assertions.assertThat;

import io.waybill.domain.eta.EtaEstimator;
import io.waybill.domain.eta.TransitStatistics;
import io.waybill.domain.order.ServiceLevel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The prediction harness as a test: learns from 4,000 journeys of the simulator's default network, scores on 1,500
 * unseen journeys each of the default, winter and peak-season networks, writes the table to
 * {@code target/prediction-report.md} (copied into docs/prediction.md), and holds the scores to what they were when
 * last measured so a change that makes predictions worse fails the build.
 */
class PredictionEvaluationTest {

    @Test
    void scoresTheModelAgainstTheBaselineOnUnseenJourneys() throws IOException {
        TransitStatistics statistics = PredictionEvaluation.learn(history());
        EtaEstimator estimator = new EtaEstimator(statistics);
        List<PredictionEvaluation.Scores> scores = List.of(
                PredictionEvaluation.score("default (unseen)", PredictionEvaluation.journeys(10_000, 1500, 2,
                        JourneyPlanner.Scenario.DEFAULT), estimator, JourneyPlanner.weather(2, JourneyPlanner.Scenario.DEFAULT)),
                PredictionEvaluation.score("winter (held back)", PredictionEvaluation.journeys(20_000, 1500, 3,
                        JourneyPlanner.Scenario.WINTER), estimator, JourneyPlanner.weather(3, JourneyPlanner.Scenario.WINTER)),
                PredictionEvaluation.score("peak (held back)", PredictionEvaluation.journeys(30_000, 1500, 4,
                        JourneyPlanner.Scenario.PEAK), estimator, JourneyPlanner.weather(4, JourneyPlanner.Scenario.PEAK)),
                PredictionEvaluation.scoreLearning("winter, learning as it goes", PredictionEvaluation.journeys(20_000, 1500, 3,
                        JourneyPlanner.Scenario.WINTER), PredictionEvaluation.learn(history()),
                        JourneyPlanner.weather(3, JourneyPlanner.Scenario.WINTER)),
                PredictionEvaluation.scoreLearning("peak, learning as it goes", PredictionEvaluation.journeys(30_000, 1500, 4,
                        JourneyPlanner.Scenario.PEAK), PredictionEvaluation.learn(history()),
                        JourneyPlanner.weather(4, JourneyPlanner.Scenario.PEAK)));
        List<PredictionEvaluation.Scores> express = List.of(
                PredictionEvaluation.score("express, default (unseen)", PredictionEvaluation.journeys(50_000, 500, 2,
                        JourneyPlanner.Scenario.DEFAULT, ServiceLevel.EXPRESS), estimator, JourneyPlanner.weather(2, JourneyPlanner.Scenario.DEFAULT)),
                PredictionEvaluation.score("express, winter (held back)", PredictionEvaluation.journeys(60_000, 500, 3,
                        JourneyPlanner.Scenario.WINTER, ServiceLevel.EXPRESS), estimator, JourneyPlanner.weather(3, JourneyPlanner.Scenario.WINTER)),
                PredictionEvaluation.score("express, peak (held back)", PredictionEvaluation.journeys(70_000, 500, 4,
                        JourneyPlanner.Scenario.PEAK, ServiceLevel.EXPRESS), estimator, JourneyPlanner.weather(4, JourneyPlanner.Scenario.PEAK)));
        String table = PredictionEvaluation.table(scores) + "\n" + PredictionEvaluation.causes(scores) + "\nExpress:\n\n"
                + PredictionEvaluation.table(express) + "\n" + PredictionEvaluation.causes(express);
        System.out.println(table);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "prediction-report.md"), table);

        for (PredictionEvaluation.Scores s : scores) {
            assertThat(s.maeHandover()).as(s.scenario() + ": ETA error at hand-over at least 30 % below the carrier's estimate")
                    .isLessThan(0.7 * s.baselineHandover());
            assertThat(s.coverageP90()).as(s.scenario() + ": P90 covers 85-95 % of deliveries").isBetween(0.85, 0.95);
            assertThat(s.coverageP50()).as(s.scenario() + ": P50 is a median, not a bound").isBetween(0.3, 0.8);
            assertThat(s.recall()).as(s.scenario() + ": late deliveries flagged before their promise").isGreaterThan(0.9);
            assertThat(s.precision()).as(s.scenario() + ": flags mostly right (measured 0.85-0.92)").isGreaterThan(0.78);
        }
        holdExpressToWhatItReaches(express);
        for (PredictionEvaluation.Scores s : scores.subList(1, scores.size())) {
            assertThat(s.precision()).as(s.scenario() + ": the issue's precision target on held-back networks")
                    .isGreaterThanOrEqualTo(0.8);
            assertThat(s.recall()).as(s.scenario() + ": the issue's recall target").isGreaterThanOrEqualTo(0.8);
        }
    }

    private static void holdExpressToWhatItReaches(List<PredictionEvaluation.Scores> express) {
        for (PredictionEvaluation.Scores s : express) {
            // express journeys go direct and the cut-off splits them in two lumps; with a fifth of the history, most of
            // its time slots are thin, so its estimate rests on the carrier's own, corrected by how wrong those were
            assertThat(s.maeHandover()).as(s.scenario() + ": ETA error at hand-over at least 10 % below the carrier's (measured"
                    + " 12-18 %)").isLessThan(0.9 * s.baselineHandover());
            assertThat(s.recall()).as(s.scenario() + ": late express deliveries flagged").isGreaterThan(0.9);
            assertThat(s.precision()).as(s.scenario() + ": flags mostly right (measured 0.82-0.88)").isGreaterThanOrEqualTo(0.8);
        }
    }

    /**
     * What the model learns from: 4,000 standard and 1,000 express journeys of the default network. Lanes and
     * calibrations are per service, so the express ones teach the standard lanes nothing.
     */
    static List<Journey> history() {
        List<Journey> history = new ArrayList<>(PredictionEvaluation.journeys(0, 4000, 1, JourneyPlanner.Scenario.DEFAULT));
        history.addAll(PredictionEvaluation.journeys(40_000, 1000, 1, JourneyPlanner.Scenario.DEFAULT, ServiceLevel.EXPRESS));
        return history;
    }

    @Test
    void replayingInAnotherOrderGivesTheSamePredictions() {
        List<Journey> training = new ArrayList<>(PredictionEvaluation.journeys(0, 800, 1, JourneyPlanner.Scenario.DEFAULT));
        List<Journey> shuffled = new ArrayList<>(training);
        Collections.shuffle(shuffled, new Random(5));
        List<Journey> held = PredictionEvaluation.journeys(5000, 300, 9, JourneyPlanner.Scenario.WINTER);
        List<Journey> heldShuffled = new ArrayList<>(held);
        Collections.shuffle(heldShuffled, new Random(6));

        Weather weather = JourneyPlanner.weather(9, JourneyPlanner.Scenario.WINTER);
        PredictionEvaluation.Scores once = PredictionEvaluation.score("a", held,
                new EtaEstimator(PredictionEvaluation.learn(training)), weather);
        PredictionEvaluation.Scores again = PredictionEvaluation.score("a", heldShuffled,
                new EtaEstimator(PredictionEvaluation.learn(shuffled)), weather);

        assertThat(again).isEqualTo(once);
    }
}
