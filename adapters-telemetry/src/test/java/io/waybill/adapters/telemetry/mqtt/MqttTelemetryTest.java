package io.waybill.adapters.telemetry.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import io.waybill.application.fakes.Await;
import io.waybill.application.port.in.DeviceNotFoundException;
import io.waybill.application.port.in.RecordReadings;
import io.waybill.domain.telemetry.DeviceId;
import io.waybill.domain.telemetry.Reading;
import io.waybill.domain.tenant.TenantId;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Against the real broker (Mosquitto on 127.0.0.1:1883, or {@code WAYBILL_TEST_MQTT_URL}): readings are stored before
 * they are acknowledged, nothing published while Waybill is away is lost, a message that failed to store comes again,
 * and a message that can never be stored does not block those behind it.
 */
class MqttTelemetryTest {

    private static final String URL = System.getenv().getOrDefault("WAYBILL_TEST_MQTT_URL", "tcp://127.0.0.1:1883");

    /** Each test its own tenant in the topic, so a message left over from another run never reaches it. */
    private final String tenant = "t" + UUID.randomUUID().toString().substring(0, 8);
    private final String clientId = "waybill-test-" + UUID.randomUUID().toString().substring(0, 8);
    private final Recording readings = new Recording();
    private MqttTelemetry telemetry;
    private MqttClient publisher;

