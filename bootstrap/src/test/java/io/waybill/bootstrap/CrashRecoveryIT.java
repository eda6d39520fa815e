package io.waybill.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.waybill.adapters.persistence.testing.PostgresTestResource;
import io.waybill.application.fakes.Await;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged application killed with SIGKILL (kill -9) while it dispatches webhooks, then started again on the same
 * database: every webhook still arrives, and a webhook sent twice (once before the kill, once after) carries the same
 * idempotency key both times. Runs the real jar ({@code target/quarkus-app}) as a child process, after packaging.
 */
class CrashRecoveryIT {

    private static final int ORDERS = 300;
    private static final String ADMIN = "crash-it-admin-key-0123456789abcdef";
    private static final Pattern ORDER_ID = Pattern.compile("\"orderId\":\"([0-9a-f-]{36})\"");

    private final PostgresTestResource database = new PostgresTestResource();
    private final HttpClient http = HttpClient.newHttpClient();
    private WebhookReceiver receiver;
    private Process waybill;

    @AfterEach
    void stop() {
        if (waybill != null) {
            waybill.destroyForcibly();
        }
        if (receiver != null) {
            receiver.close();
        }
        database.stop();
    }

    @Test
    void nothingIsLostWhenTheProcessIsKilledWhileDispatchingAndRepeatsKeepTheirKey() throws Exception {
        Map<String, String> datasource = database.start();
        receiver = new WebhookReceiver();
        receiver.delay(100); // a slow receiver (and 4 senders) keep the dispatcher busy for ~8 s when the kill comes
        int port = freePort();
        Path workDir = Files.createTempDirectory(Path.of("target"), "crash-it-");

        waybill = start(datasource, port, workDir, "first");
        String key = issueIntegratorKey(port);
        String secret = subscribe(port, key, receiver.url("/crash"));
        receiver.secret("/crash", secret);
        for (int i = 0; i < ORDERS; i++) {
            post(port, key, "/api/v1/orders", order(i), 201);
        }

        Await.until(Duration.ofSeconds(60), "the dispatcher is under way", () -> receiver.on("/crash").size() >= 30);
        ProcessHandle killed = waybill.toHandle();
        killed.destroyForcibly(); // SIGKILL: no shutdown hook, no clean-up
        waybill.waitFor();
        int beforeKill = receiver.on("/crash").size();
        assertThat(beforeKill).as("killed mid-way").isBetween(30, ORDERS - 1);

        waybill = start(datasource, port, workDir, "second");
        Await.until(Duration.ofSeconds(120), "every order's webhook arrived after the restart",
                () -> distinctOrders().size() == ORDERS);

        Map<String, Set<String>> keysByOrder = new HashMap<>();
        for (WebhookReceiver.Received r : receiver.on("/crash")) {
            Matcher m = ORDER_ID.matcher(r.body());
            assertThat(m.find()).isTrue();
            keysByOrder.computeIfAbsent(m.group(1), o -> new HashSet<>()).add(r.idempotencyKey());
        }
        assertThat(keysByOrder).hasSize(ORDERS);
        assertThat(keysByOrder.values()).as("a repeated webhook carries the key it had before").allSatisfy(k -> assertThat(k).hasSize(1));
        assertThat(receiver.badSignatures.get()).isZero();
        System.out.printf("[crash-it] %d orders, %d webhooks before the kill, %d received in all (%d repeats)%n", ORDERS, beforeKill,
                receiver.on("/crash").size(), receiver.on("/crash").size() - ORDERS);
    }

    private Set<String> distinctOrders() {
        Set<String> orders = new HashSet<>();
        for (WebhookReceiver.Received r : receiver.on("/crash")) {
            Matcher m = ORDER_ID.matcher(r.body());
            if (m.find()) {
                orders.add(m.group(1));
            }
        }
        return orders;
    }

    private Process start(Map<String, String> datasource, int port, Path workDir, String name) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m"));
        datasource.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.addAll(List.of("-Dquarkus.http.port=" + port, "-Dwaybill.demo.enabled=false",
                "-Dwaybill.warehouse.simulated.enabled=false", "-Dwaybill.carrier.simulated.enabled=false",
                "-Dwaybill.poller.enabled=false", "-Dwaybill.security.admin-key=" + ADMIN, "-Dquarkus.mailer.mock=true",
                "-Dwaybill.notifications.tick=PT0.1S", "-Dwaybill.notifications.lease=PT3S", "-Dwaybill.notifications.batch-size=10",
                "-Dwaybill.notifications.retry.first=PT0.2S", "-Dwaybill.notifications.concurrency=4",
                "-jar", new File("target/quarkus-app/quarkus-run.jar").getAbsolutePath()));
        Process process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(workDir.resolve(name + ".log").toFile()).start();
        Await.until(Duration.ofSeconds(60), "Waybill (" + name + ") answers", () -> {
            try {
                return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
        return process;
    }

    private String issueIntegratorKey(int port) throws Exception {
        String body = post(port, ADMIN, "/api/v1/admin/api-keys", "{\"name\":\"crash-it\",\"role\":\"integrator\"}", 201);
        Matcher m = Pattern.compile("\"key\":\"([^\"]+)\"").matcher(body);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private String subscribe(int port, String key, String url) throws Exception {
        String body = post(port, key, "/api/v1/webhooks/subscriptions", "{\"url\":\"" + url + "\",\"eventTypes\":[\"order.placed\"]}", 201);
        Matcher m = Pattern.compile("\"secret\":\"([^\"]+)\"").matcher(body);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static String order(int i) {
        return """
                {"orderNumber":"CRASH-%s-%d","customer":{"name":"Crash Test","email":"crash@example.org"},
                 "address":{"line1":"1 Test St","postalCode":"10115","city":"Berlin","countryCode":"DE"},
                 "lines":[{"sku":"MUG-WHITE","quantity":1}]}""".formatted(UUID.randomUUID().toString().substring(0, 8), i);
    }

    private String post(int port, String key, String path, String json, int expected) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("X-API-Key", key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(expected);
        return response.body();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
