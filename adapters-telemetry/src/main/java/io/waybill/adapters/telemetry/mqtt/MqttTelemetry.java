package io.waybill.adapters.telemetry.mqtt;

import io.waybill.application.port.in.DeviceNotFoundException;
import io.waybill.application.port.in.RecordReadings;
import io.waybill.domain.shared.InvalidValueException;
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
 * Listens to the telemetry topics with a persistent session (clean session off, QoS 1) and stores each message's
 * readings before it acknowledges the message (manual acknowledgement): a message Waybill could not store, because
 * the database was away, is not acknowledged; the connection is dropped and made again, and the broker sends the
 * message again. A message that can never be stored (not JSON, a reading out of range, a device the topic's tenant
 * has not registered) is acknowledged and counted as refused, so that it does not block those behind it.
 */
public class MqttTelemetry implements MqttCallbackExtended {

    private static final Logger LOG = Logger.getLogger(MqttTelemetry.class);
    private static final int QOS = 1;

    private final MqttSettings settings;
    private final RecordReadings readings;
    private final AtomicLong stored = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private MqttClient client;

    public MqttTelemetry(MqttSettings settings, RecordReadings readings) {
        this.settings = settings;
        this.readings = readings;
    }

    /** Connects (and keeps reconnecting in the background until {@link #stop}); fails when the first connect fails. */
    public synchronized void start() throws MqttException {
        client = new MqttClient(settings.url(), settings.clientId(), new MemoryPersistence());
        client.setCallback(this);
        client.setManualAcks(true);
        MqttConnectOptions options = new MqttConnectOptions();
        options.setCleanSession(false);
        options.setAutomaticReconnect(true);
        options.setMaxReconnectDelay(10_000);
        options.setKeepAliveInterval(30);
        if (settings.username() != null && !settings.username().isBlank()) {
            options.setUserName(settings.username());
            options.setPassword(settings.password() == null ? new char[0] : settings.password().toCharArray());
        }
        client.connect(options);
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
        if (client == null) {
            return;
        }
        try {
            if (client.isConnected()) {
                client.disconnect(2_000);
            }
            client.close(true);
        } catch (MqttException e) {
            LOG.warnf("leaving the MQTT broker: %s", e.getMessage());
        }
        client = null;
    }

    public boolean connected() {
        MqttClient c = client;
        return c != null && c.isConnected();
    }

    /** Messages whose readings were stored (a duplicate included) since the start. */
    public long stored() {
        return stored.get();
    }

    /** Messages acknowledged without storing anything, because nothing of them could ever be stored. */
    public long refused() {
        return refused.get();
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

    @Override
    public void messageArrived(String topic, MqttMessage message) throws MqttException {
        TelemetryMessage parsed;
        try {
            parsed = TelemetryMessage.of(topic, message.getPayload());
            readings.recordForTenant(parsed.tenant(), parsed.device(), parsed.readings());
        } catch (InvalidValueException | DeviceNotFoundException e) {
            refused.incrementAndGet();
            LOG.warnf("refused a message on %s: %s", topic, e.getMessage()); // the topic names tenant and device only
            client.messageArrivedComplete(message.getId(), message.getQos());
            return;
        }
        // any other failure (the database away) propagates: Paho drops the connection unacknowledged and reconnects
        stored.incrementAndGet();
        client.messageArrivedComplete(message.getId(), message.getQos());
    }

    @Override
    public void connectionLost(Throwable cause) {
        LOG.warnf("lost the MQTT broker (%s); reconnecting", cause == null ? "closed" : cause.getMessage());
    }

    @Override
    public void deliveryComplete(IMqttDeliveryToken token) {
        // Waybill publishes nothing
    }
}
