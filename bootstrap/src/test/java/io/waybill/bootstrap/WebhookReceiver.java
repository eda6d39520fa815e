package io.waybill.bootstrap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An integrator's webhook endpoint on a real local HTTP port, verifying every call the way docs/api.md tells
 * receivers to: HMAC-SHA256 over "timestamp.body" with the subscription's secret, timestamp no older than five
 * minutes. Each path answers as the test says (a status, optionally only for the next n calls).
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One call that arrived with a valid signature. */
    record Received(String path, String idempotencyKey, String eventType, String body, Instant at) {
    }

    final List<Received> received = new CopyOnWriteArrayList<>();
    final AtomicInteger calls = new AtomicInteger();
    final AtomicInteger badSignatures = new AtomicInteger();
    private final Map<String, String> secrets = new ConcurrentHashMap<>();
    private final Map<String, Integer> statuses = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();
    private final HttpServer server;
    private volatile long delayMillis;

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", this::handle);
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    void secret(String path, String secret) {
        secrets.put(path, secret);
    }

    /** Takes this long over every call (a slow receiver). */
    void delay(long millis) {
        this.delayMillis = millis;
    }

    /** Answer {@code status} to every call on {@code path}. */
    void answer(String path, int status) {
        statuses.put(path, status);
    }

    /** Answer {@code status} to the next {@code times} calls on {@code path}, then 200. */
    void fail(String path, int status, int times) {
        statuses.put(path, status);
        failuresLeft.put(path, new AtomicInteger(times));
    }

    List<Received> on(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        calls.incrementAndGet();
        if (delayMillis > 0) {
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        String path = exchange.getRequestURI().getPath();
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        int status = statuses.getOrDefault(path, 200);
        AtomicInteger left = failuresLeft.get(path);
        if (left != null && left.getAndDecrement() <= 0) {
            status = 200;
        }
        if (status == 200) {
            if (verified(path, exchange.getRequestHeaders().getFirst("Waybill-Signature"), body)) {
                received.add(new Received(path, exchange.getRequestHeaders().getFirst("Waybill-Idempotency-Key"),
                        exchange.getRequestHeaders().getFirst("Waybill-Event-Type"), new String(body, StandardCharsets.UTF_8),
                        Instant.now()));
            } else {
                badSignatures.incrementAndGet();
                status = 401;
            }
        }
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    /** The receiver's check, as documented: t=<unix seconds>,v1=<hex hmac>; fresh and matching. */
    private boolean verified(String path, String header, byte[] body) {
        String secret = secrets.get(path);
        if (secret == null || header == null) {
            return false;
        }
        long t = -1;
        String v1 = null;
        for (String part : header.split(",")) {
            String[] kv = part.strip().split("=", 2);
            if (kv.length == 2 && kv[0].equals("t")) {
                t = Long.parseLong(kv[1]);
            } else if (kv.length == 2 && kv[0].equals("v1")) {
                v1 = kv[1];
            }
        }
        if (v1 == null || Math.abs(Instant.now().getEpochSecond() - t) > 300) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((t + ".").getBytes(StandardCharsets.UTF_8));
            byte[] expected = mac.doFinal(body);
            return MessageDigest.isEqual(expected, HexFormat.of().parseHex(v1));
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
