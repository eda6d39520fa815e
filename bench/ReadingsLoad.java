// Waybill device-readings load: one self-contained source file, JDK classes only.
//
//   java bench/ReadingsLoad.java --via=mqtt|http [--url=http://localhost:8080] [--key=demo-integrator-key]
//        [--broker=127.0.0.1:1883] [--tenant=default] [--readings=20000] [--batch=500] [--clients=4]
//
// Registers a device, then sends it --readings readings with distinct times, one minute apart, ending now:
// - mqtt: as QoS 1 messages of one reading each to waybill/{tenant}/devices/{device}/telemetry (MQTT 3.1.1 spoken
//   here directly, one connection), at most --rate a second (0: as fast as the broker takes them), then waits until
//   Waybill has stored the last one (at most a minute);
// - http: as POST /api/v1/devices/{id}/readings batches of --batch readings from --clients clients at once.
// Reports readings stored per second from the first sent to the last stored, then sends everything again by HTTP and
// checks that Waybill counts every reading as a duplicate (nothing lost, nothing stored twice). Loopback only.

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class ReadingsLoad {

    private static final Pattern NUMBER = Pattern.compile("\"(stored|duplicates)\"\\s*:\\s*(\\d+)");

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new HashMap<>(Map.of("via", "mqtt", "url", "http://localhost:8080", "key", "demo-integrator-key",
                "broker", "127.0.0.1:1883", "tenant", "default", "readings", "20000", "batch", "500", "clients", "4", "rate", "0"));
        for (String a : args) {
            if (!a.startsWith("--") || !a.contains("=")) {
                throw new IllegalArgumentException("options are --name=value, got " + a);
            }
            o.put(a.substring(2, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
        }
        String url = o.get("url");
        if (!URI.create(url).getHost().matches("localhost|127\\.0\\.0\\.1")) {
            throw new IllegalArgumentException("loopback targets only");
        }
        int n = Integer.parseInt(o.get("readings"));
        HttpClient http = HttpClient.newHttpClient();
        String device = "BENCH-" + Long.toString(System.nanoTime(), 36);
        int status = send(http, HttpRequest.newBuilder(URI.create(url + "/api/v1/devices/" + device)).header("X-API-Key", o.get("key"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{\"kind\": \"GPS_TRACKER\"}")).build()).statusCode();
        if (status != 201) {
            throw new IllegalStateException("registering the device answered " + status + " (is the key an integrator's?)");
        }
        Instant last = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60);
        List<String> readings = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Instant at = last.minus(Duration.ofSeconds(30L * (n - 1 - i)));
            readings.add("{\"at\":\"" + at + "\",\"latitude\":" + (52.0 + i * 1e-5) + ",\"longitude\":13.4,\"speedKmh\":40,"
                    + "\"temperature\":" + (4 + (i % 10) / 10.0) + "}");
        }
        System.out.printf("=== Waybill readings load: %d readings via %s, device %s ===%n", n, o.get("via"), device);
        long start = System.nanoTime();
        if (o.get("via").equals("mqtt")) {
            mqtt(o.get("broker"), "waybill/" + o.get("tenant") + "/devices/" + device + "/telemetry", readings,
                    Integer.parseInt(o.get("rate")));
            double sent = (System.nanoTime() - start) / 1e9;
            System.out.printf("published (broker acknowledged) in %.2f s%n", sent);
            waitForLast(http, url, o.get("key"), device, last);
        } else {
            httpBatches(http, url, o.get("key"), device, readings, Integer.parseInt(o.get("batch")), Integer.parseInt(o.get("clients")));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("stored %d readings in %.2f s: %.0f readings/s%n", n, seconds, n / seconds);
        int[] again = resend(http, url, o.get("key"), device, readings);
        System.out.printf("sent again by HTTP: %d stored, %d duplicates (%s)%n", again[0], again[1],
                again[0] == 0 && again[1] == n ? "none lost, none twice" : "MISMATCH");
        System.exit(again[0] == 0 && again[1] == n ? 0 : 1);
    }

    /**
     * MQTT 3.1.1 by hand: CONNECT (clean session), one QoS 1 PUBLISH per reading with a window of 100 unacknowledged,
     * at most {@code rate} a second (0: as fast as the broker acknowledges).
     */
    static void mqtt(String broker, String topic, List<String> readings, int rate) throws Exception {
        String[] hostPort = broker.split(":");
        try (Socket socket = new Socket(hostPort[0], Integer.parseInt(hostPort[1]))) {
            socket.setTcpNoDelay(true);
            OutputStream out = socket.getOutputStream();
            DataInputStream in = new DataInputStream(socket.getInputStream());
            byte[] clientId = ("bench-" + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
            ByteArrayBuilder connect = new ByteArrayBuilder().text("MQTT").u8(4).u8(0x02).u16(60).bytes(clientId);
            out.write(packet(0x10, connect.done()));
            if (in.readUnsignedByte() != 0x20 || in.readUnsignedByte() != 2 || in.readUnsignedByte() != 0 | in.readUnsignedByte() != 0) {
                throw new IllegalStateException("the broker refused the connection");
            }
            AtomicInteger acked = new AtomicInteger();
            Thread reader = Thread.ofPlatform().start(() -> {
                try {
                    while (acked.get() < readings.size()) {
                        int type = in.readUnsignedByte();
                        int length = in.readUnsignedByte();
                        in.readNBytes(length);
                        if (type == 0x40) {
                            acked.incrementAndGet();
                        }
                    }
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            byte[] topicBytes = topic.getBytes(StandardCharsets.UTF_8);
            long begin = System.nanoTime();
            for (int i = 0; i < readings.size(); i++) {
                while (i - acked.get() >= 100) {
                    Thread.onSpinWait();
                }
                if (rate > 0) {
                    long due = begin + (long) (i * 1e9 / rate);
                    while (System.nanoTime() < due) {
                        Thread.onSpinWait();
                    }
                }
                ByteArrayBuilder publish = new ByteArrayBuilder().u16(topicBytes.length).raw(topicBytes).u16((i % 65_535) + 1)
                        .raw(readings.get(i).getBytes(StandardCharsets.UTF_8));
                out.write(packet(0x32, publish.done()));
            }
            out.flush();
            reader.join();
            out.write(new byte[] {(byte) 0xE0, 0});
        }
    }

    static void waitForLast(HttpClient http, String url, String key, String device, Instant last) throws Exception {
        String expected = "\"at\":\"" + last + "\"";
        for (int i = 0; i < 1_200; i++) {
            String body = send(http, HttpRequest.newBuilder(URI.create(url + "/api/v1/devices/" + device)).header("X-API-Key", key).GET()
                    .build()).body();
            if (body.replace(" ", "").contains(expected)) {
                return;
            }
            Thread.sleep(50);
        }
        System.out.println("the last reading was not stored within a minute");
    }

    static void httpBatches(HttpClient http, String url, String key, String device, List<String> readings, int batch, int clients)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Integer>> done = new ArrayList<>();
        for (int from = 0; from < readings.size(); from += batch) {
            String body = "[" + String.join(",", readings.subList(from, Math.min(readings.size(), from + batch))) + "]";
            done.add(pool.submit(() -> send(http, post(url, key, device, body)).statusCode()));
        }
        for (Future<Integer> f : done) {
            if (f.get() != 200) {
                throw new IllegalStateException("a batch answered " + f.get());
            }
        }
        pool.shutdown();
    }

    static int[] resend(HttpClient http, String url, String key, String device, List<String> readings) throws Exception {
        int[] counts = new int[2];
        for (int from = 0; from < readings.size(); from += 10_000) {
            String body = send(http, post(url, key, device, "[" + String.join(",", readings.subList(from,
                    Math.min(readings.size(), from + 10_000))) + "]")).body();
            Matcher m = NUMBER.matcher(body);
            while (m.find()) {
                counts[m.group(1).equals("stored") ? 0 : 1] += Integer.parseInt(m.group(2));
            }
        }
        return counts;
    }

    static HttpRequest post(String url, String key, String device, String body) {
        return HttpRequest.newBuilder(URI.create(url + "/api/v1/devices/" + device + "/readings")).header("X-API-Key", key)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    static HttpResponse<String> send(HttpClient http, HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static byte[] packet(int type, byte[] body) {
        ByteArrayBuilder b = new ByteArrayBuilder().u8(type);
        int length = body.length;
        do { // the remaining length, 7 bits a byte
            int digit = length % 128;
            length /= 128;
            b.u8(length > 0 ? digit | 0x80 : digit);
        } while (length > 0);
        return b.raw(body).done();
    }

    /** A growing byte array with MQTT's encodings. */
    static final class ByteArrayBuilder {
        private final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();

        ByteArrayBuilder u8(int v) {
            bytes.write(v);
            return this;
        }

        ByteArrayBuilder u16(int v) {
            return u8(v >> 8 & 0xFF).u8(v & 0xFF);
        }

        ByteArrayBuilder raw(byte[] b) {
            bytes.writeBytes(b);
            return this;
        }

        ByteArrayBuilder bytes(byte[] b) {
            return u16(b.length).raw(b);
        }

        ByteArrayBuilder text(String s) {
            return bytes(s.getBytes(StandardCharsets.UTF_8));
        }

        byte[] done() {
            return bytes.toByteArray();
        }
    }
}
