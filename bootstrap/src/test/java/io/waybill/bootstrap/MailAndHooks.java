package io.waybill.bootstrap;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * A real SMTP server (GreenMail) and a real webhook receiver for the notification tests, with retry timings short
 * enough to watch backoff, give-up and suspension within seconds.
 */
public class MailAndHooks implements QuarkusTestResourceLifecycleManager {

    static GreenMail mail;
    static WebhookReceiver hooks;

    @Override
    public Map<String, String> start() {
        int port = freePort();
        mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        try {
            hooks = new WebhookReceiver();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.ofEntries(
                Map.entry("quarkus.mailer.mock", "false"),
                Map.entry("quarkus.mailer.host", "127.0.0.1"),
                Map.entry("quarkus.mailer.port", String.valueOf(port)),
                Map.entry("quarkus.mailer.start-tls", "DISABLED"),
                Map.entry("quarkus.mailer.tls", "false"),
                Map.entry("quarkus.mailer.login", "DISABLED"),
                Map.entry("quarkus.mailer.timeout", "10s"),
                Map.entry("waybill.notifications.tick", "PT0.1S"),
                Map.entry("waybill.notifications.retry.first", "PT0.2S"),
                Map.entry("waybill.notifications.retry.longest", "PT0.5S"),
                Map.entry("waybill.notifications.retry.give-up-after", "PT20S"),
                Map.entry("waybill.notifications.suspend-after", "3"),
                Map.entry("waybill.reports.daily.recipients.default", "ops-lead@example.org, ops-desk@example.org"),
                // no exception escalates into the webhooks and mails these tests count
                Map.entry("waybill.exceptions.enabled", "false"));
    }

    @Override
    public void stop() {
        if (hooks != null) {
            hooks.close();
        }
        if (mail != null) {
            mail.stop();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
