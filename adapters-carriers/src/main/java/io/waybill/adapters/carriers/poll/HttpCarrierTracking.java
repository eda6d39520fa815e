package io.waybill.adapters.carriers.poll;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.smallrye.faulttolerance.api.Guard;
import io.waybill.adapters.carriers.spi.CarrierAdapter;
import io.waybill.adapters.carriers.spi.CarrierPayloadException;
import io.waybill.adapters.carriers.spi.Parsed;
import io.waybill.adapters.carriers.spi.TrackingRequests;
import io.waybill.application.port.out.CarrierTracking;
import io.waybill.domain.order.CarrierCode;
import io.waybill.domain.order.CarrierTrackingNumber;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.logging.Logger;

/**
 * Polls carriers' tracking APIs over HTTP. Per carrier: its requests are paced to its rate limit (and paused
 * when it answers 429 with Retry-After); each request has a time-out; a time-out, a connection failure or a 5xx
 * is retried a few times with exponential backoff and jitter; a circuit breaker stops asking a carrier that keeps
 * failing and tries again after a pause. Whatever still fails is a {@link CarrierUnavailableException} for the
 * poller, which reschedules the shipments with its own, longer backoff.
 */
public final class HttpCarrierTracking implements CarrierTracking {

    private static final Logger LOG = Logger.getLogger(HttpCarrierTracking.class);

    /**
     * One polled carrier.
     *
     * @param adapter           the carrier's adapter, with its {@link TrackingRequests}
     * @param endpoint          the API's base address (looked up at each request: it may be known only once the
     *                          application listens, as for the simulated carrier served beside it)
     * @param authorization     the {@code Authorization} header value (e.g. {@code Bearer ...}), or null
     * @param requestsPerSecond the carrier's rate limit for this instance
     * @param timeout           the time-out of one request
     * @param retries           how many times a failed request is retried at once
     * @param breakerDelay      how long the circuit stays open before a trial request
     */
    public record Endpoint(CarrierAdapter adapter, Supplier<URI> endpoint, String authorization, double requestsPerSecond,
            Duration timeout, int retries, Duration breakerDelay) {

        public Endpoint {
            if (adapter.trackingRequests().isEmpty()) {
                throw new IllegalArgumentException(adapter.code() + " cannot be polled: its adapter has no tracking requests");
            }
        }
    }

    /** An answer worth retrying: 5xx. */
    static final class ServerError extends IOException {
        ServerError(String message) {
            super(message);
        }
    }

    /** The carrier asked us to slow down: not retried at once, never counted against the circuit. */
    static final class TooManyRequests extends Exception {
        final Instant retryAt;

        TooManyRequests(String message, Instant retryAt) {
            super(message);
            this.retryAt = retryAt;
        }
    }

    /** A 4xx other than 429: our request or credentials are wrong; retrying will not help. */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    private final class Polled {
        final Endpoint endpoint;
        final TrackingRequests requests;
        final RequestPacer pacer;
        final Guard guard;

        Polled(Endpoint endpoint) {
            this.endpoint = endpoint;
            this.requests = endpoint.adapter().trackingRequests().orElseThrow();
            this.pacer = new RequestPacer(endpoint.requestsPerSecond(), endpoint.timeout(), clock);
            String carrier = endpoint.adapter().code().value();
            this.guard = Guard.create()
                    .withDescription("poll " + carrier)
                    .withRetry()
                        .maxRetries(endpoint.retries())
                        .delay(200, ChronoUnit.MILLIS)
                        .jitter(100, ChronoUnit.MILLIS)
                        .withExponentialBackoff().factor(2).maxDelay(5, ChronoUnit.SECONDS).done()
                        .retryOn(IOException.class)
                        .abortOn(List.of(TooManyRequests.class, Refused.class, RequestPacer.TooLongWait.class,
                                CircuitBreakerOpenException.class))
                        .done()
                    .withCircuitBreaker()
                        .requestVolumeThreshold(10)
                        .failureRatio(0.5)
                        .delay(endpoint.breakerDelay().toMillis(), ChronoUnit.MILLIS)
                        .successThreshold(1)
                        .failOn(IOException.class)
                        .onStateChange(state -> breakerChanged(carrier, state))
                        .done()
                    .build();
        }
    }

    private final Map<CarrierCode, Polled> carriers = new LinkedHashMap<>();
    private final HttpClient http;
    private final Clock clock;
    private final MeterRegistry meters;

    public HttpCarrierTracking(List<Endpoint> endpoints, HttpClient http, Clock clock, MeterRegistry meters) {
        this.http = http;
        this.clock = clock;
        this.meters = meters;
        for (Endpoint endpoint : endpoints) {
            if (carriers.put(endpoint.adapter().code(), new Polled(endpoint)) != null) {
                throw new IllegalArgumentException(endpoint.adapter().code() + " is configured twice");
            }
        }
    }

    @Override
    public Set<CarrierCode> carriers() {
        return carriers.keySet();
    }

