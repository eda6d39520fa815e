package io.waybill.domain.eta;

import io.waybill.domain.order.ShipmentStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The delay-risk rules, each small and explainable, evaluated as of an instant. A rule says nothing or gives a level
 * and a sentence; the shipment's risk is the highest level, with every sentence as a reason.
 */
public final class DelayRules {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    /** Everything the rules look at, as of {@code asOf}. */
    public record Situation(ShipmentStatus status, String statusReason, Checkpoint last, Instant lastEventAt, Eta eta,
            Instant promisedLatest, List<Disruption> disruptions, String destination, Instant asOf) {

        public Situation {
            disruptions = disruptions == null ? List.of() : List.copyOf(disruptions);
        }
    }

    /** An external disruption (weather, traffic, hub outage) affecting a region for a while. */
    public record Disruption(String region, String what, Instant from, Instant until, Duration expectedDelay) {

        boolean affects(String r, Instant at) {
            return region.equals(r) && !at.isBefore(from) && at.isBefore(until);
        }
    }

    /** One rule's verdict. */
    public record Finding(DelayRisk.Level level, String reason) {
    }

    /** How long each stage usually goes without a scan before silence itself is a warning sign. */
    public static Duration expectedSilence(Stage stage) {
        return switch (stage) {
            case AWAITING_PICKUP -> Duration.ofHours(24);
            case IN_TRANSIT -> Duration.ofHours(48);
            case OUT_FOR_DELIVERY -> Duration.ofHours(12);
            case HELD -> Duration.ofHours(48);
            case ATTEMPT_FAILED -> Duration.ofHours(30);
        };
    }

    private DelayRules() {
    }

    /** Every rule's finding, in a fixed order. */
    public static List<Finding> findings(Situation s) {
        List<Finding> findings = new ArrayList<>();
        promiseBreach(s).ifPresent(findings::add);
        missingScan(s).ifPresent(findings::add);
        carrierException(s).ifPresent(findings::add);
        failedAttempt(s).ifPresent(findings::add);
        disruption(s).ifPresent(findings::add);
        return findings;
    }

    /**
     * The risk as of {@code s.asOf()}; {@code previous} (the risk before) keeps the first-detected time of a risk that
     * goes on.
     */
    public static DelayRisk evaluate(Situation s, DelayRisk previous) {
        List<Finding> findings = findings(s);
        DelayRisk.Level level = findings.stream().map(Finding::level).max(Enum::compareTo).orElse(DelayRisk.Level.NONE);
        if (level == DelayRisk.Level.NONE) {
            return DelayRisk.NONE;
        }
        Instant first = previous != null && previous.level() != DelayRisk.Level.NONE && previous.firstDetectedAt() != null
                ? previous.firstDetectedAt() : s.asOf();
        Duration lead = s.promisedLatest() == null ? null : Duration.between(first, s.promisedLatest());
        return new DelayRisk(level, findings.stream().map(Finding::reason).toList(), first, lead);
    }

    /**
     * The estimate lies past the promised window: with confidence (its 20th percentile is past the promise: high), probably
     * (P50: low) or possibly (P90: low, worth watching). Raising only on the 20th percentile keeps alarms for shipments
     * that will most likely be late (precision), at the price of some lead time; see docs/prediction.md.
     */
    static Optional<Finding> promiseBreach(Situation s) {
        if (s.promisedLatest() == null || s.eta() == null) {
            return Optional.empty();
        }
        // late with some confidence: the estimate's 20th percentile (P50 - 0.66 (P90 - P50) for a bell-shaped spread) is
        // past the promise, so about four in five such shipments will be late
        java.time.Duration spread = java.time.Duration.between(s.eta().p50(), s.eta().p90());
        Instant p20 = s.eta().p50().minus(spread.multipliedBy(66).dividedBy(100));
        if (p20.isAfter(s.promisedLatest())) {
            return Optional.of(new Finding(DelayRisk.Level.HIGH, "expected on " + WHEN.format(s.eta().p50())
                    + ", after the promised " + WHEN.format(s.promisedLatest()) + " (" + s.eta().basis() + ")"));
        }
        if (s.eta().p50().isAfter(s.promisedLatest())) {
            return Optional.of(new Finding(DelayRisk.Level.LOW, "probably after the promised " + WHEN.format(s.promisedLatest())
                    + ": expected on " + WHEN.format(s.eta().p50())));
        }
        if (s.eta().p90().isAfter(s.promisedLatest())) {
            // a watch, not an alarm: most shipments have some chance of being late
            return Optional.of(new Finding(DelayRisk.Level.LOW, "may miss the promised " + WHEN.format(s.promisedLatest())
                    + ": one in ten similar shipments arrives after " + WHEN.format(s.eta().p90())));
        }
        return Optional.empty();
    }

    /** No scan for longer than this stage usually goes quiet. */
    static Optional<Finding> missingScan(Situation s) {
        if (s.last() == null || s.lastEventAt() == null) {
            return Optional.empty();
        }
        Duration silent = Duration.between(s.lastEventAt(), s.asOf());
        Duration usual = expectedSilence(s.last().stage());
        if (silent.compareTo(usual) > 0) {
            return Optional.of(new Finding(DelayRisk.Level.MEDIUM, "no scan for " + silent.toHours() + " h; at this stage the carrier"
                    + " usually scans within " + usual.toHours() + " h"));
        }
        return Optional.empty();
    }

    /**
     * The carrier holds the shipment (weather, address, customs, damage) or lost it. A hold is a reason, not yet an
     * alarm (LOW): the estimate from the hold stage says whether it threatens the promise. Lost is an alarm.
     */
    static Optional<Finding> carrierException(Situation s) {
        if (s.status() == ShipmentStatus.LOST) {
            return Optional.of(new Finding(DelayRisk.Level.HIGH, "the carrier reports the shipment lost"));
        }
        if (s.status() == ShipmentStatus.HELD) {
            String reason = s.statusReason() == null ? "no reason given" : s.statusReason();
            return Optional.of(new Finding(DelayRisk.Level.LOW, "held by the carrier: " + reason));
        }
        return Optional.empty();
    }

    /** Nobody was home, or access was refused: a reason (LOW); the estimate decides whether the promise is at risk. */
    static Optional<Finding> failedAttempt(Situation s) {
        if (s.status() == ShipmentStatus.DELIVERY_ATTEMPT_FAILED) {
            return Optional.of(new Finding(DelayRisk.Level.LOW, "a delivery attempt failed"
                    + (s.statusReason() == null ? "" : " (" + s.statusReason() + ")") + "; the next attempt is the next delivery day"));
        }
        return Optional.empty();
    }

    /** A known disruption where the shipment is or where it is going. */
    static Optional<Finding> disruption(Situation s) {
        for (Disruption d : s.disruptions()) {
            String where = s.last() == null ? null : s.last().region();
            if ((where != null && d.affects(where, s.asOf())) || (s.destination() != null && d.affects(s.destination(), s.asOf()))) {
                return Optional.of(new Finding(DelayRisk.Level.MEDIUM, d.what() + " in " + d.region() + " until "
                        + WHEN.format(d.until()) + " (about " + d.expectedDelay().toHours() + " h delay expected)"));
            }
        }
        return Optional.empty();
    }
}
