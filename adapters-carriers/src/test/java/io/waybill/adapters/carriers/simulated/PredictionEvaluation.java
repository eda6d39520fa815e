package io.waybill.adapters.carriers.simulated;

import io.waybill.domain.eta.Checkpoint;
import io.waybill.domain.eta.DelayPredictor;
import io.waybill.domain.eta.DelayRisk;
import io.waybill.domain.eta.DelayRules;
import io.waybill.domain.eta.Eta;
import io.waybill.domain.eta.EtaEstimator;
import io.waybill.domain.eta.Lane;
import io.waybill.domain.eta.Stage;
import io.waybill.domain.eta.TransitStatistics;
import io.waybill.domain.order.CarrierCode;
import io.waybill.domain.order.CarrierTrackingNumber;
import io.waybill.domain.order.ServiceLevel;
import io.waybill.domain.order.ShipmentStatus;
import io.waybill.domain.tracking.Milestone;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Replays labelled journeys of the simulated carrier against the ETA model and the delay rules, and scores them
 * against the naive baseline (the carrier's own estimate). The model learns from one set of journeys (the simulator's
 * default network) and is scored on journeys it has not seen, under other conditions (winter, peak season). Every
 * prediction is made "as of" a moment of the journey, from what was known then: the checkpoints so far.
 */
final class PredictionEvaluation {

    static final CarrierCode SIM = new CarrierCode("sim");
    static final Instant EPOCH = Instant.parse("2026-09-01T06:00:00Z");
    /** Between checkpoints, the rules are evaluated every this often (as a periodic sweep would). */
    static final Duration SWEEP = Duration.ofHours(2);

    /** Scores of one scenario. */
    record Scores(String scenario, int journeys, int delivered, double maeHandover, double baselineHandover, double maeTransit,
            double baselineTransit, double maeOutForDelivery, double baselineOutForDelivery, double coverageP90,
            double coverageP50, int late, int flagged, int flaggedLate, double precision, double recall, double medianLeadHours,
            List<Late> lates) {

        double improvementAtHandover() {
            return 1 - maeHandover / baselineHandover;
        }

        /**
         * The best median lead time (over the late deliveries flagged, as {@link #medianLeadHours} is measured) of a
         * predictor that flags at least 80 % of them, none before its first sign ({@link #knowable}): it would flag the
         * 80 % with the longest leads, whose median is the 60th percentile of all. A flag raised on other grounds before
         * the first sign (a slow lane, say) can beat it, so it is a ceiling for flags on signs, not for luck.
         */
        double leadCeilingHours() {
            return quantile(lates.stream().map(Late::boundHours).toList(), 0.6);
        }
    }

    /**
     * A late delivery: what made it late, whether it was flagged before its promise, how long before, and how long before
     * the promise its first sign came ({@link #knowable}; zero if only after it).
     */
    record Late(String cause, boolean flagged, double leadHours, double boundHours) {
    }

    /**
     * The earliest moment anything could have known that this journey would go wrong, which bounds the lead time of any
     * predictor that sees what this one sees (scans, the published weather): its first mishap as it becomes known. A
     * storm is known when it is forecast (or, unannounced, when it begins); an address hold or a failed attempt when
     * the carrier scans it. A journey late with no mishap is given its hand-over, and no cause is known before the
     * hand-over, where predictions begin. Taking the earliest mishap is generous (a storm on a hub the parcel has not
     * reached yet counts, though its route is not known).
     */
    static Instant knowable(Journey journey, Weather weather) {
        Instant handOver = journey.steps().getFirst().at();
        Instant earliest = null;
        for (Journey.Step step : journey.steps()) {
            Instant known = null;
            if ("weather".equals(step.reason())) {
                Hub hub = Hub.serving(step.location().city()).orElseThrow();
                known = weather.at(hub, step.at()).map(Weather.Storm::knownSince).orElse(step.at());
            } else if (step.milestone() == Milestone.HELD || step.milestone() == Milestone.DELIVERY_ATTEMPT_FAILED) {
                known = step.at();
            }
            if (known != null && (earliest == null || known.isBefore(earliest))) {
                earliest = known;
            }
        }
        return earliest == null || earliest.isBefore(handOver) ? handOver : earliest;
    }