    @Override
    public int maxNumbersPerRequest(CarrierCode carrier) {
        return polled(carrier).requests.maxNumbersPerRequest();
    }

    @Override
    public Answer track(CarrierCode carrier, List<CarrierTrackingNumber> numbers) {
        Polled polled = polled(carrier);
        byte[] body;
        try {
            body = polled.guard.call(() -> fetch(polled, numbers), byte[].class);
        } catch (TooManyRequests e) {
            polled.pacer.pauseUntil(e.retryAt);
            throw unavailable(carrier, "rate-limited", e.getMessage(), e.retryAt, e);
        } catch (RequestPacer.TooLongWait e) {
            throw unavailable(carrier, "paced", e.getMessage(), e.until, e);
        } catch (CircuitBreakerOpenException e) {
            throw unavailable(carrier, "circuit-open", "circuit open after repeated failures",
                    clock.instant().plus(polled.endpoint.breakerDelay()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(carrier, "interrupted", "interrupted", null, e);
        } catch (Exception e) {
            throw unavailable(carrier, e instanceof Refused ? "refused" : "failed", describe(e), null, e);
        }
        Instant receivedAt = clock.instant();
        Parsed parsed;
        try {
            parsed = polled.endpoint.adapter().parse(body);
        } catch (CarrierPayloadException e) {
            throw unavailable(carrier, "unreadable", "unreadable answer: " + e.getMessage(), null, e);
        }
        count(carrier, "ok");
        parsed.unmapped().forEach(u -> {
            meters.counter("waybill.carrier.unmapped", "carrier", carrier.value(), "code", u.rawCode()).increment();
            // the code, not the carrier's text: carriers write receivers' names into it
            LOG.infof("unmapped %s code %s: %s", carrier, u.rawCode(), u.why());
        });
        return new Answer(parsed.events().stream().map(e -> new Scan(e.carrierTrackingNumber(), e.event())).toList(),
                parsed.unmapped().size(), parsed.warnings(), parsed.carrierEstimates(carrier, receivedAt));
    }

    private byte[] fetch(Polled polled, List<CarrierTrackingNumber> numbers) throws Exception {
        polled.pacer.acquire();
        HttpRequest.Builder request = polled.requests.request(polled.endpoint.endpoint().get(), numbers)
                .timeout(polled.endpoint.timeout());
        if (polled.endpoint.authorization() != null) {
            request.header("Authorization", polled.endpoint.authorization());
        }
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            attempt(polled.endpoint.adapter().code(), "timeout");
            throw e;
        }
        int status = response.statusCode();
        if (status == 429) {
            attempt(polled.endpoint.adapter().code(), "429");
            Instant retryAt = retryAfter(response.headers().firstValue("Retry-After").orElse(null), clock.instant());
            throw new TooManyRequests("429 Too Many Requests, retry after " + retryAt, retryAt);
        }
        if (status >= 500) {
            attempt(polled.endpoint.adapter().code(), "5xx");
            throw new ServerError(status + " from " + polled.endpoint.endpoint().get().getHost());
        }
        if (status == 404 && polled.requests.maxNumbersPerRequest() == 1) {
            // one-number APIs (UPS, USPS, DHL) say "not found" with 404 and a body the adapter reads as a warning
            return response.body();
        }
        if (status >= 400) {
            attempt(polled.endpoint.adapter().code(), "4xx");
            throw new Refused(status + " from " + polled.endpoint.endpoint().get().getHost() + ": check the endpoint and credentials");
        }
        return response.body();
    }

    /** Retry-After as seconds or as an HTTP date; a missing or unreadable value means one minute. */
    static Instant retryAfter(String value, Instant now) {
        if (value != null) {
            String v = value.strip();
            try {
                return now.plusSeconds(Math.max(0, Long.parseLong(v)));
            } catch (NumberFormatException notSeconds) {
                try {
                    return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                } catch (DateTimeParseException notADate) {
                    LOG.debugf("unreadable Retry-After '%s'", v);
                }
            }
        }
        return now.plusSeconds(60);
    }

    private CarrierUnavailableException unavailable(CarrierCode carrier, String outcome, String message, Instant retryAt,
            Throwable cause) {
        count(carrier, outcome);
        return new CarrierUnavailableException(carrier + ": " + message, retryAt, cause);
    }

    private void count(CarrierCode carrier, String outcome) {
        meters.counter("waybill.carrier.polls", "carrier", carrier.value(), "outcome", outcome).increment();
    }

    /** One HTTP attempt that failed (a request may make several). */
    private void attempt(CarrierCode carrier, String outcome) {
        meters.counter("waybill.carrier.poll.failed.attempts", "carrier", carrier.value(), "outcome", outcome).increment();
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static void breakerChanged(String carrier, CircuitBreakerState state) {
        LOG.infof("circuit breaker for carrier %s is now %s", carrier, state);
    }

    private Polled polled(CarrierCode carrier) {
        Polled polled = carriers.get(carrier);
        if (polled == null) {
            throw new IllegalArgumentException(carrier + " is not a polled carrier");
        }
        return polled;
    }

}
