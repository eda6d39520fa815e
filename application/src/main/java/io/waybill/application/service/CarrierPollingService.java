package io.waybill.application.service;

import io.waybill.application.port.in.EventOutcome;
import io.waybill.application.port.in.PollCarriers;
import io.waybill.application.port.in.RecordCarrierReports;
import io.waybill.application.port.in.RecordCarrierReports.CarrierReport;
import io.waybill.application.port.in.RecordTrackingEvents;
import io.waybill.application.port.out.CarrierTracking;
import io.waybill.application.port.out.CarrierTracking.CarrierUnavailableException;
import io.waybill.application.port.out.TrackingPolls;
import io.waybill.application.port.out.TrackingPolls.Claimed;
import io.waybill.domain.order.CarrierCode;
import io.waybill.domain.order.CarrierTrackingNumber;
import io.waybill.domain.order.OrderId;
import io.waybill.domain.order.Shipment;
import io.waybill.domain.order.ShipmentStatus;
import io.waybill.domain.tracking.TrackingEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import io.waybill.application.shared.TenantScope;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Polls the carriers that must be asked: claims the shipments that are due (never one another instance holds),
 * asks each carrier in requests of as many numbers as it allows, records what it says as pushed reports are
 * recorded ({@link RecordCarrierReports}: its delivery estimates first, then its events), and reschedules each shipment by {@link PollingPolicy}. Requests run on the given
 * executor, which bounds how many are in flight; rate limits, time-outs, retries and circuit breaking are the
 * {@link CarrierTracking} adapter's. A carrier that fails or says "slow down" only delays its own shipments.
 */
public class CarrierPollingService implements PollCarriers {

    private static final Logger LOG = Logger.getLogger(CarrierPollingService.class.getName());

    private final TrackingPolls polls;
    private final CarrierTracking tracking;
    private final RecordCarrierReports reports;
    private final Function<CarrierCode, PollingPolicy> policies;
    private final Clock clock;
    private final Executor requests;
    private final int batchSize;
    private final Duration lease;

    /**
     * @param policies  the polling policy of each carrier (one whose time runs faster, like the simulator's, polls faster)
     * @param requests  runs the carrier requests of a round; its size bounds the requests in flight
     * @param batchSize how many due shipments one round claims
     * @param lease     how long a claim holds: longer than a round can take (requests, retries and all)
     */
    public CarrierPollingService(TrackingPolls polls, CarrierTracking tracking, RecordCarrierReports reports,
            Function<CarrierCode, PollingPolicy> policies, Clock clock, Executor requests, int batchSize, Duration lease) {
        this.polls = polls;
        this.tracking = tracking;
        this.reports = reports;
        this.policies = policies;
        this.clock = clock;
        this.requests = requests;
        this.batchSize = batchSize;
        this.lease = lease;
    }

    @Override
    public boolean polls(CarrierCode carrier) {
        return tracking.carriers().contains(carrier);
    }

    @Override
    public void track(OrderId order, Shipment shipment) {
        if (polls(shipment.carrier()) && !shipment.status().isTerminal()) {
            polls.schedule(shipment.getId(), shipment.carrier(), shipment.carrierTrackingNumber(),
                    clock.instant().plus(policies.apply(shipment.carrier()).firstPoll()));
        }
    }

    @Override
    public int catchUp() {
        Set<CarrierCode> carriers = tracking.carriers();
        return carriers.isEmpty() ? 0 : polls.scheduleMissing(carriers, clock.instant());
    }

    @Override
    public Round pollDue() {
        Set<CarrierCode> carriers = tracking.carriers();
        if (carriers.isEmpty()) {
            return Round.NOTHING_DUE;
        }
        List<Claimed> claimed = polls.claimDue(carriers, clock.instant(), lease, batchSize);
        if (claimed.isEmpty()) {
            return Round.NOTHING_DUE;
        }
        Map<CarrierCode, List<Claimed>> byCarrier = new LinkedHashMap<>();
        claimed.forEach(c -> byCarrier.computeIfAbsent(c.carrier(), k -> new ArrayList<>()).add(c));
        List<CompletableFuture<Round>> rounds = new ArrayList<>();
        byCarrier.forEach((carrier, shipments) -> {
            int size = Math.max(1, tracking.maxNumbersPerRequest(carrier));
            for (int from = 0; from < shipments.size(); from += size) {
                List<Claimed> request = shipments.subList(from, Math.min(shipments.size(), from + size));
                rounds.add(CompletableFuture.supplyAsync(TenantScope.carried(() -> poll(carrier, request)), requests));
            }
        });
        Round total = new Round(0, 0, 0, 0, 0);
        for (CompletableFuture<Round> round : rounds) {
            Round r = round.join();
            total = new Round(total.shipments() + r.shipments(), total.requests() + r.requests(),
                    total.failedRequests() + r.failedRequests(), total.accepted() + r.accepted(), total.stopped() + r.stopped());
        }
        return total;
    }

