package io.waybill.adapters.carriers.simulated;

import io.waybill.domain.eta.Checkpoint;
import io.waybill.domain.eta.DelayPredictor;
import io.waybill.domain.eta.DelayRisk;
import io.waybill.domain.eta.DelayRules;
import io.waybill.domain.eta.EtaEstimator;
import io.waybill.domain.eta.Lane;
import io.waybill.domain.eta.TransitStatistics;
import io.waybill.domain.order.ShipmentStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH: the cost of one prediction as the application makes it ({@link DelayPredictor}: ETA from the latest checkpoint,
 * the what-ifs of the storms the weather service reports at that moment, every delay rule) after the model has learned
 * from {@code recorded} checkpoint events, 10k or 1M: it must not grow with history. Also the cost of learning one
 * delivered journey (with the calibration check).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PredictionBenchmark {

    @Param({"10000", "1000000"})
    public int recorded;

    private TransitStatistics statistics;
    private DelayPredictor predictor;
    private Weather weather;
    private List<List<DelayRules.Disruption>> forecasts;
    private List<Checkpoint> probes;
    private List<Lane> lanes;
    private Journey learning;
    private int next;

    @Setup
    public void learn() {
        statistics = new TransitStatistics();
        int events = 0;
        int i = 0;
        while (events < recorded) {
            Journey journey = PredictionEvaluation.journey(i++, 11, JourneyPlanner.Scenario.DEFAULT);
            if (PredictionEvaluation.delivered(journey).isEmpty()) {
                continue;
            }
            statistics.learn("sim", journey.service().code(), PredictionEvaluation.destination(journey),
                    PredictionEvaluation.checkpoints(journey),
                    PredictionEvaluation.delivered(journey).orElseThrow().at());
            events += journey.steps().size();
        }
        predictor = new DelayPredictor(new EtaEstimator(statistics));
        weather = JourneyPlanner.weather(12, JourneyPlanner.Scenario.WINTER);
        forecasts = new ArrayList<>();
        probes = new ArrayList<>();
        lanes = new ArrayList<>();
        for (int k = 0; k < 1024; k++) {
            Journey journey = PredictionEvaluation.journey(5_000_000 + k, 12, JourneyPlanner.Scenario.WINTER);
            Journey.Step step = journey.steps().get(k % (journey.steps().size() - 1));
            Checkpoint checkpoint = PredictionEvaluation.checkpoint(step);
            probes.add(checkpoint);
            forecasts.add(PredictionEvaluation.disruptions(weather, checkpoint.at().plus(Duration.ofMinutes(5))));
            lanes.add(new Lane("sim", journey.service().code(), checkpoint.region(), PredictionEvaluation.destination(journey)));
        }
        learning = PredictionEvaluation.journey(9_000_000, 13, JourneyPlanner.Scenario.DEFAULT);
    }

    @Benchmark
    public DelayPredictor.Prediction predictOneEvent() {
        int k = next++ & 1023;
        Checkpoint at = probes.get(k);
        Instant asOf = at.at().plus(Duration.ofMinutes(5));
        DelayPredictor.Subject subject = new DelayPredictor.Subject("sim", lanes.get(k).service(), lanes.get(k).destination(),
                ShipmentStatus.IN_TRANSIT, null, at, at.at(), Optional.empty(), at.at().plus(Duration.ofHours(30)), null);
        return predictor.predict(subject, forecasts.get(k), List.of(), DelayRisk.NONE, asOf);
    }

    @Benchmark
    public Object learnOneDelivery() {
        return statistics.learn("sim", learning.service().code(), PredictionEvaluation.destination(learning),
                PredictionEvaluation.checkpoints(learning), learning.steps().getLast().at());
    }
}
