package io.waybill.domain.eta;

import io.waybill.domain.order.ShipmentStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The delay-risk rules, each small and explainable, evaluated as of an instant. A rule says nothing or gives a level
 * and a sentence; the shipment's risk is the highest level, with every sentence as a reason.
 */
public final class DelayRules {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    /**
     * Everything the rules look at, as of {@code asOf}. {@code disruptions}: known disruptions on the shipment's way, each
     * with the estimate if it holds the shipment; {@code missedPickup}: set when the shipment missed its carrier pickup;
     * {@code signals}: findings of rules outside this class (telemetry excursions of the IoT sensors plug in here).
     */
    public record Situation(ShipmentStatus status, String statusReason, Checkpoint last, Instant lastEventAt, Eta eta,
            Instant promisedLatest, List<Impact> disruptions, String destination, Instant asOf, MissedPickup missedPickup,
            List<Finding> signals) {

        public Situation {
            disruptions = disruptions == null ? List.of() : List.copyOf(disruptions);
            signals = signals == null ? List.of() : List.copyOf(signals);
        }

        /** Without a missed pickup and external signals. */
        public Situation(ShipmentStatus status, String statusReason, Checkpoint last, Instant lastEventAt, Eta eta,
                Instant promisedLatest, List<Impact> disruptions, String destination, Instant asOf) {
            this(status, statusReason, last, lastEventAt, eta, promisedLatest, disruptions, destination, asOf, null, List.of());
        }
    }

    /**
     * An external disruption (weather, traffic, hub outage) affecting a region from {@code from} until {@code until},
     * known (forecast or reported) since {@code knownSince}, from {@code source}.
     */
    public record Disruption(String region, String what, Instant from, Instant until, Instant knownSince, String source) {

        public Disruption {
            Objects.requireNonNull(region, "region");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(until, "until");
            if (!until.isAfter(from)) {
                throw new IllegalArgumentException("a disruption ends after it starts: " + from + " - " + until);
            }
            knownSince = knownSince == null ? from : knownSince;
        }

        /** Known as of {@code asOf} and not over. */
        public boolean knownAndOpen(Instant asOf) {
            return !knownSince.isAfter(asOf) && until.isAfter(asOf);
        }

        /** Overlaps the interval [a, b). */
        boolean overlaps(Instant a, Instant b) {
            return from.isBefore(b) && until.isAfter(a);
        }
    }

    /** A disruption the shipment will probably meet, and its estimate if the disruption holds it until its end. */
    public record Impact(Disruption disruption, Eta ifHeld) {
    }

    /** The carrier pickup the shipment missed, and its estimate if it leaves with the next one. */
    public record MissedPickup(Instant missed, Instant next, Eta ifPickedUpNext) {
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
        missedPickup(s).ifPresent(findings::add);
        findings.addAll(s.signals());
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
        // late with some confidence: the estimate's 20th percentile is past the promise, so about four in five such
        // shipments will be late (HIGH); its median is (LOW)
        Optional<DelayRisk.Level> breach = breach(s.promisedLatest(), s.eta());
        if (breach.isPresent()) {
            return Optional.of(breach.get() == DelayRisk.Level.HIGH
                    ? new Finding(DelayRisk.Level.HIGH, "expected on " + WHEN.format(s.eta().p50()) + ", after the promised "
                            + WHEN.format(s.promisedLatest()) + " (" + s.eta().basis() + ")")
                    : new Finding(DelayRisk.Level.LOW, "probably after the promised " + WHEN.format(s.promisedLatest())
                            + ": expected on " + WHEN.format(s.eta().p50())));
        }
        if (s.eta().p90().isAfter(s.promisedLatest())) {
            // a watch, not an alarm: most shipments have some chance of being late
            return Optional.of(new Finding(DelayRisk.Level.LOW, "may miss the promised " + WHEN.format(s.promisedLatest())
                    + ": one in ten similar shipments arrives after " + WHEN.format(s.eta().p90())));
        }
        return Optional.empty();
    }