    /** One request: never throws, every claimed shipment is rescheduled or stopped. */
    private Round poll(CarrierCode carrier, List<Claimed> shipments) {
        PollingPolicy policy = policies.apply(carrier);
        List<CarrierTrackingNumber> numbers = shipments.stream().map(Claimed::number).toList();
        CarrierTracking.Answer answer;
        try {
            answer = tracking.track(carrier, numbers);
        } catch (CarrierUnavailableException e) {
            return unavailable(carrier, shipments, policy, e);
        } catch (RuntimeException e) {
            // a bug in an adapter must not leave the shipments claimed until their lease runs out, nor stop the round
            LOG.log(Level.WARNING, "polling " + carrier + " failed unexpectedly", e);
            Instant now = clock.instant();
            shipments.forEach(c -> polls.reschedule(c.shipment(), now.plus(policy.backoff(c.failures() + 1)), null,
                    c.failures() + 1));
            return new Round(shipments.size(), 1, 1, 0, 0);
        }
        List<RecordTrackingEvents.Event> scans = answer.events().stream()
                .map(scan -> new RecordTrackingEvents.Event(null, carrier, scan.number(), scan.event())).toList();
        List<EventOutcome> outcomes = reports.recordReport(new CarrierReport(carrier, answer.estimates(), scans));
        Map<CarrierTrackingNumber, TrackingEvent> latestNews = new HashMap<>();
        int accepted = 0;
        for (EventOutcome outcome : outcomes) {
            RecordTrackingEvents.Event event = scans.get(outcome.index());
            if (outcome.result() == EventOutcome.Result.ACCEPTED) {
                accepted++;
                latestNews.merge(event.carrierTrackingNumber(), event.event(),
                        (a, b) -> TrackingEvent.CHRONOLOGICAL.compare(a, b) >= 0 ? a : b);
            } else if (outcome.result() == EventOutcome.Result.REJECTED) {
                LOG.fine(() -> carrier + " " + event.carrierTrackingNumber() + ": event rejected: " + outcome.reason());
            }
        }
        Instant now = clock.instant();
        int stopped = 0;
        for (Claimed c : shipments) {
            TrackingEvent news = latestNews.get(c.number());
            ShipmentStatus reached = news == null ? null : ShipmentStatus.reachedBy(news.milestone(), c.status());
            ShipmentStatus status = reached == null ? c.status() : reached;
            Duration silentFor = news != null || c.lastNewsAt() == null ? Duration.ZERO : Duration.between(c.lastNewsAt(), now);
            if (policy.keepPolling(status, silentFor)) {
                polls.reschedule(c.shipment(), now.plus(policy.interval(status, silentFor)), news == null ? null : now, 0);
            } else {
                polls.stop(c.shipment());
                stopped++;
                if (!status.isTerminal()) {
                    LOG.warning(() -> carrier + " " + c.number() + " has had no news for " + silentFor.toHours()
                            + " h: no longer polled");
                }
            }
        }
        return new Round(shipments.size(), 1, 0, accepted, stopped);
    }

    /** The carrier could not be asked: each shipment is retried after its backoff, or later if the carrier said so. */
    private Round unavailable(CarrierCode carrier, List<Claimed> shipments, PollingPolicy policy, CarrierUnavailableException e) {
        LOG.log(Level.INFO, () -> "polling " + carrier + " for " + shipments.size() + " shipments failed: " + e.getMessage());
        Instant now = clock.instant();
        for (Claimed c : shipments) {
            int failures = c.failures() + 1;
            Instant due = now.plus(policy.backoff(failures));
            if (e.retryNotBefore() != null && e.retryNotBefore().isAfter(due)) {
                due = e.retryNotBefore();
            }
            polls.reschedule(c.shipment(), due, null, failures);
        }
        return new Round(shipments.size(), 1, 1, 0, 0);
    }
}
