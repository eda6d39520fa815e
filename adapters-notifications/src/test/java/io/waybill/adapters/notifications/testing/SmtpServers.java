package io.waybill.adapters.notifications.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;

/**
 * The SMTP servers of the tests, all on the loopback interface and free ports:
 * <ul>
 *   <li>the default mailer sends to a real SMTP server, GreenMail, which keeps what it receives for the test to
 *       read (field {@link InjectGreenMail});</li>
 *   <li>mailer {@value #REFUSING} to a {@link RefusingSmtpServer} that knows no recipient;</li>
 *   <li>mailer {@value #UNREACHABLE} to a port nothing listens on: the connection is refused at once.</li>
 * </ul>
 * Plain SMTP without TLS or login, and not the mock mailbox Quarkus uses in tests by default.
 */
public class SmtpServers implements QuarkusTestResourceLifecycleManager {

    public static final String REFUSING = "refusing";
    public static final String UNREACHABLE = "unreachable";
    private static final String HOST = "127.0.0.1";

    private GreenMail greenMail;
    private RefusingSmtpServer refusing;

    @Override
    public Map<String, String> start() {
        greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        greenMail.start();
        refusing = new RefusingSmtpServer();
        Map<String, String> config = new HashMap<>();
        mailer(config, "quarkus.mailer.", greenMail.getSmtp().getPort());
        mailer(config, "quarkus.mailer." + REFUSING + ".", refusing.port());
        mailer(config, "quarkus.mailer." + UNREACHABLE + ".", closedPort());
        return config;
    }

    private static void mailer(Map<String, String> config, String prefix, int port) {
        config.put(prefix + "host", HOST);
        config.put(prefix + "port", String.valueOf(port));
        config.put(prefix + "mock", "false");
        config.put(prefix + "start-tls", "DISABLED");
        config.put(prefix + "tls", "false");
        config.put(prefix + "login", "DISABLED");
        // a test that goes wrong fails in seconds, not after Quarkus's default of a minute
        config.put(prefix + "timeout", "10s");
        // keep-alive stays on (the default, as in production): with it off, Vert.x 4.5's mail client can mix up
        // the QUIT of one connection with the greeting of the next, and a mail fails or hangs now and then
    }

    /** A port that was free a moment ago: nothing listens there, so connecting is refused at once. */
    private static int closedPort() {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(greenMail, new TestInjector.AnnotatedAndMatchesType(InjectGreenMail.class, GreenMail.class));
    }

    @Override
    public void stop() {
        if (refusing != null) {
            refusing.close();
        }
        if (greenMail != null) {
            greenMail.stop();
        }
    }
}
