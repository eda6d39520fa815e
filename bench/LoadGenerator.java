// Waybill load generator: one self-contained source file, JDK classes only.
//
//   java bench/LoadGenerator.java ingest [--url=http://localhost:8080] [--key=demo-admin-key] [options]
//   java bench/LoadGenerator.java track  [--url=http://localhost:8080] [--key=demo-admin-key] [options]
//   java bench/LoadGenerator.java --help
//
// Measures an ALREADY RUNNING Waybill; only loopback targets are accepted. See usage() for the options.

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class LoadGenerator {

    static final String[] SKUS = {"MUG-WHITE", "PEN-STEEL", "STICKER-PACK", "TOTE-NATURAL", "NOTEBOOK-A5"};
    static final int MAX_BATCH = 1000; // EventsResource.MAX_BATCH
    static final int MAX_PAGE_SIZE = 200; // OrderSearch.MAX_PAGE_SIZE

    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-fA-F-]{36})\"");
    static final Pattern TRACKING_ID = Pattern.compile("\"trackingId\"\\s*:\\s*\"([0-9A-Za-z-]+)\"");
    static final Pattern ORDER_NUMBER = Pattern.compile("\"orderNumber\"\\s*:");
    static final Pattern ACCEPTED = Pattern.compile("\"accepted\"\\s*:\\s*(\\d+)");
    static final Pattern DUPLICATES = Pattern.compile("\"duplicates\"\\s*:\\s*(\\d+)");
    static final Pattern REJECTED = Pattern.compile("\"rejected\"\\s*:\\s*(\\d+)");
    static final Pattern OUTCOME = Pattern.compile("\"index\"\\s*:\\s*(\\d+)\\s*,\\s*\"result\"\\s*:\\s*\"([A-Z]+)\"");
    static final Pattern REJECT_REASON = Pattern.compile(
            "\"result\"\\s*:\\s*\"REJECTED\"\\s*,\\s*\"reason\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** Where carrier scans happen: facility, city, country, UTC offset (winter time). */
    static final String[][] HUBS = {
            {"Berlin hub", "Berlin", "DE", "+01:00"}, {"Leipzig hub", "Leipzig", "DE", "+01:00"},
            {"Poznan hub", "Poznan", "PL", "+01:00"}, {"Paris Nord", "Paris", "FR", "+01:00"},
            {"Lisbon depot", "Lisbon", "PT", "Z"}, {"Helsinki depot", "Helsinki", "FI", "+02:00"},
            {"Munich hub", "Munich", "DE", "+01:00"}, {"Madrid depot", "Madrid", "ES", "+01:00"}};

    static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME; // always prints seconds

    // ---------------------------------------------------------------------------------------------------------
    // options

    static final Map<String, String> INGEST_DEFAULTS = new LinkedHashMap<>();
    static final Map<String, String> TRACK_DEFAULTS = new LinkedHashMap<>();
    static final Map<String, String> HELP = new LinkedHashMap<>();
    static final Map<String, String> KPIS_DEFAULTS = new LinkedHashMap<>();

    static {
        for (Map<String, String> m : List.of(INGEST_DEFAULTS, TRACK_DEFAULTS, KPIS_DEFAULTS)) {
            m.put("url", "http://localhost:8080");
            m.put("key", "demo-admin-key");
        }
        KPIS_DEFAULTS.put("requests", "300");
        KPIS_DEFAULTS.put("warmup", "50");
        KPIS_DEFAULTS.put("query", "");
        INGEST_DEFAULTS.put("orders", "2000");
        INGEST_DEFAULTS.put("duration", "70");
        INGEST_DEFAULTS.put("events", "120000");
        INGEST_DEFAULTS.put("concurrency", "4");
        INGEST_DEFAULTS.put("batch", "1000");
        INGEST_DEFAULTS.put("scans-per-shipment", "5");
        INGEST_DEFAULTS.put("dup-pct", "2");
        INGEST_DEFAULTS.put("setup-concurrency", "8");
        INGEST_DEFAULTS.put("timeout", "120");
        INGEST_DEFAULTS.put("progress", "10");
        INGEST_DEFAULTS.put("live", "0");
        INGEST_DEFAULTS.put("idle-pages", "0");
        INGEST_DEFAULTS.put("deliver", "false");

        TRACK_DEFAULTS.put("rate", "500");
        TRACK_DEFAULTS.put("duration", "60");
        TRACK_DEFAULTS.put("warmup", "10");
        TRACK_DEFAULTS.put("ids", "1000");
        TRACK_DEFAULTS.put("client-threads", "16");
        TRACK_DEFAULTS.put("max-inflight", "2000");
        TRACK_DEFAULTS.put("timeout", "10");
        TRACK_DEFAULTS.put("setup-concurrency", "8");
        TRACK_DEFAULTS.put("page", "false");

        HELP.put("url", "base URL of the running Waybill (loopback only)");
        HELP.put("key", "API key sent as X-API-Key (integrator or admin for setup; track GETs send none)");
        HELP.put("orders", "orders created, confirmed and PACKED with a 'bench' shipment in the untimed setup");
        HELP.put("duration", "timed seconds (ingest: minimum; hard stop at 3x)");
        HELP.put("events", "ingest: minimum number of events to send (duplicates included)");
        HELP.put("concurrency", "parallel ingest workers, each owning a disjoint slice of the orders");
        HELP.put("batch", "events per POST /api/v1/tracking-events (1-1000)");
        HELP.put("scans-per-shipment", "new scans per shipment in one batch (1000 events -> ~200 shipments)");
        HELP.put("dup-pct", "percentage of each batch that re-sends an already sent event (idempotency)");
        HELP.put("setup-concurrency", "parallel requests while creating orders in setup");
        HELP.put("timeout", "per-request timeout in seconds");
        HELP.put("progress", "ingest: progress line every N seconds (0 = off)");
        HELP.put("deliver", "ingest: scan 9 of every 10 of a shipment is DELIVERED, not OUT_FOR_DELIVERY (the later ones land on a"
                + " delivered shipment): the KPI queue's worst case, every save of an order queued");
        HELP.put("idle-pages", "ingest: extra orders made in setup, never sent scans, with their tracking pages held open (SSE)");
        HELP.put("live", "ingest: tracking pages held open during the timed phase (SSE /track/{id}/live of ingested orders)");
        HELP.put("page", "track: true = the customer's HTML page /track/{id} (gzip), false = the JSON view");
        HELP.put("rate", "track: constant arrival rate, requests per second (open loop)");
        HELP.put("warmup", "track: seconds at the same rate before recording starts");
        HELP.put("ids", "track: how many tracking IDs to collect and cycle through");
        HELP.put("client-threads", "track: executor threads of the HttpClient");
        HELP.put("max-inflight", "track: requests in flight at most; beyond that a request is SKIPPED (counted as error)");
    }

    static final class Options {
        final String scenario;
        final Map<String, String> values;

        Options(String scenario, Map<String, String> values) {
            this.scenario = scenario;
            this.values = values;
        }

        String str(String k) {
            return values.get(k);
        }

        int integer(String k, int min, int max) {
            long v;
            try {
                v = Long.parseLong(values.get(k).strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--" + k + " must be a whole number (got '" + values.get(k) + "')");
            }
            if (v < min || v > max) {
                throw new IllegalArgumentException("--" + k + " must be between " + min + " and " + max + " (got " + v + ")");
            }
            return (int) v;
        }

        double decimal(String k, double min, double max) {
            double v;
            try {
                v = Double.parseDouble(values.get(k).strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--" + k + " must be a number (got '" + values.get(k) + "')");
            }
            if (!(v >= min && v <= max)) {
                throw new IllegalArgumentException("--" + k + " must be between " + min + " and " + max + " (got " + v + ")");
            }
            return v;
        }
    }

    static Options parse(String[] args) {
        String scenario = null;
        Map<String, String> given = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("-h") || a.equals("--help") || a.equals("help")) {
                return null;
            }
            if (a.startsWith("--")) {
                String name;
                String value;
                int eq = a.indexOf('=');
                if (eq > 0) {
                    name = a.substring(2, eq);
                    value = a.substring(eq + 1);
                } else {
                    name = a.substring(2);
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException("--" + name + " needs a value");
                    }
                    value = args[++i];
                }
                given.put(name, value);
            } else if (scenario == null) {
                scenario = a.toLowerCase(Locale.ROOT);
            } else if (!given.containsKey("url") && a.contains("://")) {
                given.put("url", a); // positional base URL, for convenience
            } else {
                throw new IllegalArgumentException("unexpected argument '" + a + "'");
            }
        }
        if (scenario == null) {
            throw new IllegalArgumentException("name a scenario: ingest or track");
        }
        Map<String, String> defaults = switch (scenario) {
            case "ingest" -> INGEST_DEFAULTS;
            case "track" -> TRACK_DEFAULTS;
            case "kpis" -> KPIS_DEFAULTS;
            default -> throw new IllegalArgumentException("unknown scenario '" + scenario + "': ingest, track or kpis");
        };
        Map<String, String> values = new LinkedHashMap<>(defaults);
        for (Map.Entry<String, String> e : given.entrySet()) {
            if (!defaults.containsKey(e.getKey())) {
                throw new IllegalArgumentException("unknown option --" + e.getKey() + " for " + scenario
                        + " (known: " + String.join(", ", defaults.keySet()) + ")");
            }
            values.put(e.getKey(), e.getValue());
        }
        return new Options(scenario, values);
    }

    static void usage() {
        System.out.println("""
                usage:
                  java bench/LoadGenerator.java ingest [--url=URL] [--key=KEY] [--orders=N] [--duration=S] [--events=N]
                                                       [--concurrency=C] [--batch=B] [--scans-per-shipment=K] [--dup-pct=P]
                                                       [--setup-concurrency=N] [--timeout=S] [--progress=S] [--live=N]
                                                       [--idle-pages=N] [--deliver=true]
                  java bench/LoadGenerator.java track  [--url=URL] [--key=KEY] [--rate=R] [--duration=S] [--warmup=S]
                                                       [--ids=N] [--client-threads=N] [--max-inflight=N] [--timeout=S]
                                                       [--setup-concurrency=N] [--page=true|false]
                  java bench/LoadGenerator.java kpis   [--url=URL] [--key=KEY] [--requests=N] [--warmup=N]
                                                       [--query='from=2026-01-01&to=2026-12-31&carrier=...']
                options may also be written '--name value'; the URL may also be given positionally.
                exit status: 0 = clean run, 1 = anomalies (HTTP errors, unexpected rejections/duplicates, skipped
                requests), 2 = bad arguments or setup failure.
                """);
        System.out.println("ingest defaults:");
        INGEST_DEFAULTS.forEach((k, v) -> System.out.printf("  --%-20s %-24s %s%n", k, v, HELP.getOrDefault(k, "")));
        System.out.println("track defaults:");
        TRACK_DEFAULTS.forEach((k, v) -> System.out.printf("  --%-20s %-24s %s%n", k, v, HELP.getOrDefault(k, "")));
    }

    // ---------------------------------------------------------------------------------------------------------
    // main

    public static void main(String[] args) {
        Options o;
        try {
            o = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            usage();
            System.exit(2);
            return;
        }
        if (o == null) {
            usage();
            System.exit(0);
            return;
        }
        int code;
        try {
            URI base = checkedBase(o.str("url"));
            printEnvironment(args, o);
            code = switch (o.scenario) {
                case "ingest" -> new Ingest(o, base).run();
                case "track" -> new Track(o, base).run();
                case "kpis" -> new KpiReads(o, base).run();
                default -> 2;
            };
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            code = 2;
        } catch (SetupFailure e) {
            System.err.println();
            System.err.println("!!! SETUP FAILED: " + e.getMessage());
            code = 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.err.println("interrupted");
            code = 2;
        }
        System.out.flush();
        System.exit(code);
    }

    static final class SetupFailure extends Exception {
        private static final long serialVersionUID = 1L;

        SetupFailure(String message) {
            super(message);
        }
    }

    /** The base URL, refused unless http(s) on a loopback host. */
    static URI checkedBase(String url) {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--url '" + url + "' is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("--url must be http:// or https:// (got '" + url + "')");
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        boolean loopback = host.equals("localhost") || host.equals("::1") || host.equals("0:0:0:0:0:0:0:1")
                || host.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
        if (!loopback) {
            throw new IllegalArgumentException("refusing to load '" + host + "': only localhost, 127.x.x.x or ::1 are allowed");
        }
        if (uri.getUserInfo() != null || uri.getQuery() != null || uri.getFragment() != null) {
            throw new IllegalArgumentException("--url must be a plain base URL like http://localhost:8080");
        }
        String s = uri.toString();
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return URI.create(s);
    }

    static void printEnvironment(String[] args, Options o) {
        StringBuilder cmd = new StringBuilder("java bench/LoadGenerator.java");
        for (String a : args) {
            cmd.append(' ').append(shellQuote(a));
        }
        System.out.println("=== Waybill load generator: " + o.scenario + " ===");
        System.out.println("command     : " + cmd);
        ProcessHandle.current().info().commandLine().ifPresent(c -> System.out.println("process     : " + c));
        System.out.println("started     : " + OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS));
        System.out.println("nproc       : " + Runtime.getRuntime().availableProcessors() + " (available to this JVM)");
        System.out.println("cpu         : " + cpuModel());
        System.out.println("java        : " + System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vm.name")
                + ", " + System.getProperty("java.vendor") + "), max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB");
        System.out.println("os          : " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        StringBuilder eff = new StringBuilder();
        o.values.forEach((k, v) -> eff.append(eff.isEmpty() ? "" : " ").append("--").append(k).append('=').append(v));
        System.out.println("effective   : " + eff);
        System.out.println("note        : the load generator shares the machine's CPUs with the server under test");
        System.out.println();
    }

    static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).strip();
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or not readable
        }
        return "unknown";
    }

    static String shellQuote(String s) {
        return s.matches("[A-Za-z0-9_./:=@%+,-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
    }

    // ---------------------------------------------------------------------------------------------------------
    // shared HTTP and JSON helpers

    record Reply(int status, String body) {
    }

    static HttpClient client(ExecutorService executor) {
        HttpClient.Builder b = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER);
        if (executor != null) {
            b.executor(executor);
        }
        return b.build();
    }

    static Reply call(HttpClient client, URI base, String key, String method, String path, String json, Duration timeout)
            throws IOException, InterruptedException {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout)
                .header("Accept", "application/json");
        if (key != null) {
            r.header("X-API-Key", key);
        }
        if (json != null) {
            r.header("Content-Type", "application/json");
            r.method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            r.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> resp = client.send(r.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(resp.statusCode(), resp.body());
    }

    static String q(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    static String first(Pattern p, String text) {
        if (text == null) {
            return null;
        }
        Matcher m = p.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    static int firstInt(Pattern p, String text) {
        String s = first(p, text);
        return s == null ? -1 : Integer.parseInt(s);
    }

    static String abbreviate(String s, int max) {
        if (s == null) {
            return "";
        }
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= max ? one : one.substring(0, max) + "...";
    }

    static String describe(Throwable t) {
        Throwable c = t;
        while ((c instanceof CompletionException || c instanceof java.util.concurrent.ExecutionException) && c.getCause() != null) {
            c = c.getCause();
        }
        if (c instanceof HttpTimeoutException) {
            return "timeout";
        }
        if (c instanceof ConnectException) {
            return "connect refused";
        }
        return c.getClass().getSimpleName() + (c.getMessage() == null ? "" : ": " + abbreviate(c.getMessage(), 80));
    }

    static String runId() {
        String t = Long.toString(System.currentTimeMillis() / 1000, 36).toUpperCase(Locale.ROOT);
        String r = Integer.toString(new Random().nextInt(36 * 36), 36).toUpperCase(Locale.ROOT);
        return t + (r.length() < 2 ? "0" + r : r);
    }

    /** Nearest-rank percentile of a sorted array. */
    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int idx = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, idx))];
    }

    static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.2f", nanos / 1e6);
    }

    static String f1(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }

    static void banner(String text) {
        String line = "!".repeat(100);
        System.out.println(line);
        System.out.println("!!! " + text);
        System.out.println(line);
    }

    static void checkReachable(HttpClient client, URI base) throws SetupFailure, InterruptedException {
        try {
            Reply r = call(client, base, null, "GET", "/q/health", null, Duration.ofSeconds(10));
            System.out.println("health      : GET /q/health -> " + r.status() + " " + abbreviate(r.body(), 120));
        } catch (IOException e) {
            throw new SetupFailure("Waybill is not reachable at " + base + " (" + describe(e) + "); start it first");
        }
    }

    /** An order JSON with 1-3 of the stocked SKUs; returns {json, linesJson}. */
    static String[] orderJson(String number, SplittableRandom rnd) {
        int lineCount = 1 + rnd.nextInt(3);
        List<String> skus = new ArrayList<>(Arrays.asList(SKUS));
        StringBuilder lines = new StringBuilder("[");
        for (int l = 0; l < lineCount; l++) {
            String sku = skus.remove(rnd.nextInt(skus.size()));
            lines.append(l == 0 ? "" : ",").append("{\"sku\":").append(q(sku)).append(",\"quantity\":")
                    .append(1 + rnd.nextInt(2)).append('}');
        }
        lines.append(']');
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String json = "{\"orderNumber\":" + q(number)
                + ",\"customer\":{\"name\":\"Bench Customer\",\"email\":\"bench@example.org\",\"phone\":\"+49301234567\"}"
                + ",\"address\":{\"line1\":\"1 Benchmark Street\",\"postalCode\":\"10115\",\"city\":\"Berlin\",\"countryCode\":\"DE\"}"
                + ",\"lines\":" + lines
                + ",\"promisedDelivery\":{\"earliest\":" + q(now.plus(1, ChronoUnit.DAYS).toString())
                + ",\"latest\":" + q(now.plus(3, ChronoUnit.DAYS).toString()) + "}}";
        return new String[] {json, lines.toString()};
    }

    // ---------------------------------------------------------------------------------------------------------
    // scenario 1: ingest

    static final class Ingest {
        final URI base;
        final String key;
        final int orders, durationS, targetEvents, concurrency, batch, scansPerShipment, setupConcurrency, timeoutS, progressS;
        final int live, idlePages;
        final boolean deliver;
        final double dupPct;
        final String run = runId();

        // setup results, indexed by order number n
        String[] orderIds;
        String[] lines;
        String[] trackingNumbers;
        String[] trackingIds;

        // open tracking pages: connections that got their first byte, view updates received, failures
        final LongAdder liveOpen = new LongAdder();
        final LongAdder liveUpdates = new LongAdder();
        final LongAdder liveFailed = new LongAdder();

        // timed-phase counters
        final LongAdder sent = new LongAdder();
        final LongAdder sentNew = new LongAdder();
        final LongAdder sentDup = new LongAdder();
        final LongAdder okNew = new LongAdder(); // new events in batches answered 200
        final LongAdder okDup = new LongAdder(); // intended duplicates in batches answered 200
        final LongAdder accepted = new LongAdder();
        final LongAdder duplicates = new LongAdder();
        final LongAdder rejected = new LongAdder();
        final LongAdder batchesOk = new LongAdder();
        final LongAdder batchesFailed = new LongAdder();
        final LongAdder unparsable = new LongAdder();
        final Map<String, LongAdder> httpErrors = new ConcurrentHashMap<>();
        final Map<String, String> errorSamples = new ConcurrentHashMap<>();
        final Map<String, LongAdder> rejectReasons = new ConcurrentHashMap<>();

        Ingest(Options o, URI base) {
            this.base = base;
            this.key = o.str("key");
            this.idlePages = o.integer("idle-pages", 0, 20_000);
            this.deliver = Boolean.parseBoolean(o.str("deliver").strip());
            this.orders = o.integer("orders", 1, 1_000_000) + idlePages; // the idle ones are made in setup too
            this.durationS = o.integer("duration", 1, 86_400);
            this.targetEvents = o.integer("events", 0, Integer.MAX_VALUE);
            this.concurrency = o.integer("concurrency", 1, 256);
            this.batch = o.integer("batch", 1, MAX_BATCH);
            this.scansPerShipment = o.integer("scans-per-shipment", 1, MAX_BATCH);
            this.dupPct = o.decimal("dup-pct", 0, 50);
            this.setupConcurrency = o.integer("setup-concurrency", 1, 256);
            this.timeoutS = o.integer("timeout", 1, 3600);
            this.progressS = o.integer("progress", 0, 86_400);
            this.live = o.integer("live", 0, 20_000);
        }

        int run() throws SetupFailure, InterruptedException {
            HttpClient client = client(null);
            checkReachable(client, base);
            System.out.println("run id      : " + run + " (orders BENCH-" + run + "-<n>, shipments bench/BN" + run + "<n>)");
            List<Integer> usable = new ArrayList<>(setup(client));
            List<Integer> idle = new ArrayList<>();
            while (idle.size() < idlePages && !usable.isEmpty()) {
                idle.add(usable.removeLast()); // never sent a scan: only their open pages cost
            }
            if (usable.size() < concurrency) {
                throw new SetupFailure("only " + usable.size() + " orders are usable, fewer than --concurrency=" + concurrency);
            }
            List<Integer> watched = new ArrayList<>(idle);
            watched.addAll(usable.subList(0, Math.min(live, usable.size())));
            List<Thread> pages = openPages(watched);
            try {
                return timed(client, usable);
            } finally {
                pages.forEach(Thread::interrupt);
                System.out.printf("live pages  : %d open, %d view updates received, %d failed%n", liveOpen.sum(),
                        liveUpdates.sum(), liveFailed.sum());
            }
        }

        /**
         * Holds the tracking pages of these orders open, as browsers would ({@code --live} of orders the timed phase sends
         * scans for, {@code --idle-pages} of orders it never touches): one SSE connection each to {@code /track/{id}/live},
         * read line by line on a virtual thread. Waits until all answered (or 30 s), so that the timed phase runs with
         * them open.
         */
        List<Thread> openPages(List<Integer> usable) throws InterruptedException {
            List<Thread> threads = new ArrayList<>();
            if (usable.isEmpty()) {
                return threads;
            }
            HttpClient sse = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            int opened = 0;
            for (int k = 0; k < usable.size(); k++) {
                String tid = trackingIds[usable.get(k)];
                if (tid == null) {
                    continue;
                }
                opened++;
                HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/track/" + tid + "/live"))
                        .header("Accept", "text/event-stream").GET().build();
                threads.add(Thread.ofVirtual().start(() -> {
                    try {
                        HttpResponse<java.io.InputStream> r = sse.send(request, HttpResponse.BodyHandlers.ofInputStream());
                        if (r.statusCode() != 200) {
                            liveFailed.increment();
                            return;
                        }
                        liveOpen.increment();
                        try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(r.body(),
                                java.nio.charset.StandardCharsets.UTF_8))) {
                            String line;
                            while ((line = in.readLine()) != null) {
                                if (line.equals("event: view") || line.equals("event:view")) {
                                    liveUpdates.increment();
                                }
                            }
                        }
                    } catch (IOException e) {
                        if (!Thread.currentThread().isInterrupted()) {
                            liveFailed.increment();
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (liveOpen.sum() + liveFailed.sum() < opened && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            System.out.printf("live pages  : %d of %d tracking pages open (SSE) before the timed phase, %d failed%n",
                    liveOpen.sum(), opened, liveFailed.sum());
            return threads;
        }

        // --- setup (not timed) ---

        List<Integer> setup(HttpClient client) throws SetupFailure, InterruptedException {
            orderIds = new String[orders];
            trackingIds = new String[orders];
            lines = new String[orders];
            trackingNumbers = new String[orders];
            Duration timeout = Duration.ofSeconds(timeoutS);
            // only a confirmed (paid) order may be packed; the simulated WMS, when it runs, leaves BENCH-* orders alone
            // (waybill.warehouse.simulated.skip), so the setup's own PACKED events create the shipments
            System.out.printf("setup       : placing and confirming %d orders, %d in parallel ...%n", orders, setupConcurrency);
            long t0 = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(setupConcurrency);
            Map<String, LongAdder> failures = new ConcurrentHashMap<>();
            Map<String, String> failureSamples = new ConcurrentHashMap<>();
            try {
                List<Future<?>> futures = new ArrayList<>(orders);
                for (int n = 0; n < orders; n++) {
                    final int i = n;
                    futures.add(pool.submit(() -> {
                        SplittableRandom rnd = new SplittableRandom(i * 31L + 7);
                        String[] order = orderJson("BENCH-" + run + "-" + i, rnd);
                        try {
                            Reply r = call(client, base, key, "POST", "/api/v1/orders", order[0], timeout);
                            String id = r.status() == 201 ? first(ID, r.body()) : null;
                            if (id == null) {
                                String k = "HTTP " + r.status();
                                failures.computeIfAbsent(k, x -> new LongAdder()).increment();
                                failureSamples.putIfAbsent(k, abbreviate(r.body(), 300));
                                return;
                            }
                            Reply confirmed = call(client, base, key, "POST", "/api/v1/orders/" + id + "/confirmation", "{}", timeout);
                            if (confirmed.status() != 200) {
                                String k = "confirm: HTTP " + confirmed.status();
                                failures.computeIfAbsent(k, x -> new LongAdder()).increment();
                                failureSamples.putIfAbsent(k, abbreviate(confirmed.body(), 300));
                                return;
                            }
                            orderIds[i] = id;
                            trackingIds[i] = first(TRACKING_ID, confirmed.body());
                            lines[i] = order[1];
                            trackingNumbers[i] = "BN" + run + i;
                        } catch (IOException e) {
                            failures.computeIfAbsent(describe(e), x -> new LongAdder()).increment();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }));
                }
                for (Future<?> f : futures) {
                    try {
                        f.get();
                    } catch (java.util.concurrent.ExecutionException e) {
                        failures.computeIfAbsent(describe(e), x -> new LongAdder()).increment();
                    }
                }
            } finally {
                pool.shutdownNow();
            }
            long placed = Arrays.stream(orderIds).filter(s -> s != null).count();
            double secs = (System.nanoTime() - t0) / 1e9;
            System.out.printf("setup       : %d/%d orders placed and confirmed in %s s (%s orders/s)%n", placed, orders, f1(secs),
                    f1(placed / Math.max(secs, 1e-9)));
            if (!failures.isEmpty()) {
                banner("SETUP: " + (orders - placed) + " orders could not be placed and confirmed: " + summarize(failures));
                failureSamples.forEach((k, v) -> System.out.println("    " + k + ": " + v));
            }
            if (placed == 0) {
                throw new SetupFailure("no order could be placed (wrong --key? it needs the integrator or admin role)");
            }

            // PACKED events with a known 'bench' shipment, in batches of up to 1000
            System.out.println("setup       : recording a PACKED warehouse event (carrier 'bench') for every order ...");
            t0 = System.nanoTime();
            String packedAt = ISO.format(OffsetDateTime.now(ZoneOffset.ofHours(1)).truncatedTo(ChronoUnit.SECONDS));
            List<Integer> placedList = new ArrayList<>();
            for (int n = 0; n < orders; n++) {
                if (orderIds[n] != null) {
                    placedList.add(n);
                }
            }
            List<Integer> usable = new ArrayList<>();
            long packRejected = 0;
            Map<String, LongAdder> packFailures = new TreeMap<>();
            for (int from = 0; from < placedList.size(); from += MAX_BATCH) {
                List<Integer> chunk = placedList.subList(from, Math.min(placedList.size(), from + MAX_BATCH));
                StringBuilder body = new StringBuilder(chunk.size() * 420).append("{\"events\":[");
                for (int k = 0; k < chunk.size(); k++) {
                    int n = chunk.get(k);
                    body.append(k == 0 ? "" : ",")
                            .append("{\"source\":{\"type\":\"WMS\",\"name\":\"bench-wms\"}")
                            .append(",\"sourceEventId\":").append(q("pack-" + trackingNumbers[n]))
                            .append(",\"orderId\":").append(q(orderIds[n]))
                            .append(",\"milestone\":\"PACKED\",\"rawCode\":\"PK\",\"rawText\":\"packed\"")
                            .append(",\"occurredAt\":").append(q(packedAt))
                            .append(",\"location\":{\"facility\":\"Bench DC\",\"city\":\"Berlin\",\"countryCode\":\"DE\"}")
                            .append(",\"shipment\":{\"carrier\":\"bench\",\"carrierTrackingNumber\":").append(q(trackingNumbers[n]))
                            .append(",\"parcels\":[{\"barcode\":").append(q("PB" + trackingNumbers[n])).append("}]")
                            .append(",\"lines\":").append(lines[n]).append("}}");
                }
                body.append("]}");
                Reply r;
                try {
                    r = call(client, base, key, "POST", "/api/v1/warehouse-events", body.toString(), timeout);
                } catch (IOException e) {
                    packFailures.computeIfAbsent(describe(e), x -> new LongAdder()).add(chunk.size());
                    continue;
                }
                if (r.status() != 200) {
                    packFailures.computeIfAbsent("HTTP " + r.status() + " " + abbreviate(r.body(), 200), x -> new LongAdder())
                            .add(chunk.size());
                    continue;
                }
                Matcher m = OUTCOME.matcher(r.body());
                while (m.find()) {
                    int idx = Integer.parseInt(m.group(1));
                    if (idx < chunk.size() && (m.group(2).equals("ACCEPTED") || m.group(2).equals("DUPLICATE"))) {
                        usable.add(chunk.get(idx));
                    } else {
                        packRejected++;
                    }
                }
                Matcher reasons = REJECT_REASON.matcher(r.body());
                while (reasons.find()) {
                    packFailures.computeIfAbsent("rejected: " + abbreviate(reasons.group(1), 160), x -> new LongAdder()).increment();
                }
            }
            Collections.sort(usable);
            secs = (System.nanoTime() - t0) / 1e9;
            System.out.printf("setup       : %d/%d shipments packed in %s s%n", usable.size(), placedList.size(), f1(secs));
            if (usable.size() < placedList.size()) {
                banner("SETUP: " + (placedList.size() - usable.size()) + " PACKED events were not accepted (" + packRejected
                        + " rejected); those orders are left out");
                packFailures.forEach((k, v) -> System.out.println("    " + v.sum() + " x " + k));
            }
            System.out.println();
            return usable;
        }

        static String summarize(Map<String, LongAdder> m) {
            StringBuilder b = new StringBuilder();
            m.forEach((k, v) -> b.append(b.isEmpty() ? "" : ", ").append(v.sum()).append(" x ").append(k));
            return b.toString();
        }

        // --- timed phase ---

        int timed(HttpClient client, List<Integer> usable) throws InterruptedException {
            int dupsPerBatch = (int) Math.round(batch * dupPct / 100.0);
            if (batch > 1 && dupPct > 0 && dupsPerBatch == 0) {
                dupsPerBatch = 1;
            }
            dupsPerBatch = Math.min(dupsPerBatch, batch - 1);
            int newPerBatch = batch - dupsPerBatch;
            int shipmentsPerBatch = (newPerBatch + scansPerShipment - 1) / scansPerShipment;
            long durationN = TimeUnit.SECONDS.toNanos(durationS);
            long hardStopN = 3 * durationN;
            System.out.printf("timed phase : %d workers x batches of %d events (%d new scans over ~%d shipments + %d re-sent), "
                    + "until %d s AND %d events (hard stop %d s); %d orders, ~%d per worker%n",
                    concurrency, batch, newPerBatch, shipmentsPerBatch, dupsPerBatch, durationS, targetEvents, 3 * durationS,
                    usable.size(), usable.size() / concurrency);

            List<List<Long>> latencies = new ArrayList<>();
            List<Thread> workers = new ArrayList<>();
            final long start = System.nanoTime();
            final OffsetDateTime scanBase = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).plusMinutes(1);
            final int dups = dupsPerBatch;
            for (int w = 0; w < concurrency; w++) {
                List<Integer> mine = new ArrayList<>();
                for (int i = w; i < usable.size(); i += concurrency) {
                    mine.add(usable.get(i));
                }
                List<Long> lat = new ArrayList<>();
                latencies.add(lat);
                final int worker = w;
                Thread t = new Thread(() -> work(client, worker, mine, lat, start, durationN, hardStopN, newPerBatch, dups,
                        scanBase), "ingest-" + w);
                workers.add(t);
            }

            ScheduledExecutorService reporter = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "progress");
                t.setDaemon(true);
                return t;
            });
            // accepted count at the end of the first progress interval, for a steady-state rate
            AtomicLong acceptedAtFirstMark = new AtomicLong(-1);
            AtomicLong firstMarkNanos = new AtomicLong();
            long[] last = {0, 0};
            int interval = progressS > 0 ? progressS : 10;
            reporter.scheduleAtFixedRate(() -> {
                long now = System.nanoTime();
                long acc = accepted.sum();
                long s = sent.sum();
                if (acceptedAtFirstMark.get() < 0) {
                    firstMarkNanos.set(now);
                    acceptedAtFirstMark.set(acc);
                }
                if (progressS > 0) {
                    System.out.printf("  [%5.1f s] sent %,9d  accepted %,9d  dup %,7d  rejected %,5d  | last %d s: %,7.0f sent/s %,7.0f accepted/s%s%n",
                            (now - start) / 1e9, s, acc, duplicates.sum(), rejected.sum(), interval,
                            (s - last[0]) / (double) interval, (acc - last[1]) / (double) interval,
                            batchesFailed.sum() > 0 ? "  HTTP ERRORS " + batchesFailed.sum() : "");
                }
                last[0] = s;
                last[1] = acc;
            }, interval, interval, TimeUnit.SECONDS);

            workers.forEach(Thread::start);
            for (Thread t : workers) {
                t.join();
            }
            long end = System.nanoTime();
            reporter.shutdownNow();
            return report(latencies, start, end, acceptedAtFirstMark.get(), firstMarkNanos.get(), newPerBatch, dups,
                    shipmentsPerBatch, usable.size());
        }

        void work(HttpClient client, int worker, List<Integer> mine, List<Long> lat, long start, long durationN, long hardStopN,
                int newPerBatch, int dups, OffsetDateTime scanBase) {
            Random rnd = new Random(1000L + worker);
            int[] scans = new int[mine.size()];
            int cursor = 0;
            List<String> previous = List.of();
            Duration timeout = Duration.ofSeconds(timeoutS);
            while (true) {
                long elapsed = System.nanoTime() - start;
                if (elapsed >= hardStopN || (elapsed >= durationN && sent.sum() >= targetEvents)) {
                    break;
                }
                // new scans: scansPerShipment consecutive scans of each shipment, shipments taken round-robin
                List<String> fresh = new ArrayList<>(newPerBatch);
                while (fresh.size() < newPerBatch) {
                    int slot = cursor;
                    cursor = (cursor + 1) % mine.size();
                    int n = mine.get(slot);
                    for (int s = 0; s < scansPerShipment && fresh.size() < newPerBatch; s++) {
                        fresh.add(scan(n, scans[slot]++, scanBase));
                    }
                }
                List<String> events = new ArrayList<>(fresh);
                List<String> source = previous.isEmpty() ? fresh : previous;
                for (int d = 0; d < dups; d++) {
                    // a re-sent event: identical content, so the server must answer DUPLICATE
                    events.add(rnd.nextInt(events.size() + 1), source.get(rnd.nextInt(source.size())));
                }
                StringBuilder body = new StringBuilder(events.size() * 400 + 16).append("{\"events\":[");
                for (int i = 0; i < events.size(); i++) {
                    body.append(i == 0 ? "" : ",").append(events.get(i));
                }
                body.append("]}");
                long t0 = System.nanoTime();
                Reply r = null;
                String error = null;
                try {
                    r = call(client, base, key, "POST", "/api/v1/tracking-events", body.toString(), timeout);
                } catch (IOException e) {
                    error = describe(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                long t1 = System.nanoTime();
                sent.add(events.size());
                sentNew.add(fresh.size());
                sentDup.add(dups);
                if (error == null && r.status() != 200) {
                    error = "HTTP " + r.status();
                    errorSamples.putIfAbsent(error, abbreviate(r.body(), 300));
                }
                if (error != null) {
                    batchesFailed.increment();
                    httpErrors.computeIfAbsent(error, k -> new LongAdder()).increment();
                    previous = fresh; // its fate is unknown; re-sends from it may come back ACCEPTED
                    continue;
                }
                lat.add(t1 - t0);
                batchesOk.increment();
                okNew.add(fresh.size());
                okDup.add(dups);
                int a = firstInt(ACCEPTED, r.body());
                int du = firstInt(DUPLICATES, r.body());
                int re = firstInt(REJECTED, r.body());
                if (a < 0 || du < 0 || re < 0) {
                    unparsable.increment();
                    errorSamples.putIfAbsent("unparsable 200", abbreviate(r.body(), 300));
                } else {
                    accepted.add(a);
                    duplicates.add(du);
                    rejected.add(re);
                    if (re > 0) {
                        Matcher m = REJECT_REASON.matcher(r.body());
                        while (m.find()) {
                            String reason = m.group(1).replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "<uuid>")
                                    .replaceAll("BN" + run + "\\d+", "BN<n>").replaceAll("BENCH-" + run + "-\\d+", "BENCH-<n>");
                            String shortReason = abbreviate(reason, 200);
                            if (rejectReasons.size() < 50 || rejectReasons.containsKey(shortReason)) {
                                rejectReasons.computeIfAbsent(shortReason, k -> new LongAdder()).increment();
                            }
                        }
                    }
                }
                previous = fresh;
            }
        }

        /** One carrier scan of order n's bench shipment; scan k of a shipment is k minutes after scan k-1. */
        String scan(int n, int k, OffsetDateTime scanBase) {
            String[] hub = HUBS[(n + k) % HUBS.length];
            String milestone;
            String code;
            String text;
            if (k == 0) {
                milestone = "HANDED_OVER";
                code = "HO";
                text = "handed over to carrier";
            } else if (k % 10 == 9 && deliver) {
                milestone = "DELIVERED";
                code = "DL";
                text = "delivered";
            } else if (k % 10 == 9) {
                milestone = "OUT_FOR_DELIVERY";
                code = "OD";
                text = "out for delivery";
            } else {
                milestone = "IN_TRANSIT";
                code = "IT";
                text = "arrived at " + hub[0];
            }
            String at = ISO.format(scanBase.plusMinutes(k).withOffsetSameInstant(ZoneOffset.of(hub[3])));
            String ctn = trackingNumbers[n];
            return "{\"source\":{\"type\":\"CARRIER\",\"name\":\"bench\"}"
                    + ",\"sourceEventId\":" + q(ctn + "-" + k)
                    + ",\"carrier\":\"bench\",\"carrierTrackingNumber\":" + q(ctn)
                    + ",\"milestone\":" + q(milestone) + ",\"rawCode\":" + q(code) + ",\"rawText\":" + q(text)
                    + ",\"occurredAt\":" + q(at)
                    + ",\"location\":{\"facility\":" + q(hub[0]) + ",\"city\":" + q(hub[1]) + ",\"countryCode\":" + q(hub[2]) + "}}";
        }

        int report(List<List<Long>> latencies, long start, long end, long acceptedAtFirstMark, long firstMarkNanos,
                int newPerBatch, int dups, int shipmentsPerBatch, int usableOrders) {
            long[] lat = latencies.stream().flatMap(List::stream).mapToLong(Long::longValue).sorted().toArray();
            double wall = (end - start) / 1e9;
            long s = sent.sum();
            long acc = accepted.sum();
            long dup = duplicates.sum();
            long rej = rejected.sum();
            long failed = batchesFailed.sum();
            long httpErrorCount = httpErrors.values().stream().mapToLong(LongAdder::sum).sum();
            String steady = "n/a";
            double steadyRate = Double.NaN;
            if (acceptedAtFirstMark >= 0 && end - firstMarkNanos > TimeUnit.SECONDS.toNanos(5)) {
                steadyRate = (acc - acceptedAtFirstMark) / ((end - firstMarkNanos) / 1e9);
                steady = f1(steadyRate) + " (from " + f1((firstMarkNanos - start) / 1e9) + " s to the end)";
            }
            System.out.println();
            System.out.println("=== ingest result ===");
            System.out.printf("target             : >= %d s and >= %,d events (hard stop %d s) -> %s%n", durationS, targetEvents,
                    3 * durationS, s >= targetEvents ? "count reached" : "STOPPED AT HARD LIMIT BEFORE THE COUNT WAS REACHED");
            System.out.printf("orders / workers   : %,d orders with a bench shipment, %d workers, batch %d (%d new over ~%d shipments + %d re-sent)%n",
                    usableOrders, concurrency, batch, newPerBatch, shipmentsPerBatch, dups);
            System.out.printf("events sent        : %,d (%,d new, %,d intentional re-sends) in %,d batches (%,d ok, %,d failed)%n",
                    s, sentNew.sum(), sentDup.sum(), batchesOk.sum() + failed, batchesOk.sum(), failed);
            System.out.printf("accepted           : %,d (expected %,d)%n", acc, okNew.sum());
            System.out.printf("duplicates         : %,d (intended %,d)%n", dup, okDup.sum());
            System.out.printf("rejected           : %,d (intended 0)%n", rej);
            System.out.printf("wall time          : %s s%n", f1(wall));
            System.out.printf("events/s sent      : %s%n", f1(s / wall));
            System.out.printf("events/s accepted  : %s%n", f1(acc / wall));
            System.out.printf("accepted/s steady  : %s%n", steady);
            System.out.printf("batch latency ms   : p50 %s  p95 %s  p99 %s  max %s  (%d batches answered 200)%n",
                    ms(percentile(lat, 50)), ms(percentile(lat, 95)), ms(percentile(lat, 99)),
                    ms(lat.length == 0 ? 0 : lat[lat.length - 1]), lat.length);
            System.out.printf("timeline growth    : ~%s scans per shipment recorded this run%n", f1(acc / (double) usableOrders));
            System.out.printf("HTTP errors        : %d%s%n", httpErrorCount, httpErrorCount == 0 ? "" : " (" + summarize(httpErrors) + ")");

            boolean anomalies = false;
            if (httpErrorCount > 0) {
                anomalies = true;
                banner(httpErrorCount + " BATCHES FAILED (non-200 or I/O error): " + summarize(httpErrors));
                errorSamples.forEach((k, v) -> System.out.println("    " + k + ": " + v));
            }
            if (unparsable.sum() > 0) {
                anomalies = true;
                banner(unparsable.sum() + " responses had no accepted/duplicates/rejected counts");
            }
            if (rej > 0) {
                anomalies = true;
                banner(rej + " EVENTS REJECTED (none intended). Reasons:");
                rejectReasons.forEach((k, v) -> System.out.println("    " + v.sum() + " x " + k));
            }
            if (acc != okNew.sum() || dup != okDup.sum()) {
                anomalies = true;
                banner("UNEXPECTED COUNTS: accepted " + acc + " (expected " + okNew.sum() + "), duplicates " + dup
                        + " (intended " + okDup.sum() + ")" + (failed > 0 ? " -- failed batches make re-sends from them count as new" : ""));
            }
            if (s < targetEvents) {
                banner("hard stop at " + 3 * durationS + " s reached with " + s + " of " + targetEvents + " events sent");
            }
            if (!anomalies) {
                System.out.println("status             : OK (no HTTP errors, no rejections, every re-send answered DUPLICATE)");
            }
            System.out.println();
            System.out.println("RESULT scenario=ingest run=" + run + " orders=" + usableOrders + " concurrency=" + concurrency
                    + " batch=" + batch + " dup_pct=" + dupPct + " duration_s=" + durationS + " target_events=" + targetEvents
                    + " events_sent=" + s + " accepted=" + acc + " duplicates=" + dup + " rejected=" + rej
                    + " batches=" + (batchesOk.sum() + failed) + " http_errors=" + httpErrorCount
                    + " wall_s=" + f1(wall) + " sent_per_s=" + f1(s / wall) + " accepted_per_s=" + f1(acc / wall)
                    + " steady_accepted_per_s=" + (Double.isNaN(steadyRate) ? "na" : f1(steadyRate))
                    + " p50_ms=" + ms(percentile(lat, 50)) + " p95_ms=" + ms(percentile(lat, 95)) + " p99_ms=" + ms(percentile(lat, 99))
                    + " max_ms=" + ms(lat.length == 0 ? 0 : lat[lat.length - 1])
                    + " nproc=" + Runtime.getRuntime().availableProcessors() + " java=" + System.getProperty("java.version")
                    + " clean=" + !anomalies);
            return anomalies ? 1 : 0;
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // scenario 2: track

    static final class Track {
        final URI base;
        final String key;
        final int rate, durationS, warmupS, wantIds, clientThreads, maxInflight, timeoutS, setupConcurrency;
        final boolean page;

        Track(Options o, URI base) {
            this.base = base;
            this.key = o.str("key");
            this.rate = o.integer("rate", 1, 100_000);
            this.durationS = o.integer("duration", 1, 3600);
            this.warmupS = o.integer("warmup", 0, 3600);
            this.wantIds = o.integer("ids", 1, 100_000);
            this.clientThreads = o.integer("client-threads", 1, 1024);
            this.maxInflight = o.integer("max-inflight", 1, 1_000_000);
            this.timeoutS = o.integer("timeout", 1, 600);
            this.setupConcurrency = o.integer("setup-concurrency", 1, 256);
            String p = o.str("page").strip().toLowerCase(Locale.ROOT);
            if (!p.equals("true") && !p.equals("false")) {
                throw new IllegalArgumentException("--page must be true or false (got '" + o.str("page") + "')");
            }
            this.page = p.equals("true");
            long total = (long) rate * (durationS + warmupS);
            if (total > 50_000_000L) {
                throw new IllegalArgumentException("rate x (duration + warmup) = " + total + " requests; at most 50,000,000");
            }
        }

        int run() throws SetupFailure, InterruptedException {
            HttpClient setupClient = client(null);
            checkReachable(setupClient, base);
            List<String> ids = collectIds(setupClient);
            // preflight: the public view answers without a key
            try {
                Reply r = call(setupClient, base, null, "GET", "/api/v1/tracking/" + ids.getFirst(), null, Duration.ofSeconds(10));
                if (r.status() != 200) {
                    throw new SetupFailure("GET /api/v1/tracking/" + ids.getFirst() + " answered " + r.status() + ": "
                            + abbreviate(r.body(), 300));
                }
                System.out.println("preflight   : GET /api/v1/tracking/" + ids.getFirst() + " -> 200, " + r.body().length()
                        + " chars, status " + first(Pattern.compile("\"status\"\\s*:\\s*\"([A-Z_]+)\""), r.body()));
            } catch (IOException e) {
                throw new SetupFailure("preflight request failed: " + describe(e));
            }
            System.out.println();
            return measure(ids);
        }

        List<String> collectIds(HttpClient client) throws SetupFailure, InterruptedException {
            Set<String> ids = new LinkedHashSet<>();
            Duration timeout = Duration.ofSeconds(Math.max(timeoutS, 30));
            int maxPages = 100; // per pass: at most 20,000 orders looked at
            String[] passes = {"status=DELIVERED&", ""};
            for (String pass : passes) {
                for (int page = 0; page < maxPages && ids.size() < wantIds; page++) {
                    String path = "/api/v1/orders?" + pass + "size=" + MAX_PAGE_SIZE + "&page=" + page;
                    Reply r;
                    try {
                        r = call(client, base, key, "GET", path, null, timeout);
                    } catch (IOException e) {
                        throw new SetupFailure("GET " + path + " failed: " + describe(e));
                    }
                    if (r.status() != 200) {
                        throw new SetupFailure("GET " + path + " answered " + r.status() + " (wrong --key?): " + abbreviate(r.body(), 300));
                    }
                    int items = 0;
                    Matcher on = ORDER_NUMBER.matcher(r.body());
                    while (on.find()) {
                        items++;
                    }
                    Matcher m = TRACKING_ID.matcher(r.body());
                    while (m.find() && ids.size() < wantIds) {
                        ids.add(m.group(1));
                    }
                    if (items < MAX_PAGE_SIZE) {
                        break;
                    }
                }
                System.out.printf("setup       : %d tracking IDs after listing %s orders%n", ids.size(),
                        pass.isEmpty() ? "all" : pass.substring(0, pass.length() - 1));
                if (ids.size() >= wantIds) {
                    break;
                }
            }
            if (ids.isEmpty()) {
                ids.addAll(createConfirmed(client, Math.min(200, wantIds)));
            }
            if (ids.isEmpty()) {
                throw new SetupFailure("no tracking IDs found or created");
            }
            List<String> list = new ArrayList<>(ids);
            Collections.shuffle(list, new Random(42));
            return list;
        }

        List<String> createConfirmed(HttpClient client, int count) throws InterruptedException {
            String run = runId();
            System.out.printf("setup       : no order has a tracking ID; placing and confirming %d orders (BENCH-%s-<n>) ...%n", count, run);
            Duration timeout = Duration.ofSeconds(Math.max(timeoutS, 30));
            List<String> ids = Collections.synchronizedList(new ArrayList<>());
            Map<String, LongAdder> failures = new ConcurrentHashMap<>();
            ExecutorService pool = Executors.newFixedThreadPool(setupConcurrency);
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (int n = 0; n < count; n++) {
                    final int i = n;
                    futures.add(pool.submit(() -> {
                        try {
                            String[] order = orderJson("BENCH-" + run + "-" + i, new SplittableRandom(i));
                            Reply placed = call(client, base, key, "POST", "/api/v1/orders", order[0], timeout);
                            String id = placed.status() == 201 ? first(ID, placed.body()) : null;
                            if (id == null) {
                                failures.computeIfAbsent("place: HTTP " + placed.status(), k -> new LongAdder()).increment();
                                return;
                            }
                            Reply confirmed = call(client, base, key, "POST", "/api/v1/orders/" + id + "/confirmation", "{}", timeout);
                            String tid = confirmed.status() == 200 ? first(TRACKING_ID, confirmed.body()) : null;
                            if (tid == null) {
                                failures.computeIfAbsent("confirm: HTTP " + confirmed.status(), k -> new LongAdder()).increment();
                                return;
                            }
                            ids.add(tid);
                        } catch (IOException e) {
                            failures.computeIfAbsent(describe(e), k -> new LongAdder()).increment();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }));
                }
                for (Future<?> f : futures) {
                    try {
                        f.get();
                    } catch (java.util.concurrent.ExecutionException e) {
                        failures.computeIfAbsent(describe(e), k -> new LongAdder()).increment();
                    }
                }
            } finally {
                pool.shutdownNow();
            }
            if (!failures.isEmpty()) {
                banner("SETUP: " + Ingest.summarize(failures));
            }
            System.out.printf("setup       : %d orders confirmed%n", ids.size());
            return new ArrayList<>(ids);
        }

        int measure(List<String> ids) throws InterruptedException {
            ExecutorService executor = Executors.newFixedThreadPool(clientThreads, r -> {
                Thread t = new Thread(r, "http-client");
                t.setDaemon(true);
                return t;
            });
            HttpClient client = client(executor);
            Duration timeout = Duration.ofSeconds(timeoutS);
            HttpRequest[] requests = new HttpRequest[ids.size()];
            for (int i = 0; i < requests.length; i++) {
                // the page as a browser asks for it (compressed HTML), or the JSON view as an integrator does
                requests[i] = page
                        ? HttpRequest.newBuilder(URI.create(base + "/track/" + ids.get(i))).timeout(timeout)
                                .header("Accept", "text/html").header("Accept-Encoding", "gzip").GET().build()
                        : HttpRequest.newBuilder(URI.create(base + "/api/v1/tracking/" + ids.get(i)))
                                .timeout(timeout).header("Accept", "application/json").GET().build();
            }
            long warmupCount = (long) rate * warmupS;
            int recordCount = rate * durationS;
            long total = warmupCount + recordCount;
            double intervalN = 1e9 / rate;
            // per recorded request: latency in ns from the INTENDED send time; 0 = not finished, -1 = skipped
            long[] latency = new long[recordCount];
            int[] status = new int[recordCount];
            Semaphore inflight = new Semaphore(maxInflight);
            LongAdder warmupErrors = new LongAdder();
            Map<String, LongAdder> errors = new ConcurrentHashMap<>();
            long skipped = 0;
            long maxLagN = 0;
            long lagOver1ms = 0;

            System.out.printf("timed phase : GET %s (no key) at %d req/s open loop: %d s warmup + %d s recorded "
                    + "= %,d requests over %d IDs; latency from the intended send time%n",
                    page ? "/track/{id} (HTML, gzip)" : "/api/v1/tracking/{id}", rate, warmupS, durationS, total, ids.size());
            long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
            long measureStart = start + (long) (warmupCount * intervalN);
            long lastSend = start;
            boolean announced = false;
            for (long i = 0; i < total; i++) {
                final long intended = start + (long) (i * intervalN);
                long now;
                while ((now = System.nanoTime()) < intended) {
                    long wait = intended - now;
                    if (wait > 200_000) {
                        LockSupport.parkNanos(wait - 100_000);
                    } else if (wait > 20_000) {
                        Thread.onSpinWait();
                        LockSupport.parkNanos(10_000);
                    } else {
                        Thread.onSpinWait();
                    }
                }
                final boolean recorded = i >= warmupCount;
                final int idx = (int) (i - warmupCount);
                if (recorded && !announced) {
                    announced = true;
                    System.out.printf("  warmup done; recording %d s ...%n", durationS);
                }
                if (recorded) {
                    long lag = now - intended;
                    maxLagN = Math.max(maxLagN, lag);
                    if (lag > 1_000_000) {
                        lagOver1ms++;
                    }
                }
                if (!inflight.tryAcquire()) {
                    if (recorded) {
                        latency[idx] = -1;
                        skipped++;
                    } else {
                        warmupErrors.increment();
                    }
                    continue;
                }
                lastSend = now;
                client.sendAsync(requests[(int) (i % requests.length)], HttpResponse.BodyHandlers.discarding())
                        .whenComplete((resp, err) -> {
                            long done = System.nanoTime();
                            try {
                                if (recorded) {
                                    if (err != null) {
                                        errors.computeIfAbsent(describe(err), k -> new LongAdder()).increment();
                                        status[idx] = -1;
                                        latency[idx] = 0;
                                    } else {
                                        status[idx] = resp.statusCode();
                                        latency[idx] = Math.max(1, done - intended);
                                        if (resp.statusCode() != 200) {
                                            errors.computeIfAbsent("HTTP " + resp.statusCode(), k -> new LongAdder()).increment();
                                        }
                                    }
                                } else if (err != null || resp.statusCode() != 200) {
                                    warmupErrors.increment();
                                }
                            } finally {
                                inflight.release();
                            }
                        });
            }
            long sendEnd = lastSend;
            // drain: wait for every request in flight, bounded by the request timeout
            boolean drained = inflight.tryAcquire(maxInflight, timeoutS + 5L, TimeUnit.SECONDS);
            long end = System.nanoTime();
            int stillOpen = drained ? 0 : maxInflight - inflight.availablePermits();

            long[] lat = new long[recordCount];
            int n = 0;
            long ok = 0;
            long unfinished = 0;
            long lastDone = 0;
            for (int i = 0; i < recordCount; i++) {
                if (latency[i] > 0) {
                    lat[n++] = latency[i];
                    if (status[i] == 200) {
                        ok++;
                    }
                } else if (latency[i] == 0 && status[i] == 0) {
                    unfinished++;
                }
            }
            lat = Arrays.copyOf(lat, n);
            Arrays.sort(lat);
            long errorCount = errors.values().stream().mapToLong(LongAdder::sum).sum();
            long sentRecorded = recordCount - skipped;
            // N sends at a steady rate span (N - 1) intervals; add one so that on schedule achieved == rate
            double achieved = sentRecorded / ((Math.max(sendEnd - measureStart, 0) + intervalN) / 1e9);
            double completionRate = n / ((end - measureStart) / 1e9);

            System.out.println();
            System.out.println("=== track result ===");
            System.out.printf("target rate        : %d req/s for %d s (after %d s warmup)%n", rate, durationS, warmupS);
            System.out.printf("achieved rate      : %s req/s sent (responses: %s/s over %s s incl. drain)%n", f1(achieved),
                    f1(completionRate), f1((end - measureStart) / 1e9));
            System.out.printf("requests           : %,d recorded, %,d answered (%,d x 200), %,d errors, %,d skipped (client in-flight limit), %,d unfinished%n",
                    recordCount, n, ok, errorCount, skipped, unfinished);
            System.out.printf("latency ms         : p50 %s  p90 %s  p99 %s  p99.9 %s  max %s  (all answered requests, any status)%n",
                    ms(percentile(lat, 50)), ms(percentile(lat, 90)), ms(percentile(lat, 99)), ms(percentile(lat, 99.9)),
                    ms(n == 0 ? 0 : lat[n - 1]));
            System.out.printf("sender lag         : max %s ms behind schedule; %,d sends more than 1 ms late%n", ms(maxLagN), lagOver1ms);
            System.out.printf("warmup errors      : %d%n", warmupErrors.sum());

            boolean anomalies = false;
            if (errorCount > 0) {
                anomalies = true;
                banner(errorCount + " REQUESTS FAILED: " + Ingest.summarize(errors)
                        + " (I/O errors and timeouts are NOT in the latency percentiles)");
            }
            if (skipped > 0) {
                anomalies = true;
                banner(skipped + " REQUESTS SKIPPED: more than --max-inflight=" + maxInflight + " in flight (server saturated)");
            }
            if (unfinished > 0 || stillOpen > 0) {
                anomalies = true;
                banner(unfinished + " requests still unanswered after draining for " + (timeoutS + 5) + " s");
            }
            if (maxLagN > TimeUnit.MILLISECONDS.toNanos(100)) {
                System.out.println("note               : the sender fell behind by more than 100 ms; the client itself may be CPU-bound "
                        + "(latencies still count from the intended time)");
            }
            if (!anomalies) {
                System.out.println("status             : OK (every recorded request answered 200)");
            }
            System.out.println();
            System.out.println("RESULT scenario=track rate=" + rate + " duration_s=" + durationS + " warmup_s=" + warmupS
                    + " ids=" + ids.size() + " achieved_rate=" + f1(achieved) + " count=" + recordCount + " ok=" + ok
                    + " errors=" + errorCount + " skipped=" + skipped + " unfinished=" + unfinished
                    + " p50_ms=" + ms(percentile(lat, 50)) + " p90_ms=" + ms(percentile(lat, 90))
                    + " p99_ms=" + ms(percentile(lat, 99)) + " p999_ms=" + ms(percentile(lat, 99.9))
                    + " max_ms=" + ms(n == 0 ? 0 : lat[n - 1]) + " max_send_lag_ms=" + ms(maxLagN)
                    + " nproc=" + Runtime.getRuntime().availableProcessors() + " java=" + System.getProperty("java.version")
                    + " clean=" + !anomalies);
            executor.shutdownNow();
            return anomalies ? 1 : 0;
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // kpis: GET /api/v1/kpis one after another (a dashboard's question), server round trip per answer

    static final class KpiReads {
        final URI base;
        final String key;
        final int requests, warmup;
        final String query;

        KpiReads(Options o, URI base) {
            this.base = base;
            this.key = o.str("key");
            this.requests = o.integer("requests", 1, 1_000_000);
            this.warmup = o.integer("warmup", 0, 1_000_000);
            this.query = o.str("query").strip();
        }

        int run() throws SetupFailure, InterruptedException {
            HttpClient client = client(null);
            checkReachable(client, base);
            String path = "/api/v1/kpis" + (query.isEmpty() ? "" : "?" + query);
            Duration timeout = Duration.ofSeconds(60);
            Reply first;
            try {
                first = call(client, base, key, "GET", path, null, timeout);
            } catch (IOException e) {
                throw new SetupFailure("GET " + path + " failed: " + describe(e));
            }
            if (first.status() != 200) {
                throw new SetupFailure("GET " + path + " answered " + first.status() + ": " + abbreviate(first.body(), 300));
            }
            System.out.println("preflight   : GET " + path + " -> 200, " + first.body().length() + " chars, orders.closed="
                    + first(Pattern.compile("\"orders\":\\{\"closed\":(\\d+)"), first.body()) + ", shipments.closed="
                    + first(Pattern.compile("\"shipments\":\\{\"closed\":(\\d+)"), first.body()));
            long[] lat = new long[requests];
            int errors = 0;
            for (int i = -warmup; i < requests; i++) {
                long t0 = System.nanoTime();
                int status;
                try {
                    status = call(client, base, key, "GET", path, null, timeout).status();
                } catch (IOException e) {
                    status = -1;
                }
                long took = System.nanoTime() - t0;
                if (i >= 0) {
                    lat[i] = took;
                    if (status != 200) {
                        errors++;
                    }
                }
            }
            java.util.Arrays.sort(lat);
            System.out.printf(Locale.ROOT, "kpis        : %d requests after %d warm-up, one at a time: p50 %s ms, p95 %s ms, p99 %s ms,"
                    + " max %s ms, errors %d%n", requests, warmup, ms(percentile(lat, 50)), ms(percentile(lat, 95)),
                    ms(percentile(lat, 99)), ms(lat[lat.length - 1]), errors);
            System.out.println("RESULT scenario=kpis requests=" + requests + " p50_ms=" + ms(percentile(lat, 50)) + " p95_ms="
                    + ms(percentile(lat, 95)) + " p99_ms=" + ms(percentile(lat, 99)) + " max_ms=" + ms(lat[lat.length - 1])
                    + " errors=" + errors);
            return errors == 0 ? 0 : 1;
        }
    }
}