    /** What made a journey late, from its scans: a storm, an address problem, a failed attempt, else slow transit. */
    static String cause(Journey journey) {
        List<String> reasons = journey.steps().stream().map(Journey.Step::reason).filter(r -> r != null).toList();
        if (reasons.contains("weather")) {
            return "storm";
        }
        if (reasons.contains("address problem")) {
            return "address hold";
        }
        if (journey.steps().stream().anyMatch(s -> s.milestone() == Milestone.DELIVERY_ATTEMPT_FAILED)) {
            return "failed attempt";
        }
        return "slow transit";
    }

    private PredictionEvaluation() {
    }

    static Journey journey(int i, long seed, JourneyPlanner.Scenario scenario) {
        return journey(i, seed, scenario, ServiceLevel.STANDARD);
    }

    static Journey journey(int i, long seed, JourneyPlanner.Scenario scenario, ServiceLevel service) {
        Instant ready = EPOCH.plus(Duration.ofMinutes(37L * i)); // spread over days and hours
        return JourneyPlanner.plan(SIM, new CarrierTrackingNumber(String.format("SIM%012d", i)), ready, seed, scenario, service);
    }

    static String region(Journey.Step step) {
        return "DE-" + step.location().city();
    }

    static String destination(Journey journey) {
        return region(journey.steps().getLast());
    }

    static Optional<Journey.Step> delivered(Journey journey) {
        Journey.Step last = journey.steps().getLast();
        return last.milestone() == Milestone.DELIVERED ? Optional.of(last) : Optional.empty();
    }

    static Checkpoint checkpoint(Journey.Step step) {
        return new Checkpoint(Stage.of(status(step.milestone())), region(step), step.at());
    }

    static ShipmentStatus status(Milestone milestone) {
        ShipmentStatus reached = ShipmentStatus.reachedBy(milestone, ShipmentStatus.PACKED);
        if (reached == null) {
            throw new IllegalArgumentException("not a carrier milestone of the simulator: " + milestone);
        }
        return reached;
    }

    /** Learns the delivered journeys, in the order they were delivered (so a replay learns the same). */
    static TransitStatistics learn(List<Journey> journeys) {
        TransitStatistics statistics = new TransitStatistics();
        journeys.stream().filter(j -> delivered(j).isPresent())
                .sorted(Comparator.comparing((Journey j) -> delivered(j).orElseThrow().at()).thenComparing(j -> j.number().value()))
                .forEach(j -> learnOne(statistics, j));
        return statistics;
    }

    /** The checkpoints of a journey before its delivery. */
    static List<Checkpoint> checkpoints(Journey journey) {
        return journey.steps().stream().filter(s -> s.milestone() != Milestone.DELIVERED).map(PredictionEvaluation::checkpoint)
                .toList();
    }

    /** Learns one delivered journey, with how far off the carrier's estimate at hand-over was. */
    static void learnOne(TransitStatistics statistics, Journey delivered) {
        statistics.learn(SIM.value(), delivered.service().code(), destination(delivered), checkpoints(delivered),
                delivered(delivered).orElseThrow().at(), Optional.of(delivered.estimatedDelivery()));
    }

    /** What the simulated weather service has published as of {@code asOf}: storms and forecasts not over. */
    static List<DelayRules.Disruption> disruptions(Weather weather, Instant asOf) {
        return weather.known(asOf).stream().map(s -> new DelayRules.Disruption("DE-" + s.hub().city(), "Storm", s.from(), s.until(),
                s.knownSince(), "simulated weather service")).toList();
    }

