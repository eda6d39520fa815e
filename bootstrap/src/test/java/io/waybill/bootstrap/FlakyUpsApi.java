package io.waybill.bootstrap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A UPS Track API on a real local HTTP port that misbehaves on purpose: of every seven requests one answers 503,
 * one takes longer than the poller's time-out, one answers 429 with {@code Retry-After: 1}. The others reveal one
 * more scan of the shipment's journey (pickup, arrival, out for delivery, delivered), in UPS's JSON. It records
 * every request and how many were in flight for one tracking number at once.
 */
public class FlakyUpsApi implements QuarkusTestResourceLifecycleManager {

    static final List<String[]> JOURNEY = List.of(
            new String[] {"P", "PU", "Pickup Scan"},
            new String[] {"I", "AR", "Arrived at Facility"},
            new String[] {"O", "OT", "Out For Delivery Today"},
            new String[] {"D", "KB", "DELIVERED"});
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** One request as the server saw it: when it arrived, and what it was answered. */
    record Seen(String number, Instant at, int status) {
    }

    static final List<Seen> REQUESTS = new CopyOnWriteArrayList<>();
    static final Map<String, AtomicInteger> IN_FLIGHT = new ConcurrentHashMap<>();
    static final AtomicInteger MOST_IN_FLIGHT_FOR_ONE_NUMBER = new AtomicInteger();
    /** Numbers the test ships, with how many scans each has revealed so far. */
    static final Map<String, AtomicInteger> REVEALED = new ConcurrentHashMap<>();
    static final Instant START = Instant.now();
    /** The day UPS expects to deliver, in Berlin: two days after the test's start. */
    static final java.time.LocalDate DUE = START.atZone(BERLIN).toLocalDate().plusDays(2);

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the flaky UPS API", e);
        }
        server.setExecutor(Executors.newFixedThreadPool(16));
        server.createContext("/api/track/v1/details/", this::handle);
        server.start();
        return Map.of(
                "waybill.carriers.ups.poll.endpoint", "http://127.0.0.1:" + server.getAddress().getPort(),
                "waybill.carriers.ups.poll.requests-per-second", "200",
                "waybill.carriers.ups.poll.timeout", "PT0.4S",
                "waybill.carriers.ups.poll.retries", "1",
                "waybill.carriers.ups.poll.circuit-breaker-delay", "PT0.5S",
                // UPS time at 7200x: 2 h in transit polls every second, the first poll after 0.1 s, retries after 8 ms
                "waybill.carriers.ups.poll.speed-up", "7200",
                "waybill.poller.tick", "PT0.05S");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String number = path.substring(path.lastIndexOf('/') + 1);
        Instant started = Instant.now();
        AtomicInteger inFlight = IN_FLIGHT.computeIfAbsent(number, n -> new AtomicInteger());
        MOST_IN_FLIGHT_FOR_ONE_NUMBER.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        boolean abandoned = false;
        try {
            AtomicInteger revealed = REVEALED.get(number);
            int n = COUNTER.incrementAndGet();
            if (revealed == null) {
                answer(exchange, started, number, 200, "{\"trackResponse\":{\"shipment\":[{\"inquiryNumber\":\"" + number
                        + "\",\"warnings\":[{\"code\":\"TW0001\",\"message\":\"Tracking Information Not Found\"}]}]}}");
            } else if (n % 7 == 1) {
                answer(exchange, started, number, 503, "{\"response\":{\"errors\":[{\"code\":\"10500\",\"message\":\"Service Unavailable\"}]}}");
            } else if (n % 7 == 3) {
                exchange.getResponseHeaders().add("Retry-After", "1");
                answer(exchange, started, number, 429, "{\"response\":{\"errors\":[{\"code\":\"10429\",\"message\":\"Too Many Requests\"}]}}");
            } else if (n % 7 == 5) {
                // longer than the poller's 0.4 s time-out: once that has passed the poller has given the request up
                // (it sent it before this server received it), so it no longer counts as in flight; its retry comes
                // 100-300 ms later (the poller may ask again while this thread still sleeps). Counting up to exactly
                // the time-out leaves that whole margin to a machine under load.
                sleep(400);
                inFlight.decrementAndGet();
                abandoned = true;
                sleep(800);
                answer(exchange, started, number, 200, journey(number, revealed.get()));
            } else {
                int shown = revealed.updateAndGet(r -> Math.min(JOURNEY.size(), r + 1));
                answer(exchange, started, number, 200, journey(number, shown));
            }
        } finally {
            if (!abandoned) {
                inFlight.decrementAndGet();
            }
        }
    }

    private static void answer(HttpExchange exchange, Instant started, String number, int status, String body) throws IOException {
        REQUESTS.add(new Seen(number, started, status));
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        try {
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (IOException clientGaveUp) {
            // the poller timed out and closed the connection
        } finally {
            exchange.close();
        }
    }

    /**
     * The first {@code shown} scans, newest first as UPS lists them, an hour apart from the test's start, Berlin time;
     * and the delivery day UPS expects ({@link #DUE}).
     */
    private static String journey(String number, int shown) {
        StringBuilder activities = new StringBuilder();
        for (int i = shown - 1; i >= 0; i--) {
            String[] scan = JOURNEY.get(i);
            ZonedDateTime at = START.plusSeconds(3600L * (i + 1)).atZone(BERLIN);
            if (activities.length() > 0) {
                activities.append(',');
            }
            activities.append("{\"date\":\"").append(at.format(DateTimeFormatter.BASIC_ISO_DATE).substring(0, 8))
                    .append("\",\"time\":\"").append(at.format(DateTimeFormatter.ofPattern("HHmmss")))
                    .append("\",\"location\":{\"address\":{\"city\":\"Berlin\",\"countryCode\":\"DE\"}},")
                    .append("\"status\":{\"type\":\"").append(scan[0]).append("\",\"code\":\"").append(scan[1])
                    .append("\",\"description\":\"").append(scan[2]).append("\"}}");
        }
        return "{\"trackResponse\":{\"shipment\":[{\"inquiryNumber\":\"" + number + "\",\"package\":[{\"trackingNumber\":\""
                + number + "\",\"activity\":[" + activities + "],\"deliveryDate\":[{\"type\":\"SDD\",\"date\":\""
                + DUE.format(DateTimeFormatter.BASIC_ISO_DATE) + "\"}],\"packageAddress\":[{\"type\":\"DESTINATION\","
                + "\"address\":{\"city\":\"Berlin\",\"countryCode\":\"DE\"}}]}]}]}}";
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
