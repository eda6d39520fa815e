package io.waybill.adapters.telemetry.mqtt;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.waybill.application.port.in.RecordReadings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.jboss.logging.Logger;

/**
 * Starts listening to the broker with the application when {@code waybill.devices.mqtt.enabled}, and leaves it (the
 * session kept) at shutdown. A broker that is away at start is tried again every 10 s in the background: the
 * application serves meanwhile, and {@link #connected()} (the readiness check) says so.
 */
@ApplicationScoped
public class MqttListener {

    private static final Logger LOG = Logger.getLogger(MqttListener.class);

    private final boolean enabled;
    private final MqttTelemetry telemetry;
    private volatile Thread starting;

    MqttListener(RecordReadings readings,
            @ConfigProperty(name = "waybill.devices.mqtt.enabled", defaultValue = "false") boolean enabled,
            @ConfigProperty(name = "waybill.devices.mqtt.url", defaultValue = "tcp://127.0.0.1:1883") String url,
            @ConfigProperty(name = "waybill.devices.mqtt.client-id", defaultValue = "waybill-1") String clientId,
            @ConfigProperty(name = "waybill.devices.mqtt.username") Optional<String> username,
            @ConfigProperty(name = "waybill.devices.mqtt.password") Optional<String> password,
            @ConfigProperty(name = "waybill.devices.mqtt.topic", defaultValue = "waybill/+/devices/+/telemetry") String topic,
            @ConfigProperty(name = "waybill.devices.mqtt.shared-group") Optional<String> sharedGroup) {
        this.enabled = enabled;
        this.telemetry = new MqttTelemetry(new MqttSettings(url, clientId, username.orElse(null), password.orElse(null), topic,
                sharedGroup.orElse(null)), readings);
    }

    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        starting = Thread.ofVirtual().name("waybill-mqtt-start").start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    telemetry.start();
                    return;
                } catch (MqttException e) {
                    LOG.errorf("cannot reach the MQTT broker (%s); trying again in 10 s", e.getMessage());
                    telemetry.stop();
                    try {
                        Thread.sleep(10_000);
                    } catch (InterruptedException stopped) {
                        return;
                    }
                }
            }
        });
    }

    void onStop(@Observes ShutdownEvent event) {
        Thread t = starting;
        if (t != null) {
            t.interrupt();
        }
        telemetry.stop();
    }

    /** Whether listening is off, or on and connected. */
    public boolean connected() {
        return !enabled || telemetry.connected();
    }

    public boolean enabled() {
        return enabled;
    }

    /** What was stored and refused since the start. */
    public MqttTelemetry telemetry() {
        return telemetry;
    }
}
