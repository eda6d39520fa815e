package io.waybill.bootstrap.wiring;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.vertx.http.HttpServer;
import io.waybill.adapters.carriers.poll.HttpCarrierTracking;
import io.waybill.adapters.carriers.simulated.SimulatedCarrier;
import io.waybill.adapters.carriers.spi.CarrierAdapter;
import io.waybill.application.port.in.PollCarriers;
import io.waybill.application.port.in.RecordCarrierReports;
import io.waybill.application.port.out.CarrierTracking;
import io.waybill.application.port.out.TrackingPolls;
import io.waybill.application.service.CarrierPollingService;
import io.waybill.application.service.PollingPolicy;
import io.waybill.domain.order.CarrierCode;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The poller's parts. A carrier is polled when its adapter can be ({@code trackingRequests}) and
 * {@code waybill.carriers.<code>.poll.endpoint} is set; the simulated carrier is polled at its own API, served
 * beside Waybill, whenever it runs with {@code waybill.carrier.simulated.delivery} {@code poll} or {@code both}.
 */
public class CarrierPolling {

    private static final Logger LOG = Logger.getLogger(CarrierPolling.class);

    @Produces
    @Singleton
    CarrierTracking carrierTracking(@Any Instance<CarrierAdapter> adapters, Instance<SimulatedCarrier> simulator,
            Instance<HttpServer> server, Config config, Clock clock, MeterRegistry meters, @Named("carrier-polls") HttpClient http,
            @ConfigProperty(name = "waybill.carrier.simulated.enabled") boolean simulated,
            @ConfigProperty(name = "waybill.carrier.simulated.delivery", defaultValue = "poll") String delivery) {
        List<HttpCarrierTracking.Endpoint> endpoints = new ArrayList<>();
        for (CarrierAdapter adapter : adapters) {
            String prefix = "waybill.carriers." + adapter.code().value() + ".poll.";
            boolean simulatorPolled = simulated && SimulatedCarrier.DEFAULT_CARRIERS.contains(adapter.code())
                    && !"push".equalsIgnoreCase(delivery.strip());
            Supplier<URI> endpoint;
            String authorization;
            double perSecond;
            if (simulatorPolled) {
                SimulatedCarrier carrier = simulator.get();
                endpoint = () -> server.get().getLocalBaseUri().resolve("/simulator/carriers/" + adapter.code().value());
                authorization = "Bearer " + carrier.apiToken();
                perSecond = 50;
            } else {
                var configured = config.getOptionalValue(prefix + "endpoint", String.class).filter(s -> !s.isBlank());
                if (configured.isEmpty()) {
                    continue;
                }
                if (adapter.trackingRequests().isEmpty()) {
                    throw new IllegalStateException(prefix + "endpoint is set, but carrier " + adapter.code()
                            + " cannot be polled (its adapter has no tracking requests)");
                }
                URI uri = URI.create(configured.get());
                endpoint = () -> uri;
                authorization = config.getOptionalValue(prefix + "authorization", String.class).orElse(null);
                perSecond = config.getOptionalValue(prefix + "requests-per-second", Double.class).orElse(5.0);
            }
            endpoints.add(new HttpCarrierTracking.Endpoint(adapter, endpoint, authorization, perSecond,
                    config.getOptionalValue(prefix + "timeout", Duration.class).orElse(Duration.ofSeconds(10)),
                    config.getOptionalValue(prefix + "retries", Integer.class).orElse(2),
                    config.getOptionalValue(prefix + "circuit-breaker-delay", Duration.class).orElse(Duration.ofSeconds(30))));
            LOG.infof("polling carrier %s (%s requests/s)", adapter.code(), perSecond);
        }
        return new HttpCarrierTracking(endpoints, http, clock, meters);
    }

    @Produces
    @Singleton
    @Named("carrier-polls")
    HttpClient pollClient() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    @Produces
    @Singleton
    @Named("carrier-poll-requests")
    ExecutorService pollRequests(@ConfigProperty(name = "waybill.poller.concurrency", defaultValue = "8") int concurrency) {
        AtomicInteger threads = new AtomicInteger();
        return Executors.newFixedThreadPool(concurrency, task -> {
            Thread thread = new Thread(task, "carrier-poll-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    void closePollRequests(@Disposes @Named("carrier-poll-requests") ExecutorService requests) {
        requests.shutdownNow();
    }

    @Produces
    @Singleton
    @Typed(CarrierPollingService.class)
    CarrierPollingService pollingService(TrackingPolls polls, CarrierTracking tracking, RecordCarrierReports reports, Clock clock,
            Config config, @Named("carrier-poll-requests") ExecutorService requests,
            @ConfigProperty(name = "waybill.carrier.simulated.speed-up", defaultValue = "2000") double simulatorSpeedUp,
            @ConfigProperty(name = "waybill.poller.batch-size", defaultValue = "200") int batchSize,
            @ConfigProperty(name = "waybill.poller.lease", defaultValue = "PT2M") Duration lease) {
        Map<CarrierCode, PollingPolicy> policies = new HashMap<>();
        for (CarrierCode carrier : tracking.carriers()) {
            double speedUp = SimulatedCarrier.DEFAULT_CARRIERS.contains(carrier) ? simulatorSpeedUp
                    : config.getOptionalValue("waybill.carriers." + carrier.value() + ".poll.speed-up", Double.class).orElse(1.0);
            policies.put(carrier, Double.isInfinite(speedUp) ? PollingPolicy.DEFAULT.accelerated(1e9)
                    : PollingPolicy.DEFAULT.accelerated(Math.max(1, speedUp)));
        }
        return new CarrierPollingService(polls, tracking, reports, c -> policies.getOrDefault(c, PollingPolicy.DEFAULT),
                clock, requests, batchSize, lease);
    }

    @Produces
    PollCarriers pollCarriers(CarrierPollingService service) {
        return service;
    }
}
