package io.waybill.adapters.telemetry.mqtt;

import io.waybill.application.port.in.RecordReadings;
import io.waybill.domain.shared.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.jboss.logging.Logger;

/**
 * Listens to the telemetry topics with a persistent session (clean session off, QoS 1) and acknowledges a message only
 * once its readings are stored (manual acknowledgement). The client's thread only reads and queues; one writer stores
 * what has queued meanwhile, up to {@value #BATCH} messages, in one call, then acknowledges them in the order they came
 * (as MQTT asks). How many are in flight at once is the broker's setting ({@code max_inflight_messages} in Mosquitto):
 * it bounds the batch, and so the pace.
 * <p>
 * A batch Waybill could not store (the database away) is not acknowledged: the writer drops the connection and makes it
 * again, and the broker sends the batch again; what was stored of it meanwhile is a duplicate then. A message that can
 * never be stored (not JSON, a reading out of range, a device the topic's tenant has not registered) is acknowledged
 * and counted as refused, so that it does not block those behind it.
 */
public class MqttTelemetry implements MqttCallbackExtended {

    private static final Logger LOG = Logger.getLogger(MqttTelemetry.class);
    private static final int QOS = 1;
    /** The most messages stored in one call. */
    static final int BATCH = 2_000;

    /** A message as it came, read or refused; acknowledged on the connection it came on only. */
    private record Arrived(long connection, int id, TelemetryMessage message, String refusal) {
    }

    private final MqttSettings settings;
    private final RecordReadings readings;
    private final AtomicLong stored = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong batches = new AtomicLong();
    /** Counts the connections lost: a message is acknowledged on its own connection, never on a later one. */
    private final AtomicLong connection = new AtomicLong();
    private final BlockingQueue<Arrived> arrived = new ArrayBlockingQueue<>(2 * BATCH);
    private volatile MqttClient client;
    private volatile MqttConnectOptions options;
    private Thread writer;

    public MqttTelemetry(MqttSettings settings, RecordReadings readings) {
        this.settings = settings;
        this.readings = readings;
    }

    /** Connects (and keeps reconnecting in the background until {@link #stop}); fails when the first connect fails. */
    public synchronized void start() throws MqttException {
        MqttClient c = new MqttClient(settings.url(), settings.clientId(), new MemoryPersistence());
        c.setCallback(this);
        c.setManualAcks(true);
        MqttConnectOptions o = new MqttConnectOptions();
        o.setCleanSession(false);
        o.setAutomaticReconnect(true);
        o.setMaxReconnectDelay(10_000);
        o.setKeepAliveInterval(30);
        if (settings.username() != null && !settings.username().isBlank()) {
            o.setUserName(settings.username());
            o.setPassword(settings.password() == null ? new char[0] : settings.password().toCharArray());
        }
        client = c;
        options = o;
        arrived.clear();
        writer = Thread.ofPlatform().name("waybill-mqtt-store").daemon().start(this::write);
        connection.incrementAndGet();
        c.connect(o);
        subscribe(); // here, not in connectComplete: a callback that waits for the broker blocks the messages behind it
    }

    private void subscribe() {
        MqttClient c = client;
        if (c == null) {
            return;
        }
        try {
            c.subscribe(settings.subscription(), QOS);
            LOG.infof("listening to %s on %s", settings.subscription(), settings.url());
        } catch (MqttException e) {
            LOG.errorf("could not subscribe to %s: %s", settings.subscription(), e.getMessage());
        }
    }

    /** Leaves the broker without ending the session: what is published meanwhile waits there for the next start. */
    public synchronized void stop() {
        MqttClient c = client;
        client = null;
        if (writer != null) {
            writer.interrupt();
            writer = null;
        }
        if (c == null) {
            return;
        }
        try {
            if (c.isConnected()) {
                c.disconnect(2_000);
            }
            c.close(true);
        } catch (MqttException e) {
            LOG.warnf("leaving the MQTT broker: %s", e.getMessage());
        }
    }

    public boolean connected() {
        MqttClient c = client;
        return c != null && c.isConnected();
    }

    /** Messages whose readings were stored (a duplicate included) and acknowledged since the start. */
    public long stored() {
        return stored.get();
    }

    /** Messages acknowledged without storing anything, because nothing of them could ever be stored. */
    public long refused() {
        return refused.get();
    }

