import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook receiver for benchmarks: subscribes itself to a Waybill, verifies every signature, and reports every
 * 10 s how many webhooks arrived and their lag (arrival minus the event's occurredAt, i.e. commit to delivery).
 * Stops after --duration seconds, or once nothing arrived for --idle seconds after the first webhook.
 *
 *   java bench/WebhookSink.java --url=http://localhost:8080 --key=<integrator or admin key>
 *        [--types=shipment.status_changed] [--port=9099] [--duration=600] [--idle=15]
 */
public class WebhookSink {

    record Arrival(Instant at, long lagMillis) {
    }

    static final Pattern OCCURRED = Pattern.compile("\"occurredAt\":\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        String url = "http://localhost:8080", key = null, types = "shipment.status_changed";
        int port = 9099, duration = 600, idle = 15;
        for (String a : args) {
            String[] kv = a.replaceFirst("^--", "").split("=", 2);
            switch (kv[0]) {
                case "url" -> url = kv[1];
                case "key" -> key = kv[1];
                case "types" -> types = kv[1];
                case "port" -> port = Integer.parseInt(kv[1]);
                case "duration" -> duration = Integer.parseInt(kv[1]);
                case "idle" -> idle = Integer.parseInt(kv[1]);
                default -> throw new IllegalArgumentException("unknown option " + a);
            }
        }
        if (key == null) {
            throw new IllegalArgumentException("--key is required");
        }
        ConcurrentLinkedQueue<Arrival> arrivals = new ConcurrentLinkedQueue<>();
        AtomicLong bad = new AtomicLong();
        String[] secret = new String[1];
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 256);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/hook", exchange -> {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            Instant now = Instant.now();
            boolean ok = secret[0] != null && verified(secret[0], exchange.getRequestHeaders().getFirst("Waybill-Signature"), body);
            if (ok) {
                Matcher m = OCCURRED.matcher(new String(body, StandardCharsets.UTF_8));
                long lag = m.find() ? Duration.between(Instant.parse(m.group(1)), now).toMillis() : -1;
                arrivals.add(new Arrival(now, lag));
            } else {
                bad.incrementAndGet();
            }
            exchange.sendResponseHeaders(ok ? 204 : 401, -1);
            exchange.close();
        });
        server.start();
        HttpClient http = HttpClient.newHttpClient();
        StringBuilder typeList = new StringBuilder();
        for (String t : types.split(",")) {
            typeList.append(typeList.isEmpty() ? "" : ",").append('"').append(t.strip()).append('"');
        }
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/webhooks/subscriptions"))
                .header("X-API-Key", key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"url\":\"http://127.0.0.1:" + port + "/hook\",\"eventTypes\":["
                        + typeList + "]}")).build(), HttpResponse.BodyHandlers.ofString());
        Matcher s = Pattern.compile("\"secret\":\"([^\"]+)\"").matcher(created.body());
        if (created.statusCode() != 201 || !s.find()) {
            throw new IllegalStateException("subscribing failed: " + created.statusCode() + " " + created.body());
        }
        secret[0] = s.group(1);
        System.out.printf("webhook sink on :%d subscribed to [%s]; started %s%n", port, types, Instant.now());
        Instant start = Instant.now();
        List<Arrival> all = new ArrayList<>();
        Instant lastArrival = null;
        while (Duration.between(start, Instant.now()).toSeconds() < duration) {
            Thread.sleep(10_000);
            List<Arrival> window = new ArrayList<>();
            Arrival a;
            while ((a = arrivals.poll()) != null) {
                window.add(a);
            }
            all.addAll(window);
            if (!window.isEmpty()) {
                lastArrival = window.getLast().at();
            }
            System.out.printf("[%5.0f s] received %7d (+%6d, %7.1f/s)  lag p50 %7d ms  p99 %7d ms  max %7d ms  bad signatures %d%n",
                    Duration.between(start, Instant.now()).toMillis() / 1000.0, all.size(), window.size(), window.size() / 10.0,
                    pct(window, 50), pct(window, 99), pct(window, 100), bad.get());
            if (lastArrival != null && Duration.between(lastArrival, Instant.now()).toSeconds() >= idle) {
                break;
            }
        }
        server.stop(0);
        System.out.printf("%n=== webhook sink result ===%nreceived           : %d (bad signatures %d)%n", all.size(), bad.get());
        if (!all.isEmpty()) {
            Instant first = all.getFirst().at();
            Instant last = all.getLast().at();
            double seconds = Math.max(0.001, Duration.between(first, last).toMillis() / 1000.0);
            System.out.printf("first..last arrival: %.1f s, %.1f webhooks/s%n", seconds, all.size() / seconds);
            System.out.printf("lag commit->arrival: p50 %d ms, p90 %d ms, p99 %d ms, max %d ms%n", pct(all, 50), pct(all, 90), pct(all, 99),
                    pct(all, 100));
        }
    }

    static long pct(List<Arrival> arrivals, int p) {
        if (arrivals.isEmpty()) {
            return 0;
        }
        List<Long> lags = new ArrayList<>(arrivals.stream().map(Arrival::lagMillis).toList());
        Collections.sort(lags);
        int i = (int) Math.min(lags.size() - 1, Math.ceil(p / 100.0 * lags.size()) - 1);
        return lags.get(Math.max(0, i));
    }

    static boolean verified(String secret, String header, byte[] body) {
        if (header == null) {
            return false;
        }
        long t = -1;
        String v1 = null;
        for (String part : header.split(",")) {
            String[] kv = part.strip().split("=", 2);
            if (kv[0].equals("t")) {
                t = Long.parseLong(kv[1]);
            } else if (kv[0].equals("v1")) {
                v1 = kv[1];
            }
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((t + ".").getBytes(StandardCharsets.UTF_8));
            return v1 != null && MessageDigest.isEqual(mac.doFinal(body), HexFormat.of().parseHex(v1));
        } catch (Exception e) {
            return false;
        }
    }
}