    @BeforeEach
    void publisher() throws Exception {
        publisher = new MqttClient(URL, "publisher-" + clientId, new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setMaxInflight(1_000);
        publisher.connect(options);
    }

    @AfterEach
    void close() throws Exception {
        if (telemetry != null) {
            telemetry.stop();
            MqttClient cleaner = new MqttClient(URL, clientId, new MemoryPersistence()); // ends the test's session
            MqttConnectOptions clean = new MqttConnectOptions();
            clean.setCleanSession(true);
            cleaner.connect(clean);
            cleaner.disconnect();
            cleaner.close();
        }
        publisher.disconnect();
        publisher.close();
    }

    @Test
    void aReadingOnItsTopicIsStoredForTheTopicsTenantAndDevice() throws Exception {
        start();
        publish("van-7", "{\"at\": \"2026-12-01T08:00:00Z\", \"latitude\": 52.52, \"longitude\": 13.40, \"temperature\": 4.5}");
        Await.until(Duration.ofSeconds(10), "the reading is stored", () -> readings.calls.size() == 1);
        Call call = readings.calls.getFirst();
        assertThat(call.tenant()).isEqualTo(new TenantId(tenant));
        assertThat(call.device()).isEqualTo(new DeviceId("van-7"));
        assertThat(call.readings()).singleElement().satisfies(r -> assertThat(r.temperatureCelsius()).isEqualTo(4.5));
        assertThat(telemetry.stored()).isEqualTo(1);
    }

    @Test
    void whatIsPublishedWhileWaybillIsAwayArrivesWhenItIsBack() throws Exception {
        start();
        Await.until(Duration.ofSeconds(10), "subscribed", () -> {
            publishQuietly("probe", "{\"at\": 1764576000000, \"battery\": 90}");
            return !readings.calls.isEmpty();
        });
        telemetry.stop();
        readings.calls.clear();
        for (int i = 0; i < 3; i++) {
            publish("logger-" + i, "[{\"at\": 1764576000000, \"humidity\": 55}, {\"at\": 1764576060000, \"humidity\": 56}]");
        }

        start(); // the same client id: the broker kept the session and the three messages
        Await.until(Duration.ofSeconds(10), "the three messages arrive", () -> readings.devices().containsAll(
                Set.of(new DeviceId("logger-0"), new DeviceId("logger-1"), new DeviceId("logger-2"))));
        assertThat(readings.calls).filteredOn(c -> c.device().value().startsWith("logger")).allSatisfy(c ->
                assertThat(c.readings()).hasSize(2));
    }

    @Test
    void aMessageThatCouldNotBeStoredIsNotAcknowledgedAndComesAgain() throws Exception {
        readings.failures.set(1); // the database is away for the first attempt
        start();
        publish("van-8", "{\"at\": \"2026-12-01T08:00:00Z\", \"latitude\": 52.52, \"longitude\": 13.40}");
        Await.until(Duration.ofSeconds(30), "stored on the second attempt", () -> readings.calls.size() == 1);
        assertThat(readings.attempts.get()).isEqualTo(2);
        assertThat(readings.calls.getFirst().device()).isEqualTo(new DeviceId("van-8"));
    }

    @Test
    void aMessageThatCanNeverBeStoredIsAcknowledgedAndCountedAndTheNextOneIsStored() throws Exception {
        readings.unknown.add(new DeviceId("stranger"));
        start();
        publish("van-9", "not json at all");
        publish("van-9", "{\"at\": \"2026-12-01T08:00:00Z\", \"humidity\": 140}");
        publish("stranger", "{\"at\": \"2026-12-01T08:00:00Z\", \"battery\": 50}");
        publish("van-9", "{\"at\": \"2026-12-01T08:00:00Z\", \"battery\": 50}");
        Await.until(Duration.ofSeconds(10), "the good one is stored", () -> readings.devices().contains(new DeviceId("van-9")));
        assertThat(telemetry.refused()).isEqualTo(3);
        assertThat(telemetry.stored()).isEqualTo(1);
        assertThat(TelemetryMessageTest.parse(tenant, "van-9", "{\"at\": \"2026-12-01T08:00:00Z\", \"battery\": 50}").readings()).hasSize(1);
    }

    @Test
    void messagesThatComeFasterThanOneStoreAreStoredTogetherAndEveryOneIsAcknowledged() throws Exception {
        start();
        Await.until(Duration.ofSeconds(10), "subscribed", () -> {
            publishQuietly("probe", "{\"at\": 1764576000000, \"battery\": 90}");
            return !readings.calls.isEmpty();
        });
        readings.slow.set(true); // a store call takes 20 ms: what comes meanwhile waits for the next call
        for (int i = 0; i < 500; i++) {
            publisher.publish("waybill/" + tenant + "/devices/burst/telemetry",
                    ("{\"at\": " + (1764576000000L + i * 1_000L) + ", \"battery\": 80}").getBytes(StandardCharsets.UTF_8), 1, false);
        }
        Await.until(Duration.ofSeconds(20), "all 500 stored and acknowledged", () -> readings.calls.stream()
                .filter(c -> c.device().value().equals("burst")).count() == 500 && telemetry.stored() == readings.calls.size());
        assertThat(telemetry.batches()).as("store calls for the probes and 500 messages").isLessThan(100);

        telemetry.stop(); // every one was acknowledged: a new start on the same session brings none of them again
        readings.calls.clear();
        start();
        publish("after", "{\"at\": 1764576000000, \"battery\": 70}");
        Await.until(Duration.ofSeconds(10), "the next message", () -> readings.devices().contains(new DeviceId("after")));
        assertThat(readings.devices()).doesNotContain(new DeviceId("burst"));
    }

    private void start() throws Exception {
        telemetry = new MqttTelemetry(new MqttSettings(URL, clientId, null, null, "waybill/" + tenant + "/devices/+/telemetry", null),
                readings);
        telemetry.start();
        Await.until(Duration.ofSeconds(10), "connected", telemetry::connected);
    }

    private void publish(String device, String payload) throws Exception {
        publisher.publish("waybill/" + tenant + "/devices/" + device + "/telemetry", payload.getBytes(StandardCharsets.UTF_8), 1, false);
    }

    private void publishQuietly(String device, String payload) {
        try {
            publish(device, payload);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    record Call(TenantId tenant, DeviceId device, List<Reading> readings) {
    }

    /** Records what it is asked to store; fails as many times as asked first, and knows no device in {@code unknown}. */
    static class Recording implements RecordReadings {
        final List<Call> calls = new CopyOnWriteArrayList<>();
        final AtomicInteger failures = new AtomicInteger();
        final AtomicInteger attempts = new AtomicInteger();
        final Set<DeviceId> unknown = ConcurrentHashMap.newKeySet();
        final AtomicBoolean slow = new AtomicBoolean();

        Set<DeviceId> devices() {
            return Set.copyOf(calls.stream().map(Call::device).toList());
        }

        @Override
        public Messages recordMessages(List<Message> messages) {
            attempts.incrementAndGet();
            if (slow.get()) {
                sleep(20);
            }
            if (failures.getAndDecrement() > 0) {
                throw new IllegalStateException("device readings: connection refused");
            }
            Map<Integer, String> refused = new HashMap<>();
            int stored = 0;
            for (int i = 0; i < messages.size(); i++) {
                Message m = messages.get(i);
                if (unknown.contains(m.device())) {
                    refused.put(i, new DeviceNotFoundException(m.device()).getMessage());
                } else {
                    calls.add(new Call(m.tenant(), m.device(), m.readings()));
                    stored += m.readings().size();
                }
            }
            return new Messages(stored, 0, refused);
        }

        private static void sleep(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public Recorded recordForTenant(TenantId tenant, DeviceId device, List<Reading> batch) {
            throw new UnsupportedOperationException("the broker's messages come in batches");
        }

        @Override
        public Recorded record(DeviceId device, List<Reading> batch) {
            throw new UnsupportedOperationException("the broker's messages name their tenant");
        }

        @Override
        public Recorded recordAsDevice(DeviceId device, List<Reading> batch) {
            throw new UnsupportedOperationException("the broker's messages name their tenant");
        }
    }
}