    /** Calls that stored messages: fewer than the messages when they come faster than one store call takes. */
    public long batches() {
        return batches.get();
    }

    /**
     * After a reconnect the broker still holds the subscription (the session is persistent), unless it lost its state:
     * subscribing again costs nothing. Off the callback thread, which must never wait for the broker.
     */
    @Override
    public void connectComplete(boolean reconnect, String serverUri) {
        if (reconnect) {
            Thread.ofVirtual().name("waybill-mqtt-subscribe").start(this::subscribe);
        }
    }

    /** Reads the message and queues it for the writer; waits while the writer is a whole batch behind. */
    @Override
    public void messageArrived(String topic, MqttMessage message) throws InterruptedException {
        Arrived a;
        try {
            a = new Arrived(connection.get(), message.getId(), TelemetryMessage.of(topic, message.getPayload()), null);
        } catch (InvalidValueException e) {
            a = new Arrived(connection.get(), message.getId(), null, e.getMessage());
            LOG.warnf("refused a message on %s: %s", topic, e.getMessage()); // the topic names tenant and device only
        }
        arrived.put(a);
    }

    @Override
    public void connectionLost(Throwable cause) {
        connection.incrementAndGet();
        LOG.warnf("lost the MQTT broker (%s); reconnecting", cause == null ? "closed" : cause.getMessage());
    }

    @Override
    public void deliveryComplete(IMqttDeliveryToken token) {
        // Waybill publishes nothing
    }

    /** The writer: takes what has queued, stores it in one call, acknowledges it; until {@link #stop}. */
    private void write() {
        List<Arrived> batch = new ArrayList<>(BATCH);
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Arrived first = arrived.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                batch.clear();
                batch.add(first);
                arrived.drainTo(batch, BATCH - 1);
                storeAndAcknowledge(batch);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.errorf("could not store %d MQTT messages (%s); they stay unacknowledged and come again", batch.size(),
                        e.getMessage());
                if (!reconnect()) {
                    return;
                }
            }
        }
    }

    private void storeAndAcknowledge(List<Arrived> batch) {
        List<RecordReadings.Message> messages = new ArrayList<>(batch.size());
        List<Integer> at = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            TelemetryMessage m = batch.get(i).message();
            if (m != null) {
                messages.add(new RecordReadings.Message(m.tenant(), m.device(), m.readings()));
                at.add(i);
            }
        }
        RecordReadings.Messages result = messages.isEmpty() ? new RecordReadings.Messages(0, 0, Map.of())
                : readings.recordMessages(messages);
        batches.incrementAndGet();
        String[] refusals = new String[batch.size()];
        result.refused().forEach((index, reason) -> refusals[at.get(index)] = reason);
        MqttClient c = client;
        for (int i = 0; i < batch.size(); i++) {
            Arrived a = batch.get(i);
            acknowledge(c, a);
            if (a.message() == null || refusals[i] != null) {
                refused.incrementAndGet();
                if (refusals[i] != null) {
                    LOG.warnf("refused a message of device %s: %s", a.message().device().value(), refusals[i]);
                }
            } else {
                stored.incrementAndGet();
            }
        }
    }

    private void acknowledge(MqttClient c, Arrived a) {
        if (c == null || a.connection() != connection.get()) {
            return; // came on a connection since lost: the broker sends it again, and it is a duplicate then
        }
        try {
            c.messageArrivedComplete(a.id(), QOS);
        } catch (MqttException e) {
            LOG.debugf("could not acknowledge message %d: %s", a.id(), e.getMessage());
        }
    }

    /**
     * Drops the connection, so that the broker sends again what was not acknowledged, and makes it again (trying every
     * second); false when stopped meanwhile.
     */
    private boolean reconnect() {
        connection.incrementAndGet();
        arrived.clear();
        while (true) {
            MqttClient c = client;
            if (c == null || Thread.currentThread().isInterrupted()) {
                return false;
            }
            try {
                if (c.isConnected()) {
                    c.disconnectForcibly(0, 1_000, false);
                }
                Thread.sleep(1_000);
                connection.incrementAndGet();
                arrived.clear();
                c.connect(options);
                subscribe();
                return true;
            } catch (InterruptedException e) {
                return false;
            } catch (MqttException e) {
                LOG.warnf("reconnecting to the MQTT broker: %s", e.getMessage());
            }
        }
    }
}