    static Scores score(String name, List<Journey> journeys, EtaEstimator estimator, Weather weather) {
        DelayPredictor predictor = new DelayPredictor(estimator);
        List<Double> handover = new ArrayList<>();
        List<Double> handoverBase = new ArrayList<>();
        List<Double> transit = new ArrayList<>();
        List<Double> transitBase = new ArrayList<>();
        List<Double> ofd = new ArrayList<>();
        List<Double> ofdBase = new ArrayList<>();
        int coveredP90 = 0;
        int coveredP50 = 0;
        int delivered = 0;
        int late = 0;
        int flagged = 0;
        int flaggedLate = 0;
        List<Double> leads = new ArrayList<>();
        List<Late> lates = new ArrayList<>();
        // each journey is scored on its own; a fixed order only keeps floating-point sums identical across replays
        for (Journey journey : journeys.stream().sorted(Comparator.comparing((Journey j) -> j.number().value())).toList()) {
            Optional<Journey.Step> done = delivered(journey);
            if (done.isEmpty()) {
                continue; // returned or lost: no delivery time to predict
            }
            delivered++;
            Instant deliveredAt = done.get().at();
            Instant promise = journey.estimatedDelivery();
            Optional<Instant> carrierEstimate = Optional.of(promise);
            boolean isLate = deliveredAt.isAfter(promise);
            late += isLate ? 1 : 0;
            DelayRisk risk = DelayRisk.NONE;
            Instant firstFlag = null;
            List<Journey.Step> steps = journey.steps();
            for (int k = 0; k < steps.size() - 1; k++) {
                Journey.Step step = steps.get(k);
                Checkpoint at = checkpoint(step);
                DelayPredictor.Subject subject = new DelayPredictor.Subject(SIM.value(), journey.service().code(), destination(journey),
                        status(step.milestone()), step.reason(), at, step.at(), carrierEstimate, promise, null);
                Eta eta = predictor.predict(subject, disruptions(weather, step.at()), List.of(), risk, step.at()).eta();
                double error = hours(eta.p50(), deliveredAt);
                double base = hours(promise, deliveredAt);
                switch (step.milestone()) {
                    case HANDED_OVER -> {
                        handover.add(error);
                        handoverBase.add(base);
                        coveredP90 += deliveredAt.isAfter(eta.p90()) ? 0 : 1;
                        coveredP50 += deliveredAt.isAfter(eta.p50()) ? 0 : 1;
                    }
                    case IN_TRANSIT -> {
                        transit.add(error);
                        transitBase.add(base);
                    }
                    case OUT_FOR_DELIVERY -> {
                        ofd.add(error);
                        ofdBase.add(base);
                    }
                    default -> {
                    }
                }
                // the rules as of this checkpoint, then as of every sweep until the next checkpoint
                Instant next = steps.get(k + 1).at();
                for (Instant asOf = step.at(); asOf.isBefore(next); asOf = asOf.plus(SWEEP)) {
                    risk = predictor.predict(subject, disruptions(weather, asOf), List.of(), risk, asOf).risk();
                    if (risk.atRisk() && firstFlag == null && asOf.isBefore(promise)) {
                        firstFlag = asOf;
                    }
                }
            }
            if (firstFlag != null) {
                flagged++;
                if (isLate) {
                    flaggedLate++;
                    leads.add(Duration.between(firstFlag, promise).toMinutes() / 60.0);
                }
            }
            if (isLate) {
                lates.add(new Late(cause(journey), firstFlag != null,
                        firstFlag == null ? 0 : Duration.between(firstFlag, promise).toMinutes() / 60.0,
                        Math.max(0, Duration.between(knowable(journey, weather), promise).toMinutes() / 60.0)));
            }
        }
        leads.sort(null);
        return new Scores(name, journeys.size(), delivered, mean(handover), mean(handoverBase), mean(transit), mean(transitBase),
                mean(ofd), mean(ofdBase), coveredP90 / (double) handover.size(), coveredP50 / (double) handover.size(), late, flagged,
                flaggedLate, flagged == 0 ? 0 : flaggedLate / (double) flagged, late == 0 ? 0 : flaggedLate / (double) late,
                leads.isEmpty() ? 0 : leads.get(leads.size() / 2), lates);
    }

    /**
     * Scores as the platform would live through the held-back period: the model keeps learning from each delivery of
     * the new network as it happens, and a journey is scored with what was learned before it was handed over (no
     * look-ahead). {@code statistics} is changed.
     */
    static Scores scoreLearning(String name, List<Journey> journeys, TransitStatistics statistics, Weather weather) {
        List<Journey> byHandOver = journeys.stream().sorted(Comparator.comparing((Journey j) -> j.steps().getFirst().at())
                .thenComparing(j -> j.number().value())).toList();
        List<Journey> byDelivery = journeys.stream().filter(j -> delivered(j).isPresent())
                .sorted(Comparator.comparing((Journey j) -> delivered(j).orElseThrow().at()).thenComparing(j -> j.number().value()))
                .toList();
        EtaEstimator estimator = new EtaEstimator(statistics);
        List<Scores> parts = new ArrayList<>();
        int learned = 0;
        for (Journey journey : byHandOver) {
            Instant handOver = journey.steps().getFirst().at();
            while (learned < byDelivery.size() && delivered(byDelivery.get(learned)).orElseThrow().at().isBefore(handOver)) {
                learnOne(statistics, byDelivery.get(learned++));
            }
            parts.add(score(name, List.of(journey), estimator, weather));
        }
        return combine(name, parts);
    }

