// Waybill device-readings load: one self-contained source file, JDK classes only.
//
//   java bench/ReadingsLoad.java --via=mqtt|http [--url=http://localhost:8080] [--key=demo-integrator-key]
//        [--broker=127.0.0.1:1883] [--tenant=default] [--readings=20000] [--devices=1] [--batch=500] [--clients=4]
//        [--rate=0] [--wait=60]
//
// Registers --devices devices, then sends --readings readings spread over them in turn, each device's 30 s apart and
// its last a minute ago:
// - mqtt: as QoS 1 messages of one reading each to waybill/{tenant}/devices/{device}/telemetry (MQTT 3.1.1 spoken
//   here directly, one connection, 1,000 unacknowledged at most), at most --rate a second (0: as fast as the broker
//   takes them), then waits until Waybill has stored the last one (at most --wait seconds, Waybill may restart
//   meanwhile);
// - http: as POST /api/v1/devices/{id}/readings batches of --batch readings from --clients clients at once.
// Reports readings stored per second from the first sent to the last stored, then sends everything again by HTTP and
// checks that Waybill counts every reading as a duplicate (nothing lost, nothing stored twice). Loopback only.

import java.io.BufferedOutputStream;
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
        o.putAll(Map.of("devices", "1", "wait", "60"));
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
        int deviceCount = Integer.parseInt(o.get("devices"));
        HttpClient http = HttpClient.newHttpClient();
        String run = "BENCH-" + Long.toString(System.nanoTime(), 36);
        List<String> devices = new ArrayList<>();
        for (int d = 0; d < deviceCount; d++) {
            String device = run + "-" + d;
            int status = send(http, HttpRequest.newBuilder(URI.create(url + "/api/v1/devices/" + device)).header("X-API-Key", o.get("key"))
                    .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{\"kind\": \"GPS_TRACKER\"}")).build())
                    .statusCode();
            if (status != 201) {
                throw new IllegalStateException("registering a device answered " + status + " (is the key an integrator's?)");
            }
            devices.add(device);
        }
        // reading i is device i % devices' reading i / devices; each device's readings 30 s apart, its last one a minute ago
        Instant last = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60);
        int perDevice = (n + deviceCount - 1) / deviceCount;
        List<String> readings = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Instant at = last.minus(Duration.ofSeconds(30L * (perDevice - 1 - i / deviceCount)));
            readings.add("{\"at\":\"" + at + "\",\"latitude\":" + (52.0 + i * 1e-5) + ",\"longitude\":13.4,\"speedKmh\":40,"
                    + "\"temperature\":" + (4 + (i % 10) / 10.0) + "}");
        }
        System.out.printf("=== Waybill readings load: %d readings via %s, %d devices %s-* ===%n", n, o.get("via"), deviceCount, run);
        long start = System.nanoTime();
        if (o.get("via").equals("mqtt")) {
            List<String> topics = devices.stream().map(d -> "waybill/" + o.get("tenant") + "/devices/" + d + "/telemetry").toList();
            mqtt(o.get("broker"), topics, readings, Integer.parseInt(o.get("rate")));
            double sent = (System.nanoTime() - start) / 1e9;
            System.out.printf("published (broker acknowledged) in %.2f s: %.0f msg/s offered%n", sent, n / sent);
            Instant lastOfAll = last.minus(Duration.ofSeconds(30L * (perDevice - 1 - (n - 1) / deviceCount)));
            waitForLast(http, url, o.get("key"), devices.get((n - 1) % deviceCount), lastOfAll, Integer.parseInt(o.get("wait")));
        } else {
            for (int d = 0; d < deviceCount; d++) {
                httpBatches(http, url, o.get("key"), devices.get(d), ofDevice(readings, d, deviceCount), Integer.parseInt(o.get("batch")),
                        Integer.parseInt(o.get("clients")));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("stored %d readings in %.2f s: %.0f readings/s%n", n, seconds, n / seconds);
        int[] again = new int[2];
        for (int d = 0; d < deviceCount; d++) {
            int[] counts = resend(http, url, o.get("key"), devices.get(d), ofDevice(readings, d, deviceCount));
            again[0] += counts[0];
            again[1] += counts[1];
        }
        System.out.printf("sent again by HTTP: %d stored, %d duplicates (%s)%n", again[0], again[1],
                again[0] == 0 && again[1] == n ? "none lost, none twice" : "MISMATCH: " + again[0] + " were lost");
        System.exit(again[0] == 0 && again[1] == n ? 0 : 1);
    }

    static List<String> ofDevice(List<String> readings, int device, int devices) {
        List<String> mine = new ArrayList<>();
        for (int i = device; i < readings.size(); i += devices) {
            mine.add(readings.get(i));
        }
        return mine;
    }

    /** Unacknowledged messages at most: the broker's own in-flight window for the subscriber is 1000 here (docs/telemetry.md). */
    static final int WINDOW = 1_000;

    /**
     * MQTT 3.1.1 by hand: CONNECT (clean session), one QoS 1 PUBLISH per reading with a window of 1,000 unacknowledged,
     * at most {@code rate} a second (0: as fast as the broker acknowledges).
     */
    static void mqtt(String broker, List<String> topics, List<String> readings, int rate) throws Exception {
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
            List<byte[]> topicBytes = topics.stream().map(t -> t.getBytes(StandardCharsets.UTF_8)).toList();
            BufferedOutputStream buffered = new BufferedOutputStream(out, 64 * 1024);
            long begin = System.nanoTime();
            for (int i = 0; i < readings.size(); i++) {
                while (i - acked.get() >= WINDOW) {
                    buffered.flush();
                    Thread.onSpinWait();
                }
                if (rate > 0) {
                    long due = begin + (long) (i * 1e9 / rate);
                    if (System.nanoTime() < due) {
                        buffered.flush(); // ahead of the pace: what is written goes out before waiting
                    }
                    while (System.nanoTime() < due) {
                        Thread.onSpinWait();
                    }
                }
                byte[] topic = topicBytes.get(i % topicBytes.size());
                ByteArrayBuilder publish = new ByteArrayBuilder().u16(topic.length).raw(topic).u16((i % 65_535) + 1)
                        .raw(readings.get(i).getBytes(StandardCharsets.UTF_8));
                buffered.write(packet(0x32, publish.done()));
                if (i - acked.get() >= WINDOW / 2) {
                    buffered.flush();
                }
            }
            buffered.flush();
            reader.join();
            out.write(new byte[] {(byte) 0xE0, 0});
        }
    }

    /** Waits until the device's last reading is stored, at most {@code seconds}; Waybill may be away meanwhile (restarting). */
    static void waitForLast(HttpClient http, String url, String key, String device, Instant last, int seconds) throws Exception {
        String expected = "\"at\":\"" + last + "\"";
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < until) {
            try {
                String body = send(http, HttpRequest.newBuilder(URI.create(url + "/api/v1/devices/" + device)).header("X-API-Key", key).GET()
                        .build()).body();
                if (body.replace(" ", "").contains(expected)) {
                    return;
                }
            } catch (IOException away) {
                // restarting: ask again
            }
            Thread.sleep(50);
        }
        System.out.println("the last reading was not stored within " + seconds + " s");
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