    /**
     * The goods were measured outside their condition profile (an open condition breach of the exceptions queue): a
     * warning (MEDIUM), not an alarm. A breach does not slow the parcel down by itself; whether the consignee refuses the
     * goods, and a replacement is sent, is a decision of people. So it shows in the at-risk list and the risk's reasons
     * for operations, and is not told to the customer as a delay (only HIGH is, docs/prediction.md).
     */
    public static Finding conditionBreach(String reason) {
        String why = reason == null || reason.isBlank() ? "out of its condition profile" : reason.strip();
        return new Finding(DelayRisk.Level.MEDIUM, "condition breach (" + why + "): the consignee may refuse the goods, and"
                + " a replacement would arrive late");
    }

    /** No scan for longer than this stage usually goes quiet. */
    static Optional<Finding> missingScan(Situation s) {
        if (s.last() == null || s.lastEventAt() == null) {
            return Optional.empty();
        }
        Duration silent = Duration.between(s.lastEventAt(), s.asOf());
        Duration usual = expectedSilence(s.last().stage());
        if (silent.compareTo(usual) > 0) {
            // silence alone is a watch (this network does not scan over a weekend); twice the usual is an alarm
            DelayRisk.Level level = silent.compareTo(usual.multipliedBy(2)) > 0 ? DelayRisk.Level.MEDIUM : DelayRisk.Level.LOW;
            return Optional.of(new Finding(level, "no scan for " + silent.toHours() + " h; at this stage the carrier"
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

    /**
     * A known disruption on the shipment's way: at its level the estimate if the disruption holds the shipment until it
     * ends says whether the promise is at risk; the worst disruption speaks.
     */
    static Optional<Finding> disruption(Situation s) {
        Optional<Finding> worst = Optional.empty();
        for (Impact impact : s.disruptions()) {
            Disruption d = impact.disruption();
            String what = d.what() + " in " + d.region() + " " + WHEN.format(d.from()) + " - " + WHEN.format(d.until())
                    + (d.source() == null ? "" : " (" + d.source() + ")");
            Finding finding = breach(s.promisedLatest(), impact.ifHeld())
                    .map(level -> new Finding(level, what + ": if it holds the shipment, expected on "
                            + WHEN.format(impact.ifHeld().p50()) + ", after the promised " + WHEN.format(s.promisedLatest())))
                    .orElse(new Finding(DelayRisk.Level.LOW, what + ": the shipment should still make its promise"));
            if (worst.isEmpty() || finding.level().compareTo(worst.get().level()) > 0) {
                worst = Optional.of(finding);
            }
        }
        return worst;
    }

    /**
     * Warehouse cut-off missed: the shipment was not packed (or not collected) by the carrier's pickup, so it leaves with
     * the next one at the earliest; its estimate from then says whether the promise is at risk.
     */
    static Optional<Finding> missedPickup(Situation s) {
        MissedPickup m = s.missedPickup();
        if (m == null) {
            return Optional.empty();
        }
        String what = "missed the carrier's pickup at " + WHEN.format(m.missed()) + "; the next is " + WHEN.format(m.next());
        return Optional.of(breach(s.promisedLatest(), m.ifPickedUpNext())
                .map(level -> new Finding(level, what + ": expected on " + WHEN.format(m.ifPickedUpNext().p50())
                        + ", after the promised " + WHEN.format(s.promisedLatest())))
                .orElse(new Finding(DelayRisk.Level.LOW, what + ": the promise still holds")));
    }

    /**
     * How surely an estimate breaks a promise: HIGH when its 20th percentile is past it; LOW (a watch) when only its
     * median is (for a what-if, the what-if itself may not come true: a forecast storm may miss, a pickup may be caught
     * up); empty otherwise. The one threshold of every rule that judges an estimate against the promise.
     */
    static Optional<DelayRisk.Level> breach(Instant promise, Eta eta) {
        if (promise == null || eta == null) {
            return Optional.empty();
        }
        if (eta.p20().isAfter(promise)) {
            return Optional.of(DelayRisk.Level.HIGH);
        }
        return eta.p50().isAfter(promise) ? Optional.of(DelayRisk.Level.LOW) : Optional.empty();
    }
}