    /** Scores of single journeys summed up (means weighted by their counts). */
    private static Scores combine(String name, List<Scores> parts) {
        int journeys = 0;
        int delivered = 0;
        int late = 0;
        int flagged = 0;
        int flaggedLate = 0;
        double h = 0, hb = 0, t = 0, tb = 0, o = 0, ob = 0, c90 = 0, c50 = 0;
        int nh = 0, nt = 0, no = 0;
        List<Double> leads = new ArrayList<>();
        List<Late> lates = new ArrayList<>();
        for (Scores s : parts) {
            lates.addAll(s.lates());
            journeys += s.journeys();
            delivered += s.delivered();
            late += s.late();
            flagged += s.flagged();
            flaggedLate += s.flaggedLate();
            if (!Double.isNaN(s.maeHandover())) {
                h += s.maeHandover();
                hb += s.baselineHandover();
                c90 += s.coverageP90();
                c50 += s.coverageP50();
                nh++;
            }
            if (!Double.isNaN(s.maeTransit())) {
                t += s.maeTransit();
                tb += s.baselineTransit();
                nt++;
            }
            if (!Double.isNaN(s.maeOutForDelivery())) {
                o += s.maeOutForDelivery();
                ob += s.baselineOutForDelivery();
                no++;
            }
            if (s.flaggedLate() > 0) {
                leads.add(s.medianLeadHours());
            }
        }
        leads.sort(null);
        return new Scores(name, journeys, delivered, h / nh, hb / nh, t / nt, tb / nt, o / no, ob / no, c90 / nh, c50 / nh, late,
                flagged, flaggedLate, flagged == 0 ? 0 : flaggedLate / (double) flagged, late == 0 ? 0 : flaggedLate / (double) late,
                leads.isEmpty() ? 0 : leads.get(leads.size() / 2), lates);
    }

    static List<Journey> journeys(int from, int count, long seed, JourneyPlanner.Scenario scenario) {
        return journeys(from, count, seed, scenario, ServiceLevel.STANDARD);
    }

    static List<Journey> journeys(int from, int count, long seed, JourneyPlanner.Scenario scenario, ServiceLevel service) {
        return IntStream.range(from, from + count).mapToObj(i -> journey(i, seed, scenario, service)).toList();
    }

    private static double hours(Instant a, Instant b) {
        return Math.abs(Duration.between(a, b).toMinutes()) / 60.0;
    }

    static double median(List<Double> values) {
        return quantile(values, 0.5);
    }

    static double quantile(List<Double> values, double q) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) (q * sorted.size())));
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    static String table(List<Scores> scores) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("| scenario | journeys (delivered) | ETA MAE h at hand-over: model / baseline (improvement) | at transit scans | at out-for-delivery | P90 coverage | P50 coverage | late | flagged | precision | recall | median lead h | ceiling: best median lead at recall 0.8, flagging on the first sign h |%n"));
        out.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
        for (Scores s : scores) {
            out.append(String.format("| %s | %d (%d) | %.1f / %.1f (%.0f %%) | %.1f / %.1f | %.1f / %.1f | %.1f %% | %.1f %% | %d | %d | %.3f | %.3f | %.1f | %.1f |%n",
                    s.scenario(), s.journeys(), s.delivered(), s.maeHandover(), s.baselineHandover(), 100 * s.improvementAtHandover(),
                    s.maeTransit(), s.baselineTransit(), s.maeOutForDelivery(), s.baselineOutForDelivery(), 100 * s.coverageP90(),
                    100 * s.coverageP50(), s.late(), s.flagged(), s.precision(), s.recall(), s.medianLeadHours(), s.leadCeilingHours()));
        }
        return out.toString();
    }

    /** Late deliveries by cause: how many, the share flagged before the promise, the median lead time of those flagged. */
    static String causes(List<Scores> scores) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("| scenario | cause | late | flagged (recall) | median lead h | median first sign h |%n| --- | --- | --- | --- | --- | --- |%n"));
        for (Scores s : scores) {
            for (String cause : List.of("storm", "address hold", "failed attempt", "slow transit")) {
                List<Late> of = s.lates().stream().filter(l -> l.cause().equals(cause)).toList();
                List<Double> leads = of.stream().filter(Late::flagged).map(Late::leadHours).sorted().toList();
                if (!of.isEmpty()) {
                    out.append(String.format("| %s | %s | %d | %d (%.2f) | %.1f | %.1f |%n", s.scenario(), cause, of.size(), leads.size(),
                            leads.size() / (double) of.size(), leads.isEmpty() ? 0 : leads.get(leads.size() / 2),
                            median(of.stream().map(Late::boundHours).toList())));
                }
            }
        }
        return out.toString();
    }
}
